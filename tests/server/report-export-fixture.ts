/**
 * The exports the report's import-side tests bring in (as the sidebar sends
 * them once its reader has counted a file), and the report tab's texts to
 * read what the report says about them.
 */
import type { Emulator } from 'sheets-emulator';
import type { DataImportRequest } from '../../src/shared/data-import-request';

export type ExportFile = DataImportRequest['files'][number];

/** A Yandex Direct export of March 2026: 1 000.50 spent on PPC, in 10 rows. */
export const MARCH_DIRECT_EXPORT: ExportFile = {
  name: 'direct.csv',
  format: 'yandex_direct_wizard',
  source: 'yandex_direct_wizard',
  hash: '1111111111111111',
  rows: 10,
  months: ['2026-03'],
  figures: [{ month: '2026-03', channel: 'ppc', rows: 10, spend: 1000.5 }],
};

/**
 * An amoCRM export of March 2026 on PPC: `leads` leads (one row each), 2 customers, 50 000 of revenue, in `rows`
 * rows of the file (more than the leads when some deals reach no channel), and the deals it counted without a
 * source when given.
 */
export function marchAmoCrmExport(
  leads: number,
  options: { rows?: number; dealSources?: ExportFile['dealSources'] } = {},
): ExportFile {
  return {
    name: 'amo.csv',
    format: 'amocrm_leads',
    source: 'amocrm_leads',
    hash: '2222222222222222',
    rows: options.rows ?? leads,
    months: ['2026-03'],
    figures: [{ month: '2026-03', channel: 'ppc', rows: leads, leads, customers: 2, revenue: 50_000 }],
    ...(options.dealSources ? { dealSources: options.dealSources } : {}),
  };
}

/** Every text on the month's report tab ("Report 2026-03" / "Отчёт 2026-03"), row by row. */
export function reportTexts(emulator: Emulator, month = '2026-03'): string[] {
  const report = emulator.spreadsheetSnapshot().sheets.find((sheet) => sheet.name.endsWith(month));
  if (!report) throw new Error(`no report tab for ${month}`);
  return report.values.flat().filter((value): value is string => typeof value === 'string');
}
