/**
 * Break-even summed from cents (issue 11 item 9): 0.10 spend and 0.20 staff
 * cost against 0.30 revenue is a ROMI of exactly 0 in binary floating point
 * only within a tolerance ((0.3 − 0.30000000000000004) / 0.3 is −1.85e-16).
 * The core ROMI, the KPI tab's native formula (whose negative values are
 * painted red), the custom function, the verdict and the monthly report all
 * read it as break-even, never as losing money.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { returnOnMarketingInvestment } from '../../src/core/metrics';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';
import { kpiCell } from '../support/kpi-cell';

/** A cell of the tab to try =ROMI() in on its own: the header of the last column, away from the row under test. */
const SCRATCH_KEY = 'cost_per_qualified_lead';
const SCRATCH = kpiCell(SCRATCH_KEY, 1);

describe('break-even from cents', () => {
  it('is a ROMI of 0 in the core, and a cent either side still counts', () => {
    expect((0.3 - (0.1 + 0.2)) / (0.1 + 0.2)).toBeLessThan(0);
    expect(returnOnMarketingInvestment(0.3, 0.1 + 0.2)).toBe(0);
    expect(returnOnMarketingInvestment(0.29, 0.3)).toBeLessThan(0);
    expect(returnOnMarketingInvestment(0.31, 0.3)).toBeGreaterThan(0);
  });

  it("reads 0 in the KPI tab's ROMI column and in ROMI(), is no loss in the verdict, and 0 % in the report", () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings({ year: 2026 }));
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!sheet) throw new Error('no KPI tab');
    // March, SEO (no target CPL): 0.10 spend + 0.20 staff cost, 10 leads, 0.30 revenue.
    const row = kpiRowOf(2, 1, 3);
    sheet.getRange(row, kpiColumn('spend'), 1, 2).setValues([[0.1, 0.2]]);
    sheet.getRange(row, kpiColumn('leads')).setValue(10);
    sheet.getRange(row, kpiColumn('revenue')).setValue(0.3);
    sheet.getRange(SCRATCH).setFormula('=ROMI(0.3, 0.1+0.2)');

    const kpi = emulator.snapshot(KPI_TAB_NAME);
    const values = kpi.values[row - 1] ?? [];
    expect(values[kpiColumnIndex('total_cost')]).toBeCloseTo(0.3, 12);
    expect(values[kpiColumnIndex('romi')]).toBe(0);
    expect(Object.is(values[kpiColumnIndex('romi')], -0)).toBe(false);
    expect(values[kpiColumnIndex('verdict')]).not.toBe('DROP');
    expect(kpi.values[0]?.[kpiColumnIndex(SCRATCH_KEY)]).toBe(0);

    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const report = emulator.snapshot('Report 2026-03');
    const header = report.values.findIndex((line) => line[0] === 'Channel' && line[2] === 'Leads');
    const romi = report.values[header]?.indexOf('ROMI') ?? -1;
    const seo = report.values.find((line, index) => index > header && line[0] === 'SEO');
    expect(romi).toBeGreaterThan(0);
    expect(seo?.[romi]).toBe(0);
    expect(seo?.join(' ')).not.toMatch(/losing money|DROP/i);
  });
});
