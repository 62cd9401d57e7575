/**
 * The plan and the pacing on a report generated on the emulator, against a
 * recount of the KPI tab's own cells; "so far" counted to the day of the
 * import behind the figures, or to today without one, on the spreadsheet's
 * clock; the sample year's report, plan and pacing included, inside an A4
 * landscape page in both languages; and the menu's report, whose default
 * month is the last complete one on today's date.
 * Each sets the clock, so the file runs in a worker of its own (vitest.config.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { monthFromCell } from '../../src/core/kpi/month';
import { A4_LANDSCAPE_WIDTH } from '../../src/core/report/report-sheet-model';
import type { SheetSnapshot } from 'sheets-emulator';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { applyDataImport } from '../../src/server/actions/data-import-actions';
import { generateMonthlyReport, getReportOptions } from '../../src/server/actions/report-actions';
import { menuGenerateMonthlyReport } from '../../src/server/menu-actions';
import { defaultTemplateSettings } from '../../src/shared/template-settings';
import { installedEmulator, testSettings } from './kpi-emulator-fixture';
import { MARCH_DIRECT_EXPORT, marchAmoCrmExport, reportTexts } from './report-export-fixture';

const col = kpiColumnIndex;
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

afterEach(() => {
  vi.useRealTimers();
});

/** The report generated on `now` for `month`, with the KPI tab it read. */
function reportOn(now: string, month: string, settings = testSettings()) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  const emulator = installedEmulator();
  buildKpiTemplate(settings);
  fillSampleData();
  generateMonthlyReport({ month, replaceExisting: false });
  const tab = emulator.spreadsheetSnapshot().sheets.find((sheet) => sheet.name.endsWith(month));
  if (!tab) throw new Error(`no report tab for ${month}`);
  return { kpi: emulator.snapshot(KPI_TAB_NAME), report: tab };
}

function rowStarting(tab: SheetSnapshot, start: string): number {
  const index = tab.values.findIndex((row) => String(row[0]).startsWith(start));
  if (index < 0) throw new Error(`no row starting "${start}" on ${tab.name}`);
  return index;
}

describe('the plan and the pacing on the emulator', () => {
  it('a report of the month still running paces it against the plan, by a recount of the KPI tab', () => {
    // The 10th of March 2026, noon: 10 days of 31 elapsed, 21 left.
    const { kpi, report } = reportOn('2026-03-10T12:00:00Z', '2026-03');
    const rows = kpi.values.slice(1).filter((row) => monthFromCell(row[col('month')]) === '2026-03');
    const sum = (key: Parameters<typeof col>[0]) => rows.reduce((total, row) => total + num(row[col(key)]), 0);
    const title = rowStarting(report, 'The month so far');
    expect(report.values[title]?.[0]).toBe('The month so far: day 10 of 31');
    expect(report.values[title + 1]?.slice(0, 6)).toEqual([
      'Figure',
      'So far',
      'Plan to date',
      'Forecast at month end',
      'Plan',
      'Per day left, to plan',
    ]);
    const lines = new Map(report.values.slice(title + 2, title + 5).map((row) => [String(row[0]), row]));
    for (const [label, figure, plan] of [
      ['Channel budgets', 'spend', 'plan_spend'],
      ['Leads', 'leads', 'plan_leads'],
      ['Revenue', 'revenue', 'plan_revenue'],
    ] as const) {
      const line = lines.get(label) ?? [];
      const soFar = sum(figure);
      const planned = sum(plan);
      expect(line[1]).toBe(soFar);
      expect(line[2]).toBeCloseTo((planned * 10) / 31, 9);
      expect(line[3]).toBeCloseTo((soFar * 31) / 10, 9);
      expect(line[4]).toBe(planned);
      expect(line[5]).toBeCloseTo(Math.max(0, planned - soFar) / 21, 9);
    }
    // Said once more where every figure is defined.
    expect(
      report.values.some((row) => String(row[0]).startsWith("The month so far: the KPI tab holds a month's figures")),
    ).toBe(true);
    // The headline's plan: leads of the month against the plans typed, by the KPI tab's own cells.
    const leads = report.values[report.values.findIndex((row) => row[0] === 'Leads')] ?? [];
    expect(leads[5]).toBe(sum('plan_leads'));
    expect(leads[6]).toBeCloseTo(sum('leads') / sum('plan_leads'), 9);
  });

  it('a month that has ended has its plan, and no pacing', () => {
    const { kpi, report } = reportOn('2026-04-02T12:00:00Z', '2026-03');
    expect(report.values.some((row) => String(row[0]).startsWith('The month so far'))).toBe(false);
    // The plan and fact, all channels: the year to date adds up January to March's plans.
    const rows = kpi.values
      .slice(1)
      .filter((row) => ['2026-01', '2026-02', '2026-03'].includes(monthFromCell(row[col('month')]) ?? ''));
    const year = report.values[rowStarting(report, 'All channels') + 1] ?? [];
    expect(String(year[0])).toContain('2026');
    expect(year[1]).toBe(rows.reduce((total, row) => total + num(row[col('plan_spend')]), 0));
    expect(year[2]).toBe(rows.reduce((total, row) => total + num(row[col('spend')]), 0));
    expect(year[4]).toBe(rows.reduce((total, row) => total + num(row[col('plan_leads')]), 0));
  });

  it("the sample year's report, plan and pacing included, fits an A4 landscape page in English and in Russian", () => {
    for (const lang of ['en', 'ru'] as const) {
      const settings = {
        ...defaultTemplateSettings(lang, 2026),
        currency: lang === 'ru' ? ('RUB' as const) : ('USD' as const),
      };
      const { report } = reportOn('2026-12-10T12:00:00Z', '2026-12', settings);
      expect(report.values.some((row) => /^(The month so far|Месяц на сегодня)/.test(String(row[0])))).toBe(true);
      const width = report.columnWidths.slice(0, 9).reduce((sum, each) => sum + each, 0);
      expect(width, lang).toBeLessThanOrEqual(A4_LANDSCAPE_WIDTH);
      // Nothing is written right of the tables' nine columns.
      expect(report.values.every((row) => row.slice(9).every((cell) => cell === ''))).toBe(true);
    }
  });
});

/** A KPI tab of three channels filled with the sample year. */
function sampleSpreadsheet() {
  const emulator = installedEmulator();
  buildKpiTemplate(testSettings());
  fillSampleData();
  return emulator;
}

describe('the monthly report from the menu', () => {
  it('from the menu: asks which month, defaulting to the last complete one, and asks before replacing', () => {
    // The first of December: sample data fills the whole year, but December began today and November is the last complete month.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    try {
      const emulator = sampleSpreadsheet();
      expect(getReportOptions().defaultMonth).toBe('2026-11');
      menuGenerateMonthlyReport();
      expect(emulator.ui.prompts.at(-1)).toMatchObject({
        title: 'Monthly report',
        prompt:
          'Which month should the report cover? Type it as YYYY-MM (for example 2026-11), or leave it blank for November 2026.',
        buttons: 'OK_CANCEL',
      });
      expect(emulator.ui.toasts.at(-1)?.message).toContain(
        'The report for November 2026 is on the tab "Report 2026-11".',
      );
      const before = emulator.snapshot('Report 2026-11');

      emulator.ui.answerNextAlert('NO');
      menuGenerateMonthlyReport();
      expect(emulator.ui.alerts.at(-1)).toMatchObject({
        prompt: 'A report for November 2026 already exists (tab "Report 2026-11"). Replace it?',
        buttons: 'YES_NO',
        answer: 'NO',
      });
      expect(emulator.snapshot('Report 2026-11')).toEqual(before);
      expect(emulator.ui.toasts).toHaveLength(1);

      emulator.ui.answerNextAlert('YES');
      menuGenerateMonthlyReport();
      expect(emulator.ui.toasts.at(-1)?.message).toContain(
        'The report for November 2026 on the tab "Report 2026-11" was replaced.',
      );

      // A month typed as a person types it; Cancel writes nothing; a wrong answer is named.
      emulator.ui.answerNextPrompt('03.2026');
      menuGenerateMonthlyReport();
      expect(emulator.ui.toasts.at(-1)?.message).toContain('The report for March 2026 is on the tab "Report 2026-03".');
      const sheets = emulator.spreadsheetSnapshot();
      emulator.ui.answerNextPrompt('2026-05', 'CANCEL');
      menuGenerateMonthlyReport();
      emulator.ui.answerNextPrompt('May');
      menuGenerateMonthlyReport();
      expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
        '"May" is not a month: type the year and the month as YYYY-MM, for example 2026-11.',
      );
      expect(emulator.spreadsheetSnapshot()).toEqual(sheets);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('pacing as of the last import', () => {
  it('counts "so far" to the import day on the spreadsheet\'s clock, against a recount of the KPI tab', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 22:30 UTC on 4 March is already 5 March in Moscow, where the spreadsheet is.
    vi.setSystemTime(new Date('2026-03-04T22:30:00Z'));
    const emulator = installedEmulator({ timeZone: 'Europe/Moscow' });
    buildKpiTemplate(testSettings());
    applyDataImport({
      files: [
        MARCH_DIRECT_EXPORT,
        marchAmoCrmExport(335, { rows: 380, dealSources: [{ month: '2026-03', deals: 380, untagged: 45 }] }),
      ],
      overwrite: [],
    });
    vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const report = emulator.spreadsheetSnapshot().sheets.find((sheet) => sheet.name.endsWith('2026-03'));
    if (!report) throw new Error('no report tab');
    const title = report.values.findIndex((row) => row[0] === 'The month as of the import of 5 March: day 5 of 31');
    expect(title).toBeGreaterThan(0);
    expect(report.values[title + 1]?.slice(1, 3)).toEqual(['As of 5 March', 'Plan to 5 March']);
    const kpi = emulator.snapshot(KPI_TAB_NAME);
    const rows = kpi.values.slice(1).filter((row) => monthFromCell(row[kpiColumnIndex('month')]) === '2026-03');
    const spend = rows.reduce((sum, row) => sum + (Number(row[kpiColumnIndex('spend')]) || 0), 0);
    const line = report.values.slice(title + 2, title + 5).find((row) => row[0] === 'Channel budgets') ?? [];
    expect(spend).toBe(1000.5);
    expect(line[1]).toBe(spend);
    expect(line[3]).toBeCloseTo((spend * 31) / 5, 9);
  });

  it('without an import, "so far" is as entered on the tab, counted to today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings());
    const kpi = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    kpi?.getRange(2 + 2 * 3, kpiColumnIndex('spend') + 1).setValue(700);
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const texts = reportTexts(emulator);
    expect(texts).toContain('The month so far: day 10 of 31');
    // The definition is a paragraph broken into lines: read it as one text.
    expect(texts.filter((text) => text !== '').join(' ')).toMatch(/as entered on the tab .*counted to today/);
  });
});
