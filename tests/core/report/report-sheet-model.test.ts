import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport, type MonthlyReportInput } from '../../../src/core/report/monthly-report';
import {
  A4_LANDSCAPE_WIDTH,
  buildReportSheetModel,
  channelColumn,
  REPORT_WIDTH,
  trendColumn,
  type ReportSheetModel,
} from '../../../src/core/report/report-sheet-model';
import { reportSentences } from '../../../src/core/report/report-sentences';
import { textWidth, widthToShow } from '../../../src/core/text-width';
import { explainVerdict } from '../../../src/core/verdict-explanation';
import type { SheetsScalar } from '../../../src/core/sheet-values';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const ENTRIES: Entry[] = [
  { month: '2026-01', channel: 'PPC', leads: 20, spend: 3_000, revenue: 1_000 },
  { month: '2026-02', channel: 'PPC', leads: 20, spend: 2_600, revenue: 9_000 },
  { month: '2026-02', channel: 'SEO', leads: 30, spend: 900, staff_cost: 600, revenue: 12_000 },
  { month: '2026-03', channel: 'PPC', leads: 20, spend: 1_200, revenue: 10_000 },
  { month: '2026-03', channel: 'SEO', leads: 40, spend: 1_000, staff_cost: 1_000, revenue: 20_000 },
  { month: '2026-03', channel: 'PR', leads: 2, staff_cost: 3_000 },
];

function input(overrides: Partial<MonthlyReportInput> = {}): MonthlyReportInput {
  return {
    records: readKpiRecords(kpiRows(ENTRIES)),
    month: '2026-03',
    settings: reportSettings(),
    team: [],
    generatedAt: GENERATED_AT,
    ...overrides,
  };
}

const build = (overrides: Partial<MonthlyReportInput> = {}) =>
  buildReportSheetModel(buildMonthlyReport(input(overrides)));

/** The cell at a 1-based row and column. */
const at = (model: ReportSheetModel, row: number, column: number): SheetsScalar =>
  model.grid.values[row - 1]?.[column - 1];
const formatAt = (model: ReportSheetModel, row: number, column: number) =>
  model.grid.numberFormats[row - 1]?.[column - 1];

function rowLabelled(model: ReportSheetModel, label: string): number {
  const index = model.grid.values.findIndex((row) => row[0] === label);
  if (index < 0) throw new Error(`no row labelled ${label}`);
  return index + 1;
}

describe('the report tab', () => {
  const model = build();

  it('is named after its month and is a snapshot: no formula anywhere', () => {
    expect(model.tabName).toBe('Report 2026-03');
    for (const row of model.grid.values) {
      for (const cell of row) if (typeof cell === 'string') expect(cell.startsWith('=')).toBe(false);
    }
    expect(at(model, model.layout.generatedAtCell.row, model.layout.generatedAtCell.column)).toEqual(
      new Date(GENERATED_AT),
    );
  });

  it('shows the headline figures with their changes and formats', () => {
    const leads = rowLabelled(model, 'Leads');
    expect([2, 3, 4, 5].map((column) => at(model, leads, column))).toEqual([62, 50, 12, 12 / 50]);
    expect(at(model, model.layout.headlineHeaderRow, 2)).toBe('March 2026');
    expect(at(model, model.layout.headlineHeaderRow, 3)).toBe('February 2026');
    const cpl = rowLabelled(model, 'CPL');
    expect(at(model, cpl, 2)).toBeCloseTo(6_200 / 62);
    expect(formatAt(model, cpl, 2)).toBe('"$"#,##0.00');
    const cost = rowLabelled(model, 'Marketing cost, staff included');
    expect(at(model, cost, 2)).toBe(6_200);
    expect(formatAt(model, cost, 4)).toBe('+"$"#,##0;-"$"#,##0;"$"#,##0');
    const romi = rowLabelled(model, 'ROMI on channel budgets');
    expect(formatAt(model, romi, 2)).toBe('0.0%');
    // ROMI on the budgets went from (21 000 − 3 500) / 3 500 to (30 000 − 2 200) / 2 200: the change is in points.
    expect(at(model, romi, 2)).toBeCloseTo((30_000 - 2_200) / 2_200);
    expect(at(model, romi, 4)).toBeCloseTo(((30_000 - 2_200) / 2_200 - (21_000 - 3_500) / 3_500) * 100);
    expect(at(model, romi, 5)).toBe('');
    const roi = rowLabelled(model, 'Department ROI, salaries included');
    expect(at(model, roi, 2)).toBeCloseTo((30_000 - 6_200) / 6_200);
    expect(at(model, roi, 3)).toBeCloseTo((21_000 - 4_100) / 4_100);
    // No customers entered: no CAC, and no plan column (there is no plan).
    expect(at(model, rowLabelled(model, 'CAC (cost per customer)'), 2)).toBe('');
    expect(model.grid.values[model.layout.headlineHeaderRow - 1]?.slice(5).every((cell) => cell === '')).toBe(true);
  });

  it("wraps its tables' headers and long labels, and nothing else", () => {
    const { headlineHeaderRow, channelHeaderRow, trendHeaderRow } = model.layout;
    for (const row of [headlineHeaderRow, channelHeaderRow, trendHeaderRow])
      expect(model.grid.wraps[row - 1]?.[0]).toBe(true);
    expect(model.grid.wraps[headlineHeaderRow - 1]?.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(model.grid.wraps[0]?.[0]).toBe(false);
    expect(model.grid.wraps[rowLabelled(model, 'Leads') - 1]?.slice(1).every((wrap) => !wrap)).toBe(true);
  });

  it('fits an A4 landscape page: every table inside the columns, the columns inside the page', () => {
    expect(model.grid.width).toBe(REPORT_WIDTH);
    const total = model.columnWidths.reduce((sum, width) => sum + width, 0);
    expect(total).toBeLessThanOrEqual(A4_LANDSCAPE_WIDTH);
    // Every line of running text is measured to end inside the page.
    for (const row of model.grid.values) {
      const first = row.findIndex((cell) => cell !== '');
      if (first < 0 || row.slice(first + 1).some((cell) => cell !== '')) continue;
      const left = model.columnWidths.slice(0, first).reduce((sum, width) => sum + width, 0);
      expect(left + textWidth(String(row[first])), String(row[first])).toBeLessThanOrEqual(A4_LANDSCAPE_WIDTH);
    }
  });

  it('has room for the longest verdict, МАСШТАБИРОВАТЬ, in column B, where every verdict goes', () => {
    const ru = build({ settings: reportSettings({ sheetLang: 'ru', currency: 'RUB' }) });
    expect(channelColumn('verdict')).toBe(2);
    expect(ru.columnWidths[1]).toBeGreaterThanOrEqual(widthToShow('МАСШТАБИРОВАТЬ', { bold: true }));
  });

  it('lists the channels by leads with their verdicts and CAC, by the one rule set', () => {
    const { channelHeaderRow, channelRows } = model.layout;
    expect(channelRows).toBe(3);
    const channels = [1, 2, 3].map((offset) => at(model, channelHeaderRow + offset, 1));
    expect(channels).toEqual(['SEO', 'PPC', 'PR']);
    // PR: 2 leads, below the 5 needed. PPC: CPL 60 against its target 100.
    expect(at(model, channelHeaderRow + 3, channelColumn('verdict'))).toBe('TEST');
    expect(at(model, channelHeaderRow + 2, channelColumn('verdict'))).toBe('SCALE');
    expect(at(model, channelHeaderRow, channelColumn('cac'))).toBe('CAC');
    expect(model.grid.backgrounds[channelHeaderRow + 1]?.[channelColumn('verdict') - 1]).toBe('#b7e1cd');
    const withCustomers = build({
      records: readKpiRecords(
        kpiRows([
          { month: '2026-03', channel: 'PPC', leads: 20, spend: 1_200, staff_cost: 300, customers: 4, revenue: 9_000 },
        ]),
      ),
    });
    expect(at(withCustomers, withCustomers.layout.channelHeaderRow + 1, channelColumn('cac'))).toBe(1_500 / 4);
    expect(at(withCustomers, rowLabelled(withCustomers, 'CAC (cost per customer)'), 2)).toBe(1_500 / 4);
  });

  it('decides for every channel with figures: Scale, Drop or rework, Keep testing, each with the reason the rule names', () => {
    const { scaleRow, dropRow, keepRow, decisionsHeaderRow } = model.layout;
    expect(at(model, decisionsHeaderRow, 3)).toBe('Why');
    // SEO: ROMI above the target; PPC: ROMI 733 % with CPL 60 against its own 100.
    expect([1, 2].map((offset) => at(model, scaleRow + offset, 1))).toEqual(['SEO', 'PPC']);
    expect(at(model, scaleRow + 2, 3)).toBe(
      'ROMI 733\u00a0% ≥ target 100\u00a0%; CPL 60 is 40\u00a0% below the target 100',
    );
    expect(at(model, dropRow + 1, 1)).toBe('No channel to drop or rework this month.');
    expect(at(model, keepRow, 1)).toBe('Keep, or keep testing');
    expect(at(model, keepRow + 1, 1)).toBe('PR');
    expect(at(model, keepRow + 1, 2)).toBe('TEST');
    const report = buildMonthlyReport(input());
    const pr = report.channels.find((row) => row.channel === 'PR');
    expect(pr && at(model, keepRow + 1, 3)).toBe(pr && explainVerdict(pr.judgement, 'en'));
    expect(model.layout.firstScreenLastRow).toBe(keepRow + 1);
  });

  it('sums the month up in words from its own figures', () => {
    const { summaryFirstRow, summaryRows } = model.layout;
    const lines = Array.from({ length: summaryRows }, (_, index) => String(at(model, summaryFirstRow + index, 1)));
    expect(lines.join(' ')).toBe(reportSentences(buildMonthlyReport(input()), 'en').join(' '));
    expect(summaryFirstRow).toBeLessThan(model.layout.decisionsHeaderRow);
    expect(summaryFirstRow).toBeGreaterThan(model.layout.headlineHeaderRow);
  });

  it('shows the twelve months and the year to date', () => {
    const { trendHeaderRow, yearToDateRow } = model.layout;
    expect(at(model, trendHeaderRow + 12, trendColumn('leads'))).toBe(62);
    expect(yearToDateRow).toBe(trendHeaderRow + 13);
    expect(at(model, yearToDateRow, 1)).toBe('2026 to date');
    // January to March: 20 + 50 + 62 leads; costs 3 000 + 4 100 + 6 200.
    expect(at(model, yearToDateRow, trendColumn('leads'))).toBe(132);
    expect(at(model, yearToDateRow, trendColumn('marketing_cost'))).toBe(13_300);
    expect(at(model, yearToDateRow, trendColumn('cpl'))).toBeCloseTo(13_300 / 132);
    expect(formatAt(model, yearToDateRow, trendColumn('revenue'))).toBe('"$"#,##0');
    expect(formatAt(model, yearToDateRow, trendColumn('department_roi'))).toBe('0.0%');
  });

  it('ends with how it counts, naming one staff cost and where the figures came from', () => {
    const { definitionsRow } = model.layout;
    expect(at(model, definitionsRow, 1)).toBe('How we count');
    const after = model.grid.values
      .slice(definitionsRow)
      .map((row) => String(row[0]))
      .join(' ');
    for (const word of [
      'Lead:',
      'Qualified lead:',
      'Customer:',
      'revenue-based',
      'VAT',
      'The month a figure belongs to',
      'Source: the KPI tab, rows',
      'snapshot',
    ])
      expect(after).toContain(word);
    expect(after.match(/Staff cost \(counted once/g)).toHaveLength(1);
    expect(model.layout.generatedAtCell.row).toBe(model.grid.height);
  });

  it("charts read the tab's own tables and stand right under them, inside their width", () => {
    const [leads, cpl, trend] = model.charts;
    const header = (range: { row: number; column: number } | undefined) =>
      range ? at(model, range.row, range.column) : undefined;
    expect(leads?.chartType).toBe('BAR');
    expect(leads?.ranges.map(header)).toEqual(['Channel', 'Leads']);
    expect(leads?.ranges.every((range) => range.numRows === 4)).toBe(true);
    expect(cpl?.chartType).toBe('COLUMN');
    expect(cpl?.ranges.map(header)).toEqual(['Channel', 'CPL', 'Target CPL']);
    expect(trend?.chartType).toBe('COMBO');
    expect(trend?.ranges.map(header)).toEqual(['Month', 'Leads', 'CPL']);
    expect(trend?.ranges[0]?.numRows).toBe(13);
    const tables = model.columnWidths.reduce((sum, width) => sum + width, 0);
    const { channelHeaderRow, channelRows, yearToDateRow, qualityFirstRow } = model.layout;
    // The channel charts side by side under the channel table, the trend under the 12 months, each on rows left blank for it.
    expect(leads?.anchor).toEqual({ row: channelHeaderRow + channelRows + 3, column: 1, offsetX: 0 });
    expect(cpl?.anchor.row).toBe(leads?.anchor.row);
    expect((cpl?.anchor.offsetX ?? 0) + (cpl?.width ?? 0)).toBeLessThanOrEqual(tables);
    expect(leads?.width ?? 0).toBeLessThanOrEqual(cpl?.anchor.offsetX ?? 0);
    expect(trend?.anchor).toEqual({ row: yearToDateRow + 2, column: 1, offsetX: 0 });
    expect(trend?.width).toBeLessThanOrEqual(tables);
    for (const chart of model.charts) {
      const rowsCovered = Math.ceil(chart.height / 21);
      for (let row = chart.anchor.row; row < chart.anchor.row + rowsCovered; row++)
        expect(
          model.grid.values[row - 1]?.every((cell) => cell === ''),
          `row ${row} under a chart`,
        ).toBe(true);
    }
    expect((trend?.anchor.row ?? 0) + Math.ceil((trend?.height ?? 0) / 21)).toBeLessThan(qualityFirstRow);
  });

  it('the same month twice is the same report, apart from when it was generated', () => {
    expect(build()).toEqual(model);
    const later = build({ generatedAt: '2026-05-01T00:00:00.000Z' });
    const { row, column } = model.layout.generatedAtCell;
    const differing: [number, number][] = [];
    model.grid.values.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (JSON.stringify(cell) !== JSON.stringify(later.grid.values[r]?.[c])) differing.push([r + 1, c + 1]);
      }),
    );
    expect(differing).toEqual([[row, column]]);
    expect(later.grid.numberFormats).toEqual(model.grid.numberFormats);
    expect(later.charts).toEqual(model.charts);
  });

  it('writes user text as text', () => {
    const hostile = build({
      records: readKpiRecords(kpiRows([{ month: '2026-03', channel: '=HYPERLINK("x")', leads: 5 }])),
    });
    expect(hostile.grid.values.flat()).toContain('\'=HYPERLINK("x")');
  });

  it("speaks the template's language", () => {
    const ru = build({ settings: reportSettings({ sheetLang: 'ru', currency: 'RUB' }) });
    expect(ru.tabName).toBe('Отчёт 2026-03');
    expect(at(ru, ru.layout.channelHeaderRow, 1)).toBe('Канал');
    expect(at(ru, ru.layout.channelHeaderRow + 2, channelColumn('verdict'))).toBe('МАСШТАБИРОВАТЬ');
    expect(formatAt(ru, rowLabelled(ru, 'Затраты на маркетинг с учётом штата'), 2)).toBe('#,##0 "₽"');
    expect(at(ru, ru.layout.definitionsRow, 1)).toBe('Как считаем');
    expect(at(ru, ru.layout.yearToDateRow, 1)).toBe('С начала 2026 года');
    expect(ru.charts[0]?.title).toBe('Лиды по каналам, март 2026');
  });

  it('says once which staff cost it counts', () => {
    const withTeam = build({
      team: [{ id: 'a', name: 'A', email: '', roleId: 'head', monthlyCost: 2_500, employment: 'staff' }],
    });
    const text = (sheet: ReportSheetModel) => sheet.grid.values.map((row) => String(row[0])).join(' ');
    expect(text(withTeam)).toContain("the Team's monthly costs, 2,500 a month for 1 person");
    expect(text(withTeam)).toContain('is not added on top');
    expect(text(model)).toContain('because no monthly costs are entered on the Team');
    expect(at(withTeam, rowLabelled(withTeam, 'Marketing cost, staff included'), 2)).toBe(2_200 + 2_500);
  });

  it('an empty KPI tab or none at all gives a report that says what is missing', () => {
    const empty = build({ records: readKpiRecords([]) });
    expect(at(empty, empty.layout.qualityFirstRow, 1)).toMatch(/^The KPI tab holds no figures yet/);
    const none = build({ records: null });
    expect(at(none, none.layout.qualityFirstRow, 1)).toMatch(/^There is no KPI tab/);
    expect(none.charts).toHaveLength(3);
  });

  it('any KPI tab, however broken, gives a rectangular report', () => {
    const scalar = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -5, max: 5_000 }),
      fc.boolean(),
      fc.constantFrom('2026-03', '2026-02', 'PPC', 'SEO', '1 000'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(scalar, { maxLength: 16 }), { maxLength: 25 }), (rows) => {
        const sheet = build({ records: readKpiRecords(rows) });
        expect(sheet.grid.values.every((row) => row.length === REPORT_WIDTH)).toBe(true);
        expect(sheet.grid.numberFormats).toHaveLength(sheet.grid.height);
        expect(sheet.grid.backgrounds).toHaveLength(sheet.grid.height);
      }),
      { numRuns: 200 },
    );
  });
});
