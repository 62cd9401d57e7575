/**
 * Before saying "every letter you set is kept", the build checks: each
 * non-blank matrix cell the tab held before the build is looked up where
 * the plan put it, in the tab as it is after the build. A cell that stayed
 * in its column must hold exactly what it held (a formula the same
 * formula); letters a switch between roles and people moved must all be in
 * the columns they went to, on the same direction. What fails is named.
 */
import { a1Cell } from '../a1-notation';
import { isDate, type SheetsScalar } from '../sheet-values';
import type { RolesMatrixPlan } from './plan-roles-matrix';
import { cellText, type RolesTabStructure, type SheetRegion } from './read-roles-tab';
import { lettersOf } from './tab-reader';

/** "Strategy × Head of marketing" for every matrix cell not found as it was, "H3" for a cell around it; empty when all were. */
export function lettersNotKept(before: SheetRegion, structure: RolesTabStructure, plan: RolesMatrixPlan, after: SheetRegion): string[] {
  const value = (region: SheetRegion, row: number, column: number): SheetsScalar => region.values[row]?.[column] ?? '';
  const formula = (region: SheetRegion, row: number, column: number): string => region.formulas[row]?.[column] ?? '';
  const missing: string[] = [];
  /** Old cell (row, column) at new row `at` (-1: none), in the new columns `into`. */
  const isKept = (row: number, column: number, at: number, into: readonly number[]): boolean => {
    const was = value(before, row, column);
    const first = into[0];
    if (at < 0 || first === undefined) return false;
    if (into.length === 1 && plan.columns[first]?.origin === 'sheet') {
      const wasFormula = formula(before, row, column);
      return wasFormula !== '' ? formula(after, 1 + at, 1 + first) === wasFormula : sameValue(value(after, 1 + at, 1 + first), was);
    }
    const now = new Set(into.flatMap((index) => lettersOf(value(after, 1 + at, 1 + index))));
    const letters = lettersOf(was);
    return letters.length > 0 && letters.every((letter) => now.has(letter));
  };
  for (let row = 1; row < structure.loadRow; row++) {
    const newRow = plan.rows.findIndex((planned) => planned.oldRow === row);
    for (let column = 1; column < structure.checkColumn; column++) {
      if (cellText(value(before, row, column)) === '') continue;
      const targets = plan.columns.flatMap((planned, index) => (planned.oldColumns.includes(column) ? [index] : []));
      if (!isKept(row, column, newRow, targets)) missing.push(`${cellText(value(before, row, 0))} × ${cellText(value(before, 0, column))}`);
    }
  }
  // The cells around the matrix that are a person's (a comment column, a block under the tab), where the plan carried them.
  for (const cell of plan.carried) {
    const wasFormula = formula(before, cell.from.row, cell.from.column);
    const arrived =
      wasFormula !== '' ? formula(after, cell.row, cell.column) === wasFormula : sameValue(value(after, cell.row, cell.column), value(before, cell.from.row, cell.from.column));
    if (!arrived) missing.push(a1Cell(cell.from.row + 1, cell.from.column + 1));
  }
  return missing;
}

function sameValue(a: SheetsScalar, b: SheetsScalar): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}
