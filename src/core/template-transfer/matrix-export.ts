/**
 * The responsibility matrix as a template file holds it: the rows the
 * Roles tab's plan has (the twelve directions, then the rows a team added)
 * × the team's columns, each cell as the add-on writes letters ("R/A").
 * Reading through the plan means the file holds what a rebuild would write:
 * every letter a user set, renames followed.
 */
import type { RolesMatrixPlan } from '../roles-tab/plan-roles-matrix';
import { canonicalRaciText, holdsLettersOnly } from '../roles-tab/imported-letters';
import { nameKey } from '../roles-tab/read-roles-tab';
import type { MatrixDocument } from '../../shared/template-document';
import { MAX_MATRIX_ROWS } from './template-document-format';

/** Longest name a file's row may have (template-document.ts). */
const MAX_ROW_NAME = 100;

export function matrixDocumentOf(plan: RolesMatrixPlan): MatrixDocument {
  // Columns kept only because they hold letters belong to no one in the team: the team's columns travel, those do not.
  const teamColumns = plan.columns.flatMap((column, index) =>
    !column.kept && column.id !== null ? [{ id: column.id, index }] : [],
  );
  const seenNames = new Set<string>();
  const rows: MatrixDocument['rows'] = [];
  plan.rows.forEach((row, r) => {
    const name = row.name.trim();
    if (row.directionId === null) {
      // A row the team added is known by its name: one without a usable name, or a second of the same name, cannot be matched again.
      if (name === '' || name.length > MAX_ROW_NAME || seenNames.has(nameKey(name))) return;
      seenNames.add(nameKey(name));
    }
    rows.push({
      direction: row.directionId,
      name,
      cells: teamColumns.map(({ index }) => canonicalRaciText(plan.cells[r]?.[index] ?? '')),
    });
  });
  return { columns: teamColumns.map((column) => column.id), rows: rows.slice(0, MAX_MATRIX_ROWS) };
}

/** A matrix cell named as a file names it: its row (a direction by id, a team's row by name) and its column's id. */
export function matrixCellKey(row: { direction: string | null; name: string }, columnId: string): string {
  return `${row.direction ?? `name:${nameKey(row.name)}`}|${columnId}`;
}

/**
 * The cells of the plan that hold something other than letters (a note, a formula): an imported file never
 * writes over them (imported-letters.ts), so its preview must not count them as changing.
 */
export function personCellsOf(plan: RolesMatrixPlan): Set<string> {
  const keys = new Set<string>();
  plan.rows.forEach((row, r) => {
    plan.columns.forEach((column, c) => {
      if (column.id === null || holdsLettersOnly(plan.cells[r]?.[c] ?? '')) return;
      keys.add(matrixCellKey({ direction: row.directionId, name: row.name.trim() }, column.id));
    });
  });
  return keys;
}
