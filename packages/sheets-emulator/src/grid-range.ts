/**
 * A rectangle of cells on one sheet, 1-based like Apps Script. Everything
 * the emulator stores against cells (protections, rules, charts) keeps one
 * of these, and moves it when rows or columns are inserted or deleted.
 */
export interface GridRange {
  /** The sheet's id (Sheets' gid), stable across renames. */
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function lastRowOf(range: GridRange): number {
  return range.row + range.numRows - 1;
}

export function lastColumnOf(range: GridRange): number {
  return range.column + range.numColumns - 1;
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row <= lastRowOf(b) &&
    b.row <= lastRowOf(a) &&
    a.column <= lastColumnOf(b) &&
    b.column <= lastColumnOf(a)
  );
}

export function containsCell(range: GridRange, row: number, column: number): boolean {
  return row >= range.row && row <= lastRowOf(range) && column >= range.column && column <= lastColumnOf(range);
}

export type Dimension = 'rows' | 'columns';

function span(range: GridRange, dimension: Dimension): { start: number; size: number } {
  return dimension === 'rows'
    ? { start: range.row, size: range.numRows }
    : { start: range.column, size: range.numColumns };
}

function withSpan(range: GridRange, dimension: Dimension, start: number, size: number): GridRange {
  return dimension === 'rows' ? { ...range, row: start, numRows: size } : { ...range, column: start, numColumns: size };
}

/** Where a range ends up after `count` rows (or columns) are inserted before `at`: moved down, or grown when `at` is inside it. */
export function afterInsertion(range: GridRange, dimension: Dimension, at: number, count: number): GridRange {
  const { start, size } = span(range, dimension);
  if (at <= start) return withSpan(range, dimension, start + count, size);
  if (at < start + size) return withSpan(range, dimension, start, size + count);
  return range;
}

/** Where a range ends up after rows (or columns) `at`…`at + count - 1` are deleted; `undefined` when all of it went. */
export function afterDeletion(
  range: GridRange,
  dimension: Dimension,
  at: number,
  count: number,
): GridRange | undefined {
  const { start, size } = span(range, dimension);
  const end = start + size - 1;
  const deletedEnd = at + count - 1;
  if (deletedEnd < start) return withSpan(range, dimension, start - count, size);
  if (at > end) return range;
  const keptBefore = Math.max(0, at - start);
  const keptAfter = Math.max(0, end - deletedEnd);
  if (keptBefore + keptAfter === 0) return undefined;
  return withSpan(range, dimension, Math.min(start, at), keptBefore + keptAfter);
}
