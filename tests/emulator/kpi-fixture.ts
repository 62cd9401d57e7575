/** A small KPI tab the emulator tests share: a header, channels with numbers, a blank row. */
import { createEmulator, type EmulatorOptions } from '../../packages/preview/addon-emulator';

export const KPI_ROWS = [
  ['Channel', 'Revenue', 'Cost', 'Leads'],
  ['PPC', 150_000, 100_000, 20],
  ['', '', '', ''],
  ['SEO', 50_000, 30_000, 3],
  ['PR', '', 5_000, 0],
  ['Email', 90_000, 10_000, 40],
];

export function kpiEmulator(options: EmulatorOptions = {}) {
  const emulator = createEmulator(options);
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('KPI');
  sheet.getRange(1, 1, KPI_ROWS.length, 4).setValues(KPI_ROWS);
  return { emulator, spreadsheet, sheet };
}
