/**
 * Pacing of the month that is still running: the figures so far against
 * the plan for the days elapsed, the month-end forecast at the current
 * pace, and what each remaining day must bring to land on the plan. The KPI
 * tab holds monthly figures, so "so far" is what its rows of the month hold
 * when the report is generated, taken as the figures up to a day (the day
 * itself counted as elapsed): the day of the last import behind them when
 * the month's figures came from an import (import-as-of.ts), else today.
 * The import's day, not the last date in its files: a CRM export has no
 * rows for days without deals, so its last row can be days before the
 * export was made, and counting to it would overstate the pace.
 */
import { daysInMonth, parseMonthKey, type MonthKey } from '../kpi/month';
import type { MonthFigures } from './month-figures';

export type PacingKey = 'spend' | 'leads' | 'revenue';

export interface PacingRow {
  key: PacingKey;
  soFar: number | null;
  plan: number | null;
  /** plan × elapsed / days: where the figure would be on an even pace to the plan. */
  planToDate: number | null;
  /** soFar × days / elapsed. */
  forecast: number | null;
  /** (plan − soFar) / days left; 0 once the plan is reached; `null` on the last day or without a plan. */
  perDayLeft: number | null;
}

export interface MonthPacing {
  /** The day "so far" is counted to (elapsed days, that day included). */
  day: number;
  days: number;
  /** How "so far" is known: as of the last import's day, or as entered on the tab, counted to today. */
  asOf: 'import' | 'today';
  rows: PacingRow[];
}

/**
 * The pacing of `month` on `today`, or `null` when `month` is not the month running then.
 * @param lastImport the day (spreadsheet's clock) of the last import behind the month's figures, when they came from one
 */
export function monthPacing(
  figures: MonthFigures,
  month: MonthKey,
  today: { month: MonthKey; day: number },
  lastImport: { month: MonthKey; day: number } | null = null,
): MonthPacing | null {
  if (today.month !== month) return null;
  const { year, month: number } = parseMonthKey(month);
  const days = daysInMonth(year, number);
  // An import of this month, never later than today (a clock set ahead cannot count days not yet lived).
  const imported = lastImport !== null && lastImport.month === month;
  const counted = imported ? Math.min(lastImport.day, today.day) : today.day;
  const day = Math.min(Math.max(counted, 1), days);
  const left = days - day;
  const row = (key: PacingKey, soFar: number | null, plan: number | null): PacingRow => ({
    key,
    soFar,
    plan,
    planToDate: plan === null ? null : (plan * day) / days,
    forecast: soFar === null ? null : (soFar * days) / day,
    perDayLeft: plan === null || left === 0 ? null : Math.max(0, plan - (soFar ?? 0)) / left,
  });
  return {
    day,
    days,
    asOf: imported ? 'import' : 'today',
    rows: [
      row('spend', figures.spend, figures.plan.spend),
      row('leads', figures.leads, figures.plan.leads),
      row('revenue', figures.revenue, figures.plan.revenue),
    ],
  };
}
