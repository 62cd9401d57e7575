/**
 * Sheets keeps a date as a serial number: days since 1899-12-30, counted on
 * the spreadsheet's wall clock (its time zone, not the script's). Whole-day
 * serials need no time zone at all, so the add-on writes months as them.
 */
/** `Date.UTC(1899, 11, 30)`, written as its value so that loading the script computes nothing. */
const EPOCH_UTC = -2_209_161_600_000;
const MS_PER_DAY = 86_400_000;

/** The serial of a calendar day (month 1–12). */
export function daySerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY);
}

/**
 * The serial of a wall-clock time written "yyyy-MM-dd HH:mm:ss" (as
 * Utilities.formatDate renders a cell's Date in the spreadsheet's zone);
 * `null` for text in another shape.
 */
export function serialOfWallClockText(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const utc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  return (utc - EPOCH_UTC) / MS_PER_DAY;
}
