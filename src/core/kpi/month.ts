/**
 * A calendar month, the period everything is counted in, as 'YYYY-MM'.
 * Sheets hands dates back as Date objects, a formula engine may hand back a
 * serial number, and a person may type text: all read to the same key.
 */
import { daySerial } from '../sheet-date-serial';

export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function monthsOfYear(year: number): MonthKey[] {
  return Array.from({ length: 12 }, (_, index) => monthKey(year, index + 1));
}

export function isMonthKey(text: string): boolean {
  return MONTH_KEY.test(text);
}

export function parseMonthKey(key: MonthKey): { year: number; month: number } {
  const match = MONTH_KEY.exec(key);
  if (!match) throw new Error(`not a month: ${key}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The month before (for month-on-month changes). */
export function previousMonth(key: MonthKey): MonthKey {
  const { year, month } = parseMonthKey(key);
  return month === 1 ? monthKey(year - 1, 12) : monthKey(year, month - 1);
}

/** Days from 1899-12-30 to 1970-01-01: the epoch of spreadsheet serial dates. */
const SERIAL_EPOCH_OFFSET = 25569;

/** Reads a Month cell; `null` when it is not a month. */
export function monthFromCell(value: unknown): MonthKey | null {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    return Number.isNaN(date.getTime()) ? null : monthKey(date.getFullYear(), date.getMonth() + 1);
  }
  if (typeof value === 'number' && value > 0 && value < 2_958_466) {
    const date = new Date(Math.round((value - SERIAL_EPOCH_OFFSET) * 86_400_000));
    return monthKey(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }
  if (typeof value === 'string') {
    const text = value.trim().slice(0, 7);
    return isMonthKey(text) ? text : null;
  }
  return null;
}

/**
 * The first day of the month as Sheets' whole-day serial: written into a
 * date-formatted cell it is that day in every spreadsheet time zone
 * (a Date would be an instant, read on the spreadsheet's clock).
 */
export function monthSerial(key: MonthKey): number {
  const { year, month } = parseMonthKey(key);
  return daySerial(year, month, 1);
}

/** The first day of the month as a Date at noon on the script's clock (for code that wants a Date; cells get `monthSerial`). */
export function monthToDate(key: MonthKey): Date {
  const { year, month } = parseMonthKey(key);
  return new Date(year, month - 1, 1, 12);
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
