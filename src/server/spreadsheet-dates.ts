/**
 * getValues hands a date cell back as a JavaScript Date: the instant at
 * which the spreadsheet's clock (its time zone) shows the cell's date and
 * time. Read with the script's clock it can fall on the day before (a
 * Novosibirsk spreadsheet read by a script in UTC), so the add-on turns
 * such Dates back into the serial the cell holds, or into the text the
 * spreadsheet shows, on the spreadsheet's clock.
 */
import { serialOfWallClockText } from '../core/sheet-date-serial';
import { isDate, type SheetsScalar } from '../core/sheet-values';

/** The rows with each Date in `column` (0-based) replaced by its serial in the spreadsheet's time zone. */
export function datesAsSerials(
  rows: SheetsScalar[][],
  column: number,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): SheetsScalar[][] {
  if (!rows.some((row) => isDate(row[column]))) return rows;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // One formatDate per distinct instant: a month column holds a dozen dates, whatever the number of rows.
  const serials = new Map<number, number | null>();
  const serialOf = (date: Date): number | null => {
    const instant = date.getTime();
    if (!serials.has(instant))
      serials.set(instant, serialOfWallClockText(Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm:ss')));
    return serials.get(instant) ?? null;
  };
  return rows.map((row) => {
    const value = row[column];
    if (!isDate(value) || Number.isNaN(value.getTime())) return row;
    const serial = serialOf(value);
    if (serial === null) return row;
    const copy = [...row];
    copy[column] = serial;
    return copy;
  });
}

/** Today's month and day on the spreadsheet's clock (its time zone), not the script's. */
export function spreadsheetToday(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now = new Date(),
): { month: string; day: number } {
  const text = Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  return { month: text.slice(0, 7), day: Number(text.slice(8, 10)) };
}

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Date → 'yyyy-MM-dd HH:mm:ss' on the spreadsheet's clock. Utilities.formatDate
 * once per quarter hour the dates fall in (every zone's offset is a multiple
 * of 15 minutes and changes on such a boundary), so a column of 100 000
 * timestamps costs at most a few thousand formatDate calls, not one per cell.
 */
export function spreadsheetClock(timeZone: string): (date: Date) => string {
  const starts = new Map<number, number>();
  return (date) => {
    const instant = date.getTime();
    const quarter = Math.floor(instant / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    let wallStart = starts.get(quarter);
    if (wallStart === undefined) {
      const text = Utilities.formatDate(new Date(quarter), timeZone, 'yyyy-MM-dd HH:mm:ss');
      wallStart = Date.parse(`${text.replace(' ', 'T')}Z`);
      starts.set(quarter, wallStart);
    }
    return new Date(wallStart + (instant - quarter)).toISOString().slice(0, 19).replace('T', ' ');
  };
}
