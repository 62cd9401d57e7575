/**
 * The headline figures of a month against the month before: value, previous
 * value, the change and the change in per cent.
 */
import { relativeChange } from '../metrics';
import { departmentCost, departmentRoi, type DepartmentCostBasis } from './department-cost';
import type { MonthTotals } from './month-totals';

export type HeadlineKey =
  | 'leads'
  | 'qualified_leads'
  | 'spend'
  | 'staff_cost'
  | 'total_cost'
  | 'cpl'
  | 'revenue'
  | 'romi'
  | 'department_cost'
  | 'department_roi';

/** How a figure is shown: a count, an amount, a precise amount (CPL) or a ratio shown as per cent. */
export type FigureKind = 'count' | 'money' | 'money_precise' | 'ratio';

export interface HeadlineFigure {
  key: HeadlineKey;
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
}

const HEADLINE: readonly { key: HeadlineKey; kind: FigureKind; read: (totals: MonthTotals, basis: DepartmentCostBasis) => number | null }[] = [
  { key: 'leads', kind: 'count', read: (totals) => totals.leads },
  { key: 'qualified_leads', kind: 'count', read: (totals) => totals.qualifiedLeads },
  { key: 'spend', kind: 'money', read: (totals) => totals.spend },
  { key: 'staff_cost', kind: 'money', read: (totals) => totals.staffCost },
  { key: 'total_cost', kind: 'money', read: (totals) => totals.totalCost },
  { key: 'cpl', kind: 'money_precise', read: (totals) => totals.cpl },
  { key: 'revenue', kind: 'money', read: (totals) => totals.revenue },
  { key: 'romi', kind: 'ratio', read: (totals) => totals.romi },
  { key: 'department_cost', kind: 'money', read: departmentCost },
  { key: 'department_roi', kind: 'ratio', read: departmentRoi },
];

export function headlineFigures(current: MonthTotals, previous: MonthTotals, basis: DepartmentCostBasis): HeadlineFigure[] {
  return HEADLINE.map(({ key, kind, read }) => {
    const now = current.hasData ? read(current, basis) : null;
    const before = previous.hasData ? read(previous, basis) : null;
    const both = now !== null && before !== null;
    return {
      key,
      kind,
      current: now,
      previous: before,
      change: both ? now - before : null,
      changeRatio: both && kind !== 'ratio' ? relativeChange(now, before) : null,
    };
  });
}
