/**
 * getValues hands a date cell back as a JavaScript Date: the instant at
 * which the spreadsheet's clock (its time zone) shows the cell's date and
 * time. Read with the script's clock it can fall on the day before (a
 * Novosibirsk spreadsheet read by a script in UTC), so the add-on turns
 * such Dates back into the serial the cell holds, on the spreadsheet's clock.
 */
import { serialOfWallClockText } from '../core/sheet-date-serial';
import type { SheetsScalar } from '../core/sheet-values';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

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
