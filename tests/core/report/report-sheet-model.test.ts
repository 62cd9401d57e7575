import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport, type MonthlyReportInput } from '../../../src/core/report/monthly-report';
import { buildReportSheetModel, channelColumn, REPORT_WIDTH, type ReportSheetModel } from '../../../src/core/report/report-sheet-model';
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
  return { records: readKpiRecords(kpiRows(ENTRIES)), month: '2026-03', settings: reportSettings(), team: [], generatedAt: GENERATED_AT, ...overrides };
}

const build = (overrides: Partial<MonthlyReportInput> = {}) => buildReportSheetModel(buildMonthlyReport(input(overrides)));

/** The cell at a 1-based row and column. */
const at = (model: ReportSheetModel, row: number, column: number): SheetsScalar => model.grid.values[row - 1]?.[column - 1];
const formatAt = (model: ReportSheetModel, row: number, column: number) => model.grid.numberFormats[row - 1]?.[column - 1];

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
    expect(at(model, model.layout.generatedAtCell.row, model.layout.generatedAtCell.column)).toEqual(new Date(GENERATED_AT));
  });

  it('shows the headline figures with their changes and formats', () => {
    const leads = rowLabelled(model, 'Leads');
    expect([2, 3, 4, 5].map((column) => at(model, leads, column))).toEqual([62, 50, 12, 12 / 50]);
    const cpl = rowLabelled(model, 'CPL');
    expect(at(model, cpl, 2)).toBeCloseTo(6_200 / 62);
    expect(formatAt(model, cpl, 2)).toBe('"$"#,##0.00');
    expect(formatAt(model, rowLabelled(model, 'Spend'), 4)).toBe('+"$"#,##0;-"$"#,##0;"$"#,##0');
    const romi = rowLabelled(model, 'ROMI');
    expect(formatAt(model, romi, 2)).toBe('0.0%');
    // ROMI went from (21 000 − 4 100) / 4 100 to (30 000 − 6 200) / 6 200: the change is in points.
    expect(at(model, romi, 4)).toBeCloseTo(((30_000 - 6_200) / 6_200 - (21_000 - 4_100) / 4_100) * 100);
    expect(at(model, romi, 5)).toBe('');
  });

  it('wraps its tables\' headers, longer than their columns, and nothing else', () => {
    const { headlineHeaderRow, channelHeaderRow, trendHeaderRow } = model.layout;
    for (const row of [headlineHeaderRow, channelHeaderRow, trendHeaderRow]) expect(model.grid.wraps[row - 1]?.[0]).toBe(true);
    expect(model.grid.wraps[headlineHeaderRow - 1]?.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(model.grid.wraps[0]?.[0]).toBe(false);
    expect(model.grid.wraps[rowLabelled(model, 'Leads') - 1]?.every((wrap) => !wrap)).toBe(true);
  });

  it('has room for the longest verdict, МАСШТАБИРОВАТЬ, wherever a verdict goes', () => {
    const width = (column: number) => model.columnWidths[column - 1] ?? 0;
    for (const column of [channelColumn('verdict'), channelColumn('verdict_1'), channelColumn('verdict_2'), 2]) expect(width(column)).toBeGreaterThanOrEqual(150);
  });

  it('lists the channels by leads with their verdicts and reasons from the one rule set', () => {
    const { channelHeaderRow, channelRows } = model.layout;
    expect(channelRows).toBe(3);
    const channels = [1, 2, 3].map((offset) => at(model, channelHeaderRow + offset, 1));
    expect(channels).toEqual(['SEO', 'PPC', 'PR']);
    const report = buildMonthlyReport(input());
    report.channels.forEach((row, index) => {
      const sheetRow = channelHeaderRow + 1 + index;
      expect(at(model, sheetRow, channelColumn('reason'))).toBe(explainVerdict(row.judgement, 'en'));
    });
    // PR: 2 leads, below the 5 needed. PPC: CPL 60 against its target 100.
    expect(at(model, channelHeaderRow + 3, channelColumn('verdict'))).toBe('TEST');
    expect(at(model, channelHeaderRow + 2, channelColumn('verdict'))).toBe('SCALE');
    expect(at(model, channelHeaderRow + 2, channelColumn('reason'))).toBe('ROMI 733\u00a0% ≥ target 100\u00a0%; CPL 60 is 40\u00a0% below the target 100');
    // PPC a month before (CPL 130 against 100, but ROMI 246 %: return decides) and two months before (CPL 150, losing money).
    expect(at(model, channelHeaderRow + 2, channelColumn('verdict_1'))).toBe('SCALE');
    expect(at(model, channelHeaderRow + 2, channelColumn('verdict_2'))).toBe('DROP');
    expect(at(model, channelHeaderRow + 3, channelColumn('verdict_1'))).toBe('—');
    expect(at(model, channelHeaderRow, channelColumn('verdict_1'))).toBe('Verdict, February 2026');
    expect(model.grid.backgrounds[channelHeaderRow + 1]?.[channelColumn('verdict') - 1]).toBe('#b7e1cd');
  });

  it('lists what to scale and what to drop or rework', () => {
    // SEO: CPL 50 against the blended 100 (6 200 / 62); PPC: 60 against its own 100.
    expect([1, 2, 3].map((offset) => at(model, model.layout.scaleHeaderRow + offset, 1))).toEqual(['SEO', 'PPC', '']);
    expect(at(model, model.layout.dropHeaderRow + 1, 1)).toBe('No channel to drop or rework this month.');
  });

  it('charts read the tab\'s own tables', () => {
    const [leads, cpl, trend] = model.charts;
    const header = (range: { row: number; column: number } | undefined) => (range ? at(model, range.row, range.column) : undefined);
    expect(leads?.chartType).toBe('BAR');
    expect(leads?.ranges.map(header)).toEqual(['Channel', 'Leads']);
    expect(leads?.ranges.every((range) => range.numRows === 4)).toBe(true);
    expect(cpl?.chartType).toBe('COLUMN');
    expect(cpl?.ranges.map(header)).toEqual(['Channel', 'CPL', 'Target CPL']);
    expect(trend?.chartType).toBe('COMBO');
    expect(trend?.ranges.map(header)).toEqual(['Month', 'Leads']);
    expect(trend?.ranges[1]?.numColumns).toBe(2);
    expect(at(model, model.layout.trendHeaderRow, 3)).toBe('CPL');
    expect(trend?.ranges[0]?.numRows).toBe(13);
    expect(at(model, model.layout.trendHeaderRow + 12, 2)).toBe(62);
    // Charts sit right of the tables, one below the other.
    expect(model.charts.every((chart) => chart.anchor.column > REPORT_WIDTH)).toBe(true);
    expect(new Set(model.charts.map((chart) => chart.anchor.row)).size).toBe(3);
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
    const hostile = build({ records: readKpiRecords(kpiRows([{ month: '2026-03', channel: '=HYPERLINK("x")', leads: 5 }])) });
    expect(hostile.grid.values.flat()).toContain('\'=HYPERLINK("x")');
  });

  it('speaks the template\'s language', () => {
    const ru = build({ settings: reportSettings({ sheetLang: 'ru', currency: 'RUB' }) });
    expect(ru.tabName).toBe('Отчёт 2026-03');
    expect(at(ru, ru.layout.channelHeaderRow, 1)).toBe('Канал');
    expect(at(ru, ru.layout.channelHeaderRow + 2, channelColumn('verdict'))).toBe('МАСШТАБИРОВАТЬ');
    expect(formatAt(ru, rowLabelled(ru, 'Бюджет'), 2)).toBe('#,##0 "₽"');
    expect(ru.charts[0]?.title).toBe('Лиды по каналам, март 2026');
  });

  it('says which costs the department\'s ROI counts', () => {
    const withTeam = build({ team: [{ id: 'a', name: 'A', email: '', roleId: 'head', monthlyCost: 2_500, employment: 'staff' }] });
    expect(at(withTeam, rowLabelled(withTeam, 'Costs counted'), 2)).toContain('is not added again');
    expect(at(model, rowLabelled(model, 'Costs counted'), 2)).toContain('no monthly costs are entered on the Team');
  });

  it('an empty KPI tab or none at all gives a report that says what is missing', () => {
    const empty = build({ records: readKpiRecords([]) });
    expect(at(empty, empty.layout.qualityFirstRow, 1)).toMatch(/^The KPI tab holds no figures yet/);
    const none = build({ records: null });
    expect(at(none, none.layout.qualityFirstRow, 1)).toMatch(/^There is no KPI tab/);
    expect(none.charts).toHaveLength(3);
  });

  it('any KPI tab, however broken, gives a rectangular report', () => {
    const scalar = fc.oneof(fc.constant(''), fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 5_000 }), fc.boolean(), fc.constantFrom('2026-03', '2026-02', 'PPC', 'SEO', '1 000'));
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
