/**
 * Sizes of the drawn grid, in Sheets' own defaults: 100 px columns, 21 px
 * rows, a 46 px column of row numbers. The grid draws the sheet's content
 * and a margin of empty cells around it, as a new Sheets tab shows.
 */
import type { SheetSnapshot } from '../../emulator';

export const ROW_HEADER_WIDTH = 46;
export const COLUMN_HEADER_HEIGHT = 21;
export const DEFAULT_COLUMN_WIDTH = 100;

const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;

export interface GridExtent {
  rows: number;
  columns: number;
}

export function gridExtent(sheet: SheetSnapshot): GridExtent {
  return {
    rows: Math.min(sheet.maxRows, Math.max(MIN_ROWS, sheet.numRows + SPARE_ROWS)),
    columns: Math.min(sheet.maxColumns, Math.max(MIN_COLUMNS, sheet.numColumns + SPARE_COLUMNS)),
  };
}

export function columnWidth(sheet: SheetSnapshot, column: number): number {
  return sheet.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
}

/** How far from the left edge each frozen column sticks: after the row numbers and the frozen columns before it. */
export function frozenColumnLefts(sheet: SheetSnapshot): number[] {
  const lefts: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (let column = 1; column <= sheet.frozenColumns; column++) {
    lefts.push(left);
    left += columnWidth(sheet, column);
  }
  return lefts;
}
