/**
 * Months live on the spreadsheet's clock, not the script's: the process runs
 * in UTC, the spreadsheets in zones east and west of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport, getReportOptions } from '../../src/server/actions/report-actions';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';
import { kpiCell, kpiLetter, kpiSpan } from '../support/kpi-cell';

/** Two cells of the tab to try formulas in: the top of the last column, away from the rows under test. */
const SCRATCH = kpiSpan('cost_per_qualified_lead', 'cost_per_qualified_lead', 1, 2);

beforeAll(() => {
  process.env.TZ = 'UTC';
});

describe.each(['Europe/Moscow', 'Asia/Novosibirsk', 'Pacific/Honolulu'])(
  'a spreadsheet in %s, the script in UTC',
  (timeZone) => {
    function built() {
      const emulator = installedEmulator({ timeZone });
      buildKpiTemplate(testSettings());
      const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
      const sheet = spreadsheet.getSheetByName(KPI_TAB_NAME);
      if (!sheet) throw new Error('no KPI tab');
      return { emulator, spreadsheet, sheet };
    }

    it('the process really is in UTC (so a script-clock Date would drift in this zone)', () => {
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(0);
    });

    it("each month cell is midnight of the 1st on the spreadsheet's clock, and equals DATE() of that month", () => {
      const { emulator, sheet } = built();
      const month = kpiColumn('month');
      const first = sheet.getRange(kpiRowOf(0, 0, 3), month).getValue() as Date;
      expect(emulator.Utilities.formatDate(first, timeZone, 'yyyy-MM-dd HH:mm:ss')).toBe('2026-01-01 00:00:00');
      const march = sheet.getRange(kpiRowOf(2, 1, 3), month).getValue() as Date;
      expect(emulator.Utilities.formatDate(march, timeZone, 'yyyy-MM-dd HH:mm:ss')).toBe('2026-03-01 00:00:00');
      sheet
        .getRange(SCRATCH)
        .setFormulas([
          [`=${kpiCell('month', kpiRowOf(0, 0, 3))}=DATE(2026,1,1)`],
          [`=${kpiCell('month', kpiRowOf(2, 1, 3))}=DATE(2026,3,1)`],
        ]);
      expect(sheet.getRange(SCRATCH).getValues()).toEqual([[true], [true]]);
      expect(sheet.getRange(kpiRowOf(0, 0, 3), month).getDisplayValue()).toBe('January 2026');
    });

    it('a SUMIFS on the month column finds the month; a figure typed on a row stays on its month through rebuilds', () => {
      const { spreadsheet, sheet } = built();
      const spend = kpiColumn('spend');
      sheet.getRange(kpiRowOf(1, 0, 3), spend, 3, 1).setValues([[100], [200], [300]]);
      sheet.getRange(kpiRowOf(2, 2, 3), spend).setValue(7);
      buildKpiTemplate(testSettings());
      buildKpiTemplate(testSettings());
      const board = spreadsheet.insertSheet('Board');
      const [spendColumn, monthColumn] = (['spend', 'month'] as const).map(
        (key) => `KPI!${kpiLetter(key)}:${kpiLetter(key)}`,
      );
      board
        .getRange('A1:A2')
        .setFormulas([
          [`=SUMIFS(${spendColumn}, ${monthColumn}, DATE(2026,2,1))`],
          [`=SUMIFS(${spendColumn}, ${monthColumn}, DATE(2026,3,1))`],
        ]);
      expect(board.getRange('A1:A2').getValues()).toEqual([[600], [7]]);
      expect(sheet.getRange(kpiRowOf(2, 2, 3), spend).getValue()).toBe(7);
      expect(sheet.getRange(kpiRowOf(2, 2, 3), kpiColumn('month')).getDisplayValue()).toBe('March 2026');
    });

    it('the report reads each month as itself: the last month with figures, and its tab titled with that month', () => {
      const { spreadsheet, sheet } = built();
      sheet.getRange(kpiRowOf(4, 0, 3), kpiColumn('spend'), 1, 1).setValue(500);
      sheet.getRange(kpiRowOf(4, 0, 3), kpiColumn('leads'), 1, 1).setValue(5);
      expect(getReportOptions().defaultMonth).toBe('2026-05');
      generateMonthlyReport({ month: '2026-05', replaceExisting: false });
      const report = spreadsheet.getSheetByName('Report 2026-05');
      expect(report).not.toBeNull();
      const shown = report?.getDataRange().getDisplayValues().flat() ?? [];
      expect(shown.some((text) => text.includes('2026-04') || text.includes('April 2026'))).toBe(true);
    });
  },
);
