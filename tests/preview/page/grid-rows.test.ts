/**
 * The grid draws the rows from the top to a little past the bottom of its
 * view, and the rest as one empty stretch of their height, so the grid
 * scrolls as far as it would with every row drawn; more rows come into
 * reach as the person scrolls, and the selected cell's row is always drawn.
 * (In the browser: tests/e2e/kpi-kept reads a row far below the first
 * screen, and tests/e2e/monthly-report reads a report tab to its end.)
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../packages/preview/addon-emulator';
import {
  DEFAULT_ROW_HEIGHT,
  ROWS_PAST_VIEW,
  gridExtent,
  rowsToDraw,
} from '../../../packages/preview/page/grid-geometry';
import { UNDRAWN_ROWS, gridView } from '../../../packages/preview/page/grid-view';
import type { VElement } from '../../../src/sidebar/view/vnode';

function longSheet() {
  const emulator = createEmulator();
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Long');
  sheet.getRange('A1:B200').setValues(Array.from({ length: 200 }, (_, row) => [`row ${row + 1}`, row + 1]));
  sheet.setFrozenRows(1);
  return emulator.snapshot('Long');
}

function bodyRows(table: VElement): VElement[] {
  const tbody = table.children.find((child) => child.kind === 'element' && child.tag === 'tbody') as VElement;
  return tbody.children as VElement[];
}

describe('the rows the grid draws', () => {
  const sheet = longSheet();
  const extent = gridExtent(sheet);

  it('reach past the bottom of the view, as many as fit at the default height, and no further than the sheet', () => {
    expect(extent.rows).toBe(220);
    const view = { scrollTop: 0, height: 21 * 30 };
    expect(rowsToDraw(extent, view, 1)).toBe(30 + ROWS_PAST_VIEW);
    // Scrolled down 100 rows: those rows and the screen below them.
    expect(rowsToDraw(extent, { ...view, scrollTop: 100 * DEFAULT_ROW_HEIGHT }, 1)).toBe(130 + ROWS_PAST_VIEW);
    // Near the end: every row, none beyond the sheet's.
    expect(rowsToDraw(extent, { ...view, scrollTop: 215 * DEFAULT_ROW_HEIGHT }, 1)).toBe(220);
    // The selected cell's row, wherever the view is (the page scrolls to it and opens the editor there).
    expect(rowsToDraw(extent, view, 180)).toBe(180);
  });

  it('are drawn from the top; the rest stand as one row of their height at the default size', () => {
    const rows = bodyRows(gridView({ sheet, lang: 'en', rows: 50 }));
    expect(rows).toHaveLength(51);
    expect(rows.slice(0, 50).map((row) => row.attrs['data-row'])).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    );
    const undrawn = rows[50] as VElement;
    expect(undrawn.attrs.class).toBe(UNDRAWN_ROWS);
    expect(undrawn.attrs['data-first-row']).toBe(51);
    expect(undrawn.attrs.style).toBe(`height:${170 * DEFAULT_ROW_HEIGHT}px`);
    // One cell across the row numbers and every column.
    expect((undrawn.children[0] as VElement).attrs.colspan).toBe(extent.columns + 1);
  });

  it('with every row drawn, leave no empty stretch', () => {
    const rows = bodyRows(gridView({ sheet, lang: 'en', rows: extent.rows }));
    expect(rows).toHaveLength(extent.rows);
    expect(rows.some((row) => row.attrs.class === UNDRAWN_ROWS)).toBe(false);
  });
});
