/**
 * Reading an anchored tab once (values and formulas of every used cell) and
 * writing the add-on's own cells back in runs.
 */
import type { CellGrid } from '../../core/anchored/kept-check';
import type { ColumnWrites } from '../../core/anchored/owned-cells';
import type { SheetsScalar } from '../../core/sheet-values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableGrid extends CellGrid {
  lastRow: number;
  lastColumn: number;
}

/** Every used cell from row 1: two calls, whatever the table's size. */
export function readTableGrid(sheet: Sheet): TableGrid {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return { firstRow: 1, values: [], formulas: [], lastRow: 0, lastColumn: 0 };
  const range = sheet.getRange(1, 1, lastRow, lastColumn);
  return {
    firstRow: 1,
    values: range.getValues() as SheetsScalar[][],
    formulas: range.getFormulas(),
    lastRow,
    lastColumn,
  };
}

/** One setValues per run of neighbouring rows; nothing when the column holds what it should. */
export function writeColumnRuns(sheet: Sheet, column: number, writes: ColumnWrites): void {
  for (const run of writes.runs)
    sheet.getRange(run.firstRow, column, run.values.length, 1).setValues(run.values.map((value) => [value]));
}
