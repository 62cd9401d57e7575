/**
 * A matrix from a template file (src/shared/template-document.ts) meeting
 * the Roles tab's plan: the file's letters win wherever the file has the
 * row (a direction by its id, a row the team added by its name) and the
 * column (by its id) and the tab's cell holds other letters (or none); the
 * directions a team added come along as rows; the tab's other rows and
 * columns, and any cell that holds something other than letters, keep what
 * they hold.
 */
import { formatRaciCell, readRaciCell } from '../raci';
import type { SheetsScalar } from '../sheet-values';
import { asPlainText } from '../text-safety';
import type { MatrixDocument } from '../../shared/template-document';
import type { PlannedRolesColumn } from './plan-columns';
import type { PlannedRolesRow, RowWithOrigin } from './plan-rows';
import { nameKey } from './read-roles-tab';

type ImportedRow = MatrixDocument['rows'][number];

/** The file's added directions the tab does not have yet, as new rows after the others, each once. */
export function withImportedRows(rows: readonly RowWithOrigin[], imported: MatrixDocument): RowWithOrigin[] {
  const known = new Set(rows.filter((row) => row.directionId === null).map((row) => nameKey(row.name)));
  const added: RowWithOrigin[] = [];
  for (const row of imported.rows) {
    const key = nameKey(row.name);
    if (row.direction !== null || known.has(key)) continue;
    known.add(key);
    added.push({ directionId: null, label: asPlainText(row.name), name: row.name, oldRow: null });
  }
  return [...rows, ...added];
}

/** `cells` (rows × columns of the plan) with the file's letters written over them. */
export function withImportedLetters(
  rows: readonly PlannedRolesRow[],
  columns: readonly Pick<PlannedRolesColumn, 'id'>[],
  cells: readonly (readonly SheetsScalar[])[],
  imported: MatrixDocument,
): SheetsScalar[][] {
  const columnOf = new Map(imported.columns.map((id, index) => [id, index]));
  const byDirection = new Map<string, ImportedRow>();
  const byName = new Map<string, ImportedRow>();
  for (const row of imported.rows) {
    if (row.direction !== null) {
      if (!byDirection.has(row.direction)) byDirection.set(row.direction, row);
    } else if (!byName.has(nameKey(row.name))) byName.set(nameKey(row.name), row);
  }
  return rows.map((row, r) => {
    const current = cells[r] ?? [];
    const source = row.directionId !== null ? byDirection.get(row.directionId) : byName.get(nameKey(row.name));
    if (!source) return [...current];
    return columns.map((column, c) => {
      const index = column.id !== null ? columnOf.get(column.id) : undefined;
      const there = current[c] ?? '';
      if (index === undefined) return there;
      const wanted = canonicalRaciText(source.cells[index] ?? '');
      // The file holds letters only: a cell of anything else (a note, a formula) is the person's, and
      // a cell whose letters the file repeats stays as they wrote it ("a" stays "a"): never converted.
      if (!holdsLettersOnly(there) || canonicalRaciText(there) === wanted) return there;
      return wanted;
    });
  });
}

/** Letters or nothing: a cell an imported file may write over. Anything else (a note, a formula) is a person's. */
export function holdsLettersOnly(value: SheetsScalar): boolean {
  return readRaciCell(typeof value === 'string' ? value.replace(/^'/, '') : value).ok;
}

/** A matrix cell as the add-on writes it ("R/A"); '' for a cell that holds no letters or anything else. */
export function canonicalRaciText(value: SheetsScalar): string {
  const reading = readRaciCell(value);
  return reading.ok ? formatRaciCell(reading.cell) : '';
}
