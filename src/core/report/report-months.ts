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

/** January of `month`'s year up to `month`, oldest first (the year to date). */
export function monthsOfYearTo(month: MonthKey): MonthKey[] {
  return monthsEndingWith(month, parseMonthKey(month).month);
}

/**
 * The month a report is about unless the person picks another: the last
 * complete month with figures, the one before `today`'s month or earlier
 * (sample data and plans fill months ahead; the current month is still
 * running, and on its first day it has barely begun). When no complete
 * month has figures, the current month if it began before today; `null`
 * when neither has figures.
 */
export function defaultReportMonth(records: KpiRecords, today: { month: MonthKey; day: number }): MonthKey | null {
  const months = monthsWithData(records);
  const complete = months.filter((month) => month < today.month);
  const last = complete[complete.length - 1];
  if (last !== undefined) return last;
  return today.day > 1 && months.includes(today.month) ? today.month : null;
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

/** The month to start on: the default, else the newest choice before today's month, else the oldest choice (the nearest to today). */
export function preselectedReportMonth(
  defaultMonth: MonthKey | null,
  choices: readonly MonthKey[],
  today: { month: MonthKey },
): MonthKey | null {
  return defaultMonth ?? choices.find((month) => month < today.month) ?? choices[choices.length - 1] ?? null;
}

/** A month as a person types it in the menu's question: "2026-03", "2026-3", "03.2026" or "3/2026"; `null` otherwise. */
export function monthOfTypedText(text: string): MonthKey | null {
  const yearFirst = /^(\d{4})[-./](\d{1,2})$/.exec(text.trim());
  const monthFirst = /^(\d{1,2})[-./](\d{4})$/.exec(text.trim());
  const year = Number(yearFirst?.[1] ?? monthFirst?.[2]);
  const month = Number(yearFirst?.[2] ?? monthFirst?.[1]);
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return monthKey(year, month);
}
