/**
 * A KPI tab built by the previous version (the layout before the plan
 * columns, no layout version recorded) meets this version's bundle: the
 * rebuild adds the new columns right of the add-on's last one, with Sheets'
 * own insertion, keeping every cell a person typed and every reference to
 * their own columns; a column a person deleted still stops the build, and
 * the report, before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { columnLetters as letters } from '../../src/core/a1-notation';
import { KPI_COLUMNS, KPI_TAB_NAME, kpiColumnIndex, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import type { ActionResult } from '../../src/shared/server-api';
import { defaultTemplateSettings, type TemplateSettings } from '../../src/shared/template-settings';
import { bundleOnEmulator, type BundleOnEmulator } from './bundle-on-emulator';
import { kpiCell } from '../support/kpi-cell';

const SETTINGS: TemplateSettings = {
  ...defaultTemplateSettings('en', 2026),
  channels: [
    { id: 'ppc', name: 'PPC', targetCpl: 1_000, targetRomi: null },
    { id: 'seo', name: 'SEO', targetCpl: null, targetRomi: null },
  ],
};

const column = (key: KpiColumnKey) => kpiColumnIndex(key) + 1;
const NEWER = KPI_COLUMNS.filter((each) => (each.since ?? 1) > 1);
const FIRST_NEWER = column(NEWER[0]?.key ?? 'plan_spend');
const LAYOUT_1_WIDTH = FIRST_NEWER - 1;

function sheetOf(app: BundleOnEmulator): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!sheet) throw new Error('no KPI tab');
  return sheet;
}

/** The previous version's tab: the layout-1 columns only, anchored, and no layout version on the sheet. */
function asBuiltByPreviousVersion(app: BundleOnEmulator): void {
  const sheet = sheetOf(app);
  sheet.deleteColumns(FIRST_NEWER, NEWER.length);
  for (const metadata of sheet.getDeveloperMetadata()) if (metadata.getKey() === 'mkpi.kpi.layout') metadata.remove();
}

function build(app: BundleOnEmulator): ActionResult {
  return app.run('buildKpiTemplate', SETTINGS) as ActionResult;
}

describe('a KPI tab built by the previous version (pushed bundle)', () => {
  it("gets the new columns beside the add-on's, keeping every typed cell and every reference to a person's own columns", () => {
    const app = bundleOnEmulator();
    build(app);
    asBuiltByPreviousVersion(app);
    const sheet = sheetOf(app);
    // Figures of January: PPC (row 2) and SEO (row 3); a value typed over PPC's CPL formula in February (row 4).
    sheet.getRange(2, column('spend'), 2, 2).setValues([
      [50_000, 10_000],
      [8_000, 20_000],
    ]);
    sheet.getRange(2, column('leads'), 2, 3).setValues([
      [60, 30, 4],
      [40, 32, 5],
    ]);
    sheet.getRange(4, column('cpl')).setValue(999);
    sheet.getRange(2, column('note')).setValue('call the agency');
    // A person's own columns right of the table, with formulas between them and from another tab.
    const own = LAYOUT_1_WIDTH + 1;
    sheet.getRange(1, own, 3, 2).setValues([
      ['Owner', 'Budget × 2'],
      ['Anna', ''],
      ['Ivan', ''],
    ]);
    sheet.getRange(2, own + 1).setFormula(`=${kpiCell('spend', 2)}*2`);
    sheet.getRange(3, own + 1).setFormula(`=LEN(${letters(own)}3)`);
    const dashboard = app.emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Dashboard');
    dashboard.getRange('A1').setFormula(`=KPI!${letters(own)}2`);
    const before = app.emulator.snapshot(KPI_TAB_NAME);

    const result = build(app);

    expect(result.message).toBe(
      'KPI tab updated: 0 rows added, 2 channels; checked: every value you typed is where it was.',
    );
    expect(result.details[0]).toBe(
      `New columns of this version added right of the table (${NEWER.map((each) => `«${headerOf(each.key)}»`).join(', ')}); nothing of yours moved but your own columns to their right.`,
    );
    const after = app.emulator.snapshot(KPI_TAB_NAME);
    // The new columns sit right after the add-on's last column, in the layout's order, as on a new tab.
    expect(after.values[0]?.slice(FIRST_NEWER - 1, FIRST_NEWER - 1 + NEWER.length)).toEqual(
      NEWER.map((each) => headerOf(each.key)),
    );
    // Every cell of layout 1 is as it was (the typed figures, the typed CPL, the note, the add-on's formulas).
    for (let row = 0; row < before.values.length; row++) {
      expect(after.values[row]?.slice(0, LAYOUT_1_WIDTH)).toEqual(before.values[row]?.slice(0, LAYOUT_1_WIDTH));
      expect(after.formulas[row]?.slice(0, LAYOUT_1_WIDTH)).toEqual(before.formulas[row]?.slice(0, LAYOUT_1_WIDTH));
    }
    // The person's columns moved right by the new columns; their formulas and the dashboard's follow them.
    const moved = own + NEWER.length;
    expect(after.values.slice(0, 3).map((row) => row.slice(moved - 1, moved + 1))).toEqual([
      ['Owner', 'Budget × 2'],
      ['Anna', 100_000],
      ['Ivan', 4],
    ]);
    expect(after.formulas[2]?.[moved]).toBe(`=LEN(${letters(moved)}3)`);
    expect(app.emulator.snapshot('Dashboard').values[0]?.[0]).toBe('Anna');
    // The new formulas work at once: PPC's CAC = (50 000 + 10 000) / 4, cost per qualified lead / 30.
    expect(after.values[1]?.[column('cac') - 1]).toBe(15_000);
    expect(after.values[1]?.[column('cost_per_qualified_lead') - 1]).toBe(2_000);
    expect(after.numberFormats[1]?.[column('spend_of_plan') - 1]).toBe('0.0%');

    // Built again: the tab is of this version now, nothing more to add, nothing written.
    const again = build(app);
    expect(again.details).toEqual([
      `Cells of computed columns hold values typed over the formula; they are kept as typed (clear a cell to get its formula back): ${kpiCell('cpl', 4)}.`,
    ]);
    expect(app.emulator.snapshot(KPI_TAB_NAME).values).toEqual(after.values);
  });

  it('still stops, before writing anything, at a column a person deleted, in either version of the tab', () => {
    const app = bundleOnEmulator();
    build(app);
    // This version's tab: a plan column deleted.
    sheetOf(app).deleteColumn(column('plan_leads'));
    const snapshot = app.emulator.snapshot(KPI_TAB_NAME);
    expect(() => build(app)).toThrow(/The KPI tab has lost its column\(s\) «Plan: leads», so nothing was written\./);
    expect(() => app.run('generateMonthlyReport', { month: '2026-01', replaceExisting: false })).toThrow(
      /lost its column\(s\) «Plan: leads»/,
    );
    expect(app.emulator.snapshot(KPI_TAB_NAME)).toEqual(snapshot);

    // The previous version's tab that lost a column of its own (Leads): stopped, and only Leads is named.
    const old = bundleOnEmulator();
    build(old);
    asBuiltByPreviousVersion(old);
    sheetOf(old).deleteColumn(column('leads'));
    const oldSnapshot = old.emulator.snapshot(KPI_TAB_NAME);
    expect(() => build(old)).toThrow(/The KPI tab has lost its column\(s\) «Leads», so nothing was written\./);
    expect(old.emulator.snapshot(KPI_TAB_NAME)).toEqual(oldSnapshot);
  });

  it('reports on a tab of the previous version without its plan columns (the plan is simply not entered)', () => {
    const app = bundleOnEmulator();
    build(app);
    asBuiltByPreviousVersion(app);
    sheetOf(app)
      .getRange(2, column('spend'), 1, 1)
      .setValues([[50_000]]);
    sheetOf(app)
      .getRange(2, column('leads'), 1, 1)
      .setValues([[60]]);
    const result = app.run('generateMonthlyReport', { month: '2026-01', replaceExisting: false }) as ActionResult;
    expect(result.message).toMatch(/^The report for January 2026 is on the/);
    // The tab itself is untouched by the report.
    expect(app.emulator.snapshot(KPI_TAB_NAME).numColumns).toBe(LAYOUT_1_WIDTH);
  });
});

function headerOf(key: KpiColumnKey): string {
  const headers: Partial<Record<KpiColumnKey, string>> = {
    cac: 'CAC (cost per customer)',
    cost_per_qualified_lead: 'Cost per qualified lead',
    plan_spend: 'Plan: spend',
    spend_of_plan: 'Spend, % of plan',
    plan_leads: 'Plan: leads',
    leads_of_plan: 'Leads, % of plan',
    plan_revenue: 'Plan: revenue',
    revenue_of_plan: 'Revenue, % of plan',
  };
  return headers[key] ?? key;
}
