/**
 * The first screen's figures: this month against the month before, with the
 * change and the change in per cent. Seven numbers a CEO asks for (leads with
 * the qualified ones under them, marketing cost with staff, CPL, CAC,
 * revenue, ROMI, the department's ROI with salaries), each by the one
 * definition in month-figures. Where the KPI tab holds a plan (leads,
 * revenue), the month's plan and the share of it reached (core/metrics'
 * shareOfPlan). The channel budgets' plan is not a headline row: the plan
 * table and the month in brief carry it, so the first screen stays at
 * seven figures.
 */
import { KPI_COLUMNS, KPI_INPUT_KEYS, type KpiColumn, type KpiInputKey } from '../kpi/kpi-columns';
import { relativeChange, shareOfPlan } from '../metrics';
import type { MonthFigures } from './month-figures';

export type HeadlineKey =
  | 'leads'
  | 'qualified_leads'
  | 'marketing_cost'
  | 'cpl'
  | 'cac'
  | 'revenue'
  | 'romi'
  | 'department_roi';

/** How a figure is shown: a count, an amount, a precise amount (CPL) or a ratio shown as per cent. */
export type FigureKind = 'count' | 'money' | 'money_precise' | 'ratio';

/** A line of HEADLINE (labelled `fig_<key>` in the report's messages), or a KPI column declared `headline` (labelled with its header). */
export type HeadlineLine = { column: false; key: HeadlineKey } | { column: true; key: KpiInputKey };

export type HeadlineFigure = HeadlineLine & HeadlineValues;

interface HeadlineValues {
  kind: FigureKind;
  current: number | null;
  previous: number | null;
  /** current − previous; for a ratio, the change in percentage points (as a ratio). */
  change: number | null;
  /**
   * The relative change (0.1 = +10 %). `null` for ratios: ROMI going from
   * −20 % to 10 % is +30 points, and "+150 %" would only confuse.
   */
  changeRatio: number | null;
  /** The month's plan of the figure, where one is entered (leads, channel budgets, revenue). */
  plan: number | null;
  /** current / plan. */
  ofPlan: number | null;
}

export const HEADLINE: readonly {
  key: HeadlineKey;
  kind: FigureKind;
  read: (figures: MonthFigures) => number | null;
  plan?: (figures: MonthFigures) => number | null;
}[] = [
  { key: 'leads', kind: 'count', read: (figures) => figures.leads, plan: (figures) => figures.plan.leads },
  { key: 'qualified_leads', kind: 'count', read: (figures) => figures.qualifiedLeads },
  { key: 'marketing_cost', kind: 'money', read: (figures) => figures.marketingCost },
  { key: 'cpl', kind: 'money_precise', read: (figures) => figures.cpl },
  { key: 'cac', kind: 'money', read: (figures) => figures.cac },
  { key: 'revenue', kind: 'money', read: (figures) => figures.revenue, plan: (figures) => figures.plan.revenue },
  { key: 'romi', kind: 'ratio', read: (figures) => figures.romi },
  { key: 'department_roi', kind: 'ratio', read: (figures) => figures.departmentRoi },
];

function figureKindOf(column: KpiColumn): FigureKind {
  return column.format === 'count' ? 'count' : column.format === 'money_precise' ? 'money_precise' : 'money';
}

function isHeadlineFigure(column: KpiColumn): column is KpiColumn<KpiInputKey> {
  return column.headline === true && (KPI_INPUT_KEYS as readonly string[]).includes(column.key);
}

/**
 * The first screen: the lines of HEADLINE, then the month's total of each figure column declared `headline`
 * in `columns` (the KPI tab's, core/kpi/kpi-columns), against the month before.
 */
export function headlineFigures(
  current: MonthFigures,
  previous: MonthFigures,
  columns: readonly KpiColumn[] = KPI_COLUMNS,
): HeadlineFigure[] {
  const lines: (HeadlineLine & {
    kind: FigureKind;
    read: (figures: MonthFigures) => number | null;
    plan?: (figures: MonthFigures) => number | null;
  })[] = [
    ...HEADLINE.map((line) => ({ ...line, column: false as const })),
    ...columns.filter(isHeadlineFigure).map((column) => ({
      column: true as const,
      key: column.key,
      kind: figureKindOf(column),
      read: (figures: MonthFigures) => figures.inputTotals[column.key],
    })),
  ];
  return lines.map(({ read, plan, ...line }) => {
    const { kind } = line;
    const now = current.hasData ? read(current) : null;
    const planned = plan ? plan(current) : null;
    const before = previous.hasData ? read(previous) : null;
    const both = now !== null && before !== null;
    return {
      ...line,
      current: now,
      previous: before,
      change: both ? now - before : null,
      changeRatio: both && kind !== 'ratio' ? relativeChange(now, before) : null,
      plan: planned,
      ofPlan: shareOfPlan(now, planned),
    };
  });
}
