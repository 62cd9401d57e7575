/**
 * What restoring a Roles tab part a person deleted does next, decided from
 * the tab seen through its anchors (roles-projection.ts). Every step only
 * inserts (a row or a column, with Sheets' own insertion, so every
 * reference follows its cell) and labels the new cells, or tags a column
 * whose cells the part needs are blank; nothing a person typed is ever
 * written. The build that follows writes the add-on's own cells there.
 *
 * A part goes back where it belongs: the Check column after the matrix's
 * last column, the header above the directions, the load row under the
 * last direction, a figure or legend row in its place among the others,
 * the figures beside the labels. With nothing of the matrix left (every
 * column or every row of it deleted) a new block goes into new columns at
 * the tab's left. The direction column cannot come back: the direction
 * names in it are what tells the rows apart.
 */
import { cellText, type SheetRegion } from './read-roles-tab';
import { findRolesFrame, isOwnLabel, isTailLabel, projectRolesTab, rolesAnchorsFrom } from './roles-projection';
import { ROLES_TAIL_ROWS, type RolesTailRow } from './roles-tab-layout';

/** Sheet rows and columns are 1-based; `before`/`after` say where the new line goes. */
export type RolesRepairStep =
  | { kind: 'done' }
  | { kind: 'block' }
  | { kind: 'check_column'; after: number }
  | { kind: 'figures_column'; at: number }
  | { kind: 'figures_column_insert'; after: number }
  | { kind: 'row'; part: 'header' | 'load' | RolesTailRow; before: number }
  | { kind: 'stuck'; part: 'label' };

export function nextRepairStep(grid: SheetRegion, found: ReadonlyMap<string, number>): RolesRepairStep {
  if (found.size === 0) return { kind: 'block' };
  if (!found.has('label')) return { kind: 'stuck', part: 'label' };
  const label = found.get('label') ?? 1;
  const matrix = [...found]
    .filter(([key]) => key.startsWith('role:') || key.startsWith('person:'))
    .map(([, column]) => column);
  if (!found.has('check')) return { kind: 'check_column', after: Math.max(label, ...matrix) };

  // The rows are found with the figures' column standing in, whether or not it is there (the frame does not read it).
  const read = rolesAnchorsFrom(new Map([...found, ['figures', found.get('figures') ?? label]]));
  if (!read.ok) return { kind: 'stuck', part: 'label' };
  const projection = projectRolesTab(grid, read.anchors);
  const labels = projection.region.values.map((line) => line[0] ?? '');
  if (!labels.some(isOwnLabel)) return { kind: 'block' };

  const frame = findRolesFrame(projection);
  if (!frame.ok) {
    const part = frame.missing[0] ?? 'load';
    if (part === 'header') return { kind: 'row', part, before: 1 };
    if (part === 'load') return { kind: 'row', part, before: 1 + lastMatrixRow(projection.region) + 1 };
    // A figure or legend row: before the next one that is there, else after the last one there.
    const present = frame.tailRows ?? new Map<RolesTailRow, number>();
    const order = ROLES_TAIL_ROWS.indexOf(part);
    const next = ROLES_TAIL_ROWS.slice(order + 1).find((row) => present.has(row));
    if (next !== undefined) return { kind: 'row', part, before: (present.get(next) ?? 0) + 1 };
    const previous = [...ROLES_TAIL_ROWS.slice(0, order)].reverse().find((row) => present.has(row));
    return { kind: 'row', part, before: (present.get(previous ?? 'load') ?? 0) + 2 };
  }
  if (found.has('figures')) return { kind: 'done' };
  // The figures go beside the labels, in the first matrix column, when its cells on those rows are blank (as the build leaves them).
  const right = matrix.filter((column) => column > label);
  const first = right.length > 0 ? Math.min(...right) : null;
  // The load row holds a formula under every matrix column; the figures' cells are on the rows below it.
  const tailRows = [...frame.tailRows].flatMap(([row, at]) => (row === 'load' ? [] : [at]));
  const blank =
    first !== null &&
    tailRows.every(
      (row) => cellText(grid.values[row]?.[first - 1] ?? '') === '' && (grid.formulas[row]?.[first - 1] ?? '') === '',
    );
  return first !== null && blank
    ? { kind: 'figures_column', at: first }
    : { kind: 'figures_column_insert', after: label };
}

/** 0-based: the last row under the header, above the first figure or legend row, that holds anything; the header when none does. */
function lastMatrixRow(region: SheetRegion): number {
  const firstTail = region.values.findIndex((line, row) => row > 0 && isTailLabel(line[0] ?? ''));
  const end = firstTail < 0 ? region.values.length : firstTail;
  let last = 0;
  for (let row = 1; row < end; row++)
    if ((region.values[row] ?? []).some((value) => cellText(value) !== '')) last = row;
  return last;
}
