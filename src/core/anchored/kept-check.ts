/**
 * The check behind every "kept": the cells a person owns, read before a
 * build, compared with the same cells after it (found again where the
 * build's row insertion moved them). A message may say "all values kept"
 * only when this finds nothing.
 */
import { isDate, type SheetsScalar } from '../sheet-values';

/** A block of cells read with getValues and getFormulas, from row `firstRow`, column 1. */
export interface CellGrid {
  firstRow: number;
  values: readonly (readonly SheetsScalar[])[];
  formulas: readonly (readonly string[])[];
}

export interface CellPlace {
  row: number;
  column: number;
}

function cellOf(grid: CellGrid, row: number, column: number): { value: SheetsScalar; formula: string } {
  const r = row - grid.firstRow;
  return { value: grid.values[r]?.[column - 1] ?? '', formula: grid.formulas[r]?.[column - 1] ?? '' };
}

function sameValue(a: SheetsScalar, b: SheetsScalar): boolean {
  // isDate, not instanceof: a Date read through the bundle's context (node:vm in tests and the preview) is another realm's.
  if (isDate(a) || isDate(b)) return String(a) === String(b);
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * @param isPersons whether the cell at (row, column) before the build is a person's (and so must be unchanged)
 * @param moved where a row read before the build is after it
 * @param movedColumn where a column read before the build is after it (the build's column insertion)
 * @returns the cells (as they are placed after the build) that differ
 */
export function changedCells(
  before: CellGrid,
  after: CellGrid,
  isPersons: (place: CellPlace) => boolean,
  moved: (row: number) => number,
  movedColumn: (column: number) => number = (column) => column,
  /** The build inserted rows or columns, so Sheets rewrote the references in a person's formulas: a formula still there is kept. */
  formulasShifted = false,
): CellPlace[] {
  const changed: CellPlace[] = [];
  before.values.forEach((line, r) => {
    const row = before.firstRow + r;
    for (let column = 1; column <= line.length; column++) {
      if (!isPersons({ row, column })) continue;
      const was = cellOf(before, row, column);
      const now = cellOf(after, moved(row), movedColumn(column));
      const formulaKept = was.formula === now.formula || (formulasShifted && was.formula !== '' && now.formula !== '');
      if (!formulaKept || (was.formula === '' && !sameValue(was.value, now.value)))
        changed.push({ row: moved(row), column: movedColumn(column) });
    }
  });
  return changed;
}
