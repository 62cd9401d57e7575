/**
 * A1 notation for formulas the add-on writes. The Roles tab can be wider
 * than 26 columns (a department of 30 people, each a column), so column
 * letters go past Z: AA, AB, …
 */

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1)
    throw new RangeError(`column must be a whole number, 1 or more: ${column}`);
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell: "B19", or "$B$19" when `absolute`. */
export function a1Cell(row: number, column: number, absolute = false): string {
  const mark = absolute ? '$' : '';
  return `${mark}${columnLetters(column)}${mark}${row}`;
}

/** A 1-based rectangle as "B2:E13" (a single cell stays "B2"); "$B$2:$E$13" when `absolute`. */
export function a1Range(row: number, column: number, rows = 1, columns = 1, absolute = false): string {
  const first = a1Cell(row, column, absolute);
  return rows === 1 && columns === 1 ? first : `${first}:${a1Cell(row + rows - 1, column + columns - 1, absolute)}`;
}

/** A 1-based rectangle of a sheet, as the server hands it to `getRange`. */
export interface CellRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}
