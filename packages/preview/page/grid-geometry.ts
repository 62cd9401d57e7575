/**
 * Sizes of the drawn grid, in Sheets' own defaults: 100 px columns, 21 px
 * rows, a 46 px column of row numbers. The grid draws the sheet's content,
 * its charts, and a margin of empty cells around them, as a new Sheets tab
 * shows; of those rows, the ones from the top down to a little past the
 * bottom of the view (`rowsToDraw`), the rest as one empty stretch of their
 * height until the person scrolls there.
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

/**
 * Rows drawn past the bottom of the view: a small scroll finds them drawn, and
 * a test reading the first rows of a tab finds them without scrolling.
 */
export const ROWS_PAST_VIEW = 20;

/** Where the grid's scrolling area is scrolled to, and how tall it is (px). */
export interface GridView {
  scrollTop: number;
  height: number;
}

/**
 * How many rows, from the top, the grid draws: every row that can be in view
 * (a row is never shorter than the default height, so the view's bottom edge
 * divided by it is as many rows as can reach there), a margin past it, and the
 * selected cell's row, which the page scrolls to and opens the editor over.
 * Blink lays out and paints every row of the table, so a KPI tab of 128 rows
 * drawn whole cost about twice what its first screen and the margin cost.
 */
export function rowsToDraw(extent: GridExtent, view: GridView, selectedRow: number): number {
  const reach = Math.ceil((view.scrollTop + view.height) / DEFAULT_ROW_HEIGHT) + ROWS_PAST_VIEW;
  return Math.min(extent.rows, Math.max(reach, selectedRow));
}
