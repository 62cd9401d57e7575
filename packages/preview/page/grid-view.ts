/**
 * The grid of one sheet as a table: column letters and row numbers, frozen
 * rows and columns that stay in place (sticky), every cell as `cellLook`
 * draws it. Cells carry `data-a1`, `data-row` and `data-column`; the page
 * listens on the table as a whole rather than on each cell. The selection
 * is not part of the table's view: `markSelection` moves it, so a click on
 * a cell changes three elements rather than comparing every cell again.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { PreviewSheet } from '../preview-snapshot';
import { columnLetters } from 'sheets-emulator/a1-notation';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import { a1Of, type CellPosition } from './cell-position';
import { cellLook } from './cell-look';
import { conditionalPaints } from './conditional-paint';
import { DEFAULT_ROW_HEIGHT, ROW_HEADER_WIDTH, columnWidth, frozenColumnLefts, gridExtent } from './grid-geometry';

export interface GridViewProps {
  sheet: PreviewSheet;
  lang: Lang;
  /** How many rows to draw from the top (`rowsToDraw`); the rest of the extent is one empty stretch of their height. */
  rows: number;
}

export const GRID_ID = 'grid';
/** The class of the row that stands for the rows not drawn yet. */
export const UNDRAWN_ROWS = 'undrawn-rows';

export function gridView({ sheet, lang, rows }: GridViewProps): VElement {
  const extent = gridExtent(sheet);
  const drawnRows = Math.min(rows, extent.rows);
  const lefts = frozenColumnLefts(sheet);
  const paints = conditionalPaints(sheet);
  const columns = Array.from({ length: extent.columns }, (_, index) => index + 1);

  const frozenClasses = (row: number | null, column: number | null): string[] => {
    const classes: string[] = [];
    if (row !== null && row <= sheet.frozenRows) classes.push('frozen-row');
    if (row !== null && row === sheet.frozenRows) classes.push('freeze-bottom');
    if (column !== null && column <= sheet.frozenColumns) classes.push('frozen-column');
    if (column !== null && column === sheet.frozenColumns) classes.push('freeze-right');
    return classes;
  };
  const stickyLeft = (column: number) =>
    column <= sheet.frozenColumns ? `left:${lefts[column - 1] ?? ROW_HEADER_WIDTH}px;` : '';

  const headerRow = h(
    'tr',
    { class: 'column-headers' },
    h('th', { class: 'corner' }),
    columns.map((column) =>
      h(
        'th',
        {
          class: ['column-header', ...frozenClasses(null, column)].join(' '),
          style: stickyLeft(column) || undefined,
          'data-column': column,
        },
        columnLetters(column),
      ),
    ),
  );

  const bodyRows = Array.from({ length: drawnRows }, (_, index) => {
    const row = index + 1;
    return h(
      'tr',
      { class: frozenClasses(row, null).join(' ') || undefined, 'data-row': row },
      h(
        'th',
        {
          class: ['row-header', ...frozenClasses(row, null)].join(' '),
        },
        String(row),
      ),
      columns.map((column) => {
        const position = { row, column };
        const look = cellLook(sheet, position, paints.get(`${row}:${column}`), lang);
        // Left-aligned text runs on over an empty neighbour, as in Sheets; otherwise it is cut at the cell's edge.
        const neighbourEmpty = (sheet.displayValues[row - 1]?.[column] ?? '') === '';
        const spills =
          look.text !== '' &&
          look.align === 'left' &&
          !look.classes.includes('wrap') &&
          column !== sheet.frozenColumns &&
          neighbourEmpty;
        const classes = ['cell', ...look.classes, ...frozenClasses(row, column), spills ? 'spills' : ''].filter(
          Boolean,
        );
        return h(
          'td',
          {
            class: classes.join(' '),
            style: `${stickyLeft(column)}${look.style}` || undefined,
            title: look.tooltip ?? undefined,
            'data-a1': a1Of(position),
            'data-row': row,
            'data-column': column,
          },
          look.text,
          look.dropdown &&
            h('span', { class: 'dropdown-arrow', 'data-dropdown': a1Of(position), 'aria-hidden': 'true' }),
        );
      }),
    );
  });

  // A fixed-layout table keeps its columns' widths only when its own width is set: long text is cut, as in Sheets.
  const width = columns.reduce((total, column) => total + columnWidth(sheet, column), ROW_HEADER_WIDTH);
  return h(
    'table',
    {
      id: GRID_ID,
      class: 'grid',
      'data-sheet': sheet.name,
      'data-drawn-rows': drawnRows,
      role: 'grid',
      style: `width:${width}px`,
    },
    h(
      'colgroup',
      {},
      h('col', { style: `width:${ROW_HEADER_WIDTH}px` }),
      columns.map((column) => h('col', { style: `width:${columnWidth(sheet, column)}px` })),
    ),
    h('thead', {}, headerRow),
    h('tbody', {}, bodyRows, undrawnRows(drawnRows + 1, extent.rows, columns.length + 1)),
  );
}

/**
 * The rows not drawn yet, as one row of their height at the default size, so
 * the grid scrolls as far as it would with every row drawn; its first row's
 * number tells where a chart anchored below it goes (`placeCharts`).
 */
function undrawnRows(first: number, last: number, span: number): VElement | null {
  if (first > last) return null;
  return h(
    'tr',
    { class: UNDRAWN_ROWS, 'data-first-row': first, style: `height:${(last - first + 1) * DEFAULT_ROW_HEIGHT}px` },
    h('td', { colspan: span }),
  );
}

const SELECTED = 'selected';

/** Marks the selected cell, its column's letter and its row's number, and unmarks whatever was marked before. */
export function markSelection(grid: HTMLElement, selection: CellPosition): void {
  const marked = [
    grid.querySelector(`td[data-a1="${a1Of(selection)}"]`),
    grid.querySelector(`th.column-header[data-column="${selection.column}"]`),
    grid.querySelector(`tr[data-row="${selection.row}"] > th.row-header`),
  ];
  for (const element of grid.querySelectorAll(`.${SELECTED}`))
    if (!marked.includes(element)) element.classList.remove(SELECTED);
  for (const element of marked) element?.classList.add(SELECTED);
}
