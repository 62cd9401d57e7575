/**
 * Wall-clock time in a named time zone ("Europe/Moscow", "UTC", "GMT+3"),
 * which Sheets uses for dates in cells and Apps Script for formatDate. Built
 * on Intl, so it needs no time-zone data of its own.
 */

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const MS_PER_MINUTE = 60_000;

/** "GMT", "UTC", "GMT+3", "GMT-03:30", "UTC+05:00": Apps Script accepts these besides IANA names. */
function fixedOffsetMinutes(timeZone: string): number | undefined {
  const match = /^(?:GMT|UTC|Z)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone.trim());
  if (!match) return undefined;
  const [, sign, hours, minutes] = match;
  if (!sign) return 0;
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  return sign === '-' ? -total : total;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes to add to UTC to get the wall clock of `timeZone` at `instant`. */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== undefined) return fixed;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / MS_PER_MINUTE);
}

export function wallClockAt(instant: Date, timeZone: string): WallClock {
  return wallClockOfUtcFields(new Date(instant.getTime() + offsetMinutesAt(instant, timeZone) * MS_PER_MINUTE));
}

/** The UTC fields of a date, read as a wall clock (the date was shifted to the wanted zone first). */
export function wallClockOfUtcFields(shifted: Date): WallClock {
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant at which the wall clock of `timeZone` shows `clock` (the later one in a DST overlap is fine here). */
export function instantOfWallClock(clock: Omit<WallClock, 'weekday'>, timeZone: string): Date {
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
  // The offset at the guessed instant is right except within an hour of a DST change; one correction settles it.
  const firstGuess = asUtc - offsetMinutesAt(new Date(asUtc), timeZone) * MS_PER_MINUTE;
  return new Date(asUtc - offsetMinutesAt(new Date(firstGuess), timeZone) * MS_PER_MINUTE);
}

/** Throws like Apps Script for a time zone it cannot read. */
export function assertTimeZone(timeZone: string): void {
  if (fixedOffsetMinutes(timeZone) !== undefined) return;
  try {
    formatterFor(timeZone);
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
}
