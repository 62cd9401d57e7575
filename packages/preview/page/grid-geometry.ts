/**
 * Sizes of the drawn grid, in Sheets' own defaults: 100 px columns, 21 px
 * rows, a 46 px column of row numbers. The grid draws the sheet's content,
 * its charts, and a margin of empty cells around them, as a new Sheets tab
 * shows.
 */
import type { SheetSnapshot } from 'sheets-emulator';

export const ROW_HEADER_WIDTH = 46;
export const COLUMN_HEADER_HEIGHT = 21;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;

export interface GridExtent {
  rows: number;
  columns: number;
}

/** Rows and columns a chart covers, roughly (default sizes), so the grid goes on under it as in Sheets. */
function chartReach(sheet: SheetSnapshot): GridExtent {
  let rows = 0;
  let columns = 0;
  for (const chart of sheet.charts) {
    const width = Number(chart.options.width) || 600;
    const height = Number(chart.options.height) || 371;
    rows = Math.max(rows, chart.position.anchorRow + Math.ceil((chart.position.offsetY + height) / DEFAULT_ROW_HEIGHT));
    columns = Math.max(
      columns,
      chart.position.anchorColumn + Math.ceil((chart.position.offsetX + width) / DEFAULT_COLUMN_WIDTH),
    );
  }
  return { rows, columns };
}

export function gridExtent(sheet: SheetSnapshot): GridExtent {
  const charts = chartReach(sheet);
  return {
    rows: Math.min(sheet.maxRows, Math.max(MIN_ROWS, sheet.numRows + SPARE_ROWS, charts.rows)),
    columns: Math.min(sheet.maxColumns, Math.max(MIN_COLUMNS, sheet.numColumns + SPARE_COLUMNS, charts.columns)),
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
