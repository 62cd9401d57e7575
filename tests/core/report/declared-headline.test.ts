/**
 * A KPI figure column declared `headline` (core/kpi/kpi-columns) reaches the
 * report's first screen with no code of its own: the month's total against
 * the month before, under the column's header, in either language. No column
 * of today's layout declares one, so the declaration is handed in here.
 */
import { describe, expect, it } from 'vitest';
import { KPI_COLUMNS, type KpiColumn } from '../../../src/core/kpi/kpi-columns';
import { HEADLINE, headlineFigures } from '../../../src/core/report/headline';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { buildReportSheetModel } from '../../../src/core/report/report-sheet-model';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const ENTRIES: Entry[] = [
  { month: '2026-02', channel: 'PPC', spend: 1_000, staff_cost: 400, leads: 10 },
  { month: '2026-02', channel: 'SEO', spend: 500, leads: 5 },
  { month: '2026-03', channel: 'PPC', spend: 1_200, staff_cost: 300, leads: 12 },
  { month: '2026-03', channel: 'SEO', spend: 600, staff_cost: 250, leads: 6 },
  // A duplicate row of the same month and channel counts too, as on the tab.
  { month: '2026-03', channel: 'SEO', staff_cost: 50 },
];

/** Today's columns, with Staff & contractor cost declared a headline figure and Note (not a figure) declared too. */
const DECLARED: readonly KpiColumn[] = KPI_COLUMNS.map((column) =>
  column.key === 'staff_cost' || column.key === 'note' ? { ...column, headline: true } : column,
);

function report(lang: 'en' | 'ru') {
  return buildMonthlyReport({
    records: readKpiRecords(kpiRows(ENTRIES)),
    month: '2026-03',
    settings: reportSettings({ sheetLang: lang }),
    team: [],
    generatedAt: GENERATED_AT,
  });
}

describe('a KPI column declared a headline figure', () => {
  it("adds one line after the report's own, with the month's total, the month before and the change", () => {
    const built = report('en');
    const lines = headlineFigures(built.figures, built.previousFigures, DECLARED);
    expect(lines.map((line) => line.key)).toEqual([...HEADLINE.map((line) => line.key), 'staff_cost']);
    expect(lines.at(-1)).toEqual({
      column: true,
      key: 'staff_cost',
      kind: 'money',
      current: 600,
      previous: 400,
      change: 200,
      changeRatio: 0.5,
      plan: null,
      ofPlan: null,
    });
    // Today's layout declares none: the first screen is the report's own lines.
    expect(built.headline.map((line) => line.key)).toEqual(HEADLINE.map((line) => line.key));
  });

  it("is labelled with the column's header on the report tab, in the sheet's language", () => {
    for (const [lang, label] of [
      ['en', 'Staff & contractor cost'],
      ['ru', 'Затраты на штат и подрядчиков'],
    ] as const) {
      const built = report(lang);
      const model = buildReportSheetModel({
        ...built,
        headline: headlineFigures(built.figures, built.previousFigures, DECLARED),
      });
      const row = model.grid.values.find((cells) => cells[0] === label);
      expect(row?.slice(1, 4), lang).toEqual([600, 400, 200]);
    }
  });
});
