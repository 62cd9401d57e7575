/**
 * Sheets stores a date as a serial number: days since 1899-12-30, the time
 * of day as the fraction. The serial is wall-clock time in the spreadsheet's
 * time zone, so turning it into a JavaScript `Date` (an instant) needs that
 * zone.
 */
import { instantOfWallClock, wallClockAt, wallClockOfUtcFields, type WallClock } from './time-zone';

const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function serialOfWallClock(clock: Omit<WallClock, 'weekday'>): number {
  const utc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
  return (utc - EPOCH_UTC) / MS_PER_DAY;
}

export function wallClockOfSerial(serial: number): WallClock {
  // Round to the millisecond so that 0.5 days is exactly 12:00:00.000.
  return wallClockOfUtcFields(new Date(EPOCH_UTC + Math.round(serial * MS_PER_DAY)));
}

export function serialOfDate(date: Date, timeZone: string): number {
  return serialOfWallClock(wallClockAt(date, timeZone));
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  return instantOfWallClock(wallClockOfSerial(serial), timeZone);
}

/** True for a Date from any realm (a vm context, a browser), like core's `isDate`. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
