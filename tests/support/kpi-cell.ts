/**
 * A KPI tab's cells found by their columns' keys, never by a letter: a column
 * added to the layout moves the letters, not the tests.
 */
import { a1Cell, columnLetters } from '../../src/core/a1-notation';
import { type KpiColumnKey, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';

function sheetColumn(key: KpiColumnKey): number {
  const index = kpiColumnIndex(key);
  if (index < 0) throw new Error(`no KPI column ${key}`);
  return index + 1;
}

/** "C" for `kpiLetter('spend')`: the column's letter, for whole-column references such as `KPI!C:C`. */
export function kpiLetter(key: KpiColumnKey): string {
  return columnLetters(sheetColumn(key));
}

/** "C2" for `kpiCell('spend', 2)`: the column's cell on sheet row `row` (1 is the header). */
export function kpiCell(key: KpiColumnKey, row: number): string {
  return a1Cell(row, sheetColumn(key));
}

/**
 * "K1:N37" for `kpiSpan('cpl', 'verdict', 1, 37)`: the rectangle from the first key's column to the last key's,
 * rows `fromRow` to `toRow`; "C2:C37" for one key (`kpiSpan('spend', 'spend', 2, 37)`); "O1" for one cell.
 */
export function kpiSpan(first: KpiColumnKey, last: KpiColumnKey, fromRow: number, toRow: number): string {
  const from = kpiCell(first, fromRow);
  const to = kpiCell(last, toRow);
  return from === to ? from : `${from}:${to}`;
}
