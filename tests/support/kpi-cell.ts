/**
 * A KPI tab's cell found by its column's key, never by a letter: a column
 * added to the layout moves the letters, not the tests.
 */
import { a1Cell } from '../../src/core/a1-notation';
import { type KpiColumnKey, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';

/** "C2" for `kpiCell('spend', 2)`: the column's cell on sheet row `row` (1 is the header). */
export function kpiCell(key: KpiColumnKey, row: number): string {
  const index = kpiColumnIndex(key);
  if (index < 0) throw new Error(`no KPI column ${key}`);
  return a1Cell(row, index + 1);
}
