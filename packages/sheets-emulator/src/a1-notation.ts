/**
 * A1 notation as Apps Script reads and writes it: "B2", "A1:C10", "A:A",
 * "2:5", "A2:C", "$A$1", with an optional sheet ("KPI!A1", "'KPI 2025'!A1").
 */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let number = 0;
  for (const char of letters.toUpperCase()) number = number * 26 + (char.charCodeAt(0) - 64);
  return number;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  return numRows === 1 && numColumns === 1 ? start : `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** A sheet name as a formula may use it; quoting every name is always valid. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Bounds read from A1 text; a bound left open ("A:A", "2:5", "A2:C") is `undefined`. */
export interface A1Bounds {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

function splitSheet(text: string): { sheetName?: string; reference: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { reference: text };
  const rawSheet = text.slice(0, bang);
  const sheetName = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheetName, reference: text.slice(bang + 1) };
}

function readCell(part: string): { row?: number; column?: number } | undefined {
  const match = CELL.exec(part.trim());
  if (!match || (!match[1] && !match[2])) return undefined;
  return {
    column: match[1] ? columnNumber(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

/** Reads A1 text; throws Apps Script's "Range not found" for anything else. */
export function parseA1(text: string): A1Bounds {
  const { sheetName, reference } = splitSheet(text.trim());
  const [startText = '', endText, extra] = reference.split(':');
  const start = readCell(startText);
  const end = endText === undefined ? start : readCell(endText);
  if (!start || !end || extra !== undefined || start.row === 0 || end.row === 0) throw new Error('Range not found');
  const bounds: A1Bounds = {
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
  if (sheetName !== undefined) bounds.sheetName = sheetName;
  // "A" alone or "1" alone is not a range in Apps Script.
  if (endText === undefined && (start.row === undefined || start.column === undefined))
    throw new Error('Range not found');
  return bounds;
}
