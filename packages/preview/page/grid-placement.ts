/**
 * What is placed after the grid is drawn, from sizes only the browser
 * knows: where each frozen row sticks (rows that wrap are taller), where
 * each chart box sits, where an overlay (the cell editor, a drop-down list)
 * goes over a cell.
 */
import { COLUMN_HEADER_HEIGHT, DEFAULT_ROW_HEIGHT } from './grid-geometry';
import { UNDRAWN_ROWS } from './grid-view';

/** Each frozen row sticks below the column letters and the frozen rows above it. */
export function placeFrozenRows(grid: HTMLElement): void {
  let top = COLUMN_HEADER_HEIGHT;
  for (const row of grid.querySelectorAll<HTMLTableRowElement>('tr.frozen-row')) {
    row.style.setProperty('--row-top', `${top}px`);
    top += row.getBoundingClientRect().height;
  }
}

/** Each chart box goes to its anchor cell, shifted by its offsets, at its size. */
export function placeCharts(grid: HTMLElement): void {
  for (const box of grid.querySelectorAll<HTMLElement>('.chart-placeholder')) {
    const anchor = anchorPlace(grid, box);
    box.hidden = !anchor;
    if (!anchor) continue;
    box.style.left = `${anchor.left + Number(box.dataset.offsetX)}px`;
    box.style.top = `${anchor.top + Number(box.dataset.offsetY)}px`;
    box.style.width = `${box.dataset.width}px`;
    box.style.height = `${box.dataset.height}px`;
  }
}

/**
 * Where a chart's anchor cell is: the cell itself when its row is drawn;
 * in the rows not drawn yet, its column's letter and that stretch's top, one
 * default row per row above it (the box moves to the cell once it is drawn).
 */
function anchorPlace(grid: HTMLElement, box: HTMLElement): { left: number; top: number } | null {
  const anchor = grid.querySelector<HTMLElement>(`td[data-a1="${box.dataset.anchor ?? ''}"]`);
  if (anchor) return { left: anchor.offsetLeft, top: anchor.offsetTop };
  const undrawn = grid.querySelector<HTMLElement>(`tr.${UNDRAWN_ROWS}`);
  const column = grid.querySelector<HTMLElement>(`th.column-header[data-column="${box.dataset.anchorColumn}"]`);
  const rowsAbove = Number(box.dataset.anchorRow) - Number(undrawn?.dataset.firstRow);
  if (!undrawn || !column || !(rowsAbove >= 0)) return null;
  return { left: column.offsetLeft, top: undrawn.offsetTop + rowsAbove * DEFAULT_ROW_HEIGHT };
}

/** Puts `overlay` (absolutely placed inside the scrolling `container`) over `cell`, or just below it. */
export function placeOverCell(
  overlay: HTMLElement,
  cell: HTMLElement,
  container: HTMLElement,
  where: 'over' | 'below',
): DOMRect {
  const box = cell.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  overlay.style.left = `${box.left - frame.left + container.scrollLeft}px`;
  overlay.style.top = `${(where === 'over' ? box.top : box.bottom) - frame.top + container.scrollTop}px`;
  return box;
}
