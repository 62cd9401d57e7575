/**
 * Which months a report covers and offers: the month itself, the two before
 * it (for the verdict history), the twelve up to it (for the trend), the
 * default month and the choices the sidebar shows.
 */
import { monthKey, parseMonthKey, type MonthKey } from '../kpi/month';
import { monthsWithData, type KpiRecords } from './kpi-records';

/** The month `count` months before `month` (negative: after). */
export function monthsBefore(month: MonthKey, count: number): MonthKey {
  const { year, month: number } = parseMonthKey(month);
  const index = year * 12 + (number - 1) - count;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, index) => monthsBefore(month, count - 1 - index));
}

/** The last month with any figure, or `null` when the tab holds none. */
export function defaultReportMonth(records: KpiRecords): MonthKey | null {
  const months = monthsWithData(records);
  return months[months.length - 1] ?? null;
}

/**
 * The months a report can be generated for, newest first: every month the
 * tab has rows for; when it has none, the month before `today`, so a report
 * saying the tab is empty can still be made.
 */
export function reportMonthChoices(records: KpiRecords, today: MonthKey): MonthKey[] {
  const months = [...records.byMonth.keys()].sort().reverse();
  return months.length > 0 ? months : [monthsBefore(today, 1)];
}

/** The calendar month of a date, in the host's time zone. */
export function monthOfDate(date: Date): MonthKey {
  return monthKey(date.getFullYear(), date.getMonth() + 1);
}
