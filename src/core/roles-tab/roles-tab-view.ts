/**
 * The cells the sidebar's findings read from the Roles tab: the matrix's
 * letters, the direction and column names beside them, and the team's
 * figures under them. An anchored tab is read through its anchors (its
 * columns by their developer metadata, see roles-projection.ts; its rows by
 * their labels), so a person's inserted rows and columns, a sort, a moved
 * column or a renamed tab never shift what is read. A tab built before
 * anchoring is read by its formulas and labels (read-roles-tab.ts).
 */
import type { MatrixColumnMode } from '../../shared/team-settings';
import type { SheetsScalar } from '../sheet-values';
import { columnKind, modeColumnKind } from './matrix-columns';
import { cellText, findRolesTabStructure, type SheetRegion } from './read-roles-tab';
import { findRolesFrame, projectRolesTab, type FrameAnchor, type RolesAnchors } from './roles-projection';
import { LABEL_COLUMN, TAIL_VALUE_COLUMN, tailRow, type RolesTailRow } from './roles-tab-layout';

export interface RolesTabView {
  /** Directions × matrix columns, as the tab holds them. */
  letters: SheetsScalar[][];
  /** Each direction's label ('' when blank), and its 1-based sheet row, for "row 5". */
  directionNames: string[];
  directionRows: number[];
  /** Each matrix column's header ('' when blank), its 1-based sheet column, and its id (`null` on a tab built before anchoring). */
  columnNames: string[];
  columnNumbers: number[];
  columnIds: (string | null)[];
  headcount: SheetsScalar;
  people: SheetsScalar;
  limit: SheetsScalar;
}

/** A tab built before anchoring: its parts found by their formulas and labels; `null` when it is not the add-on's. */
export function positionalRolesView(region: SheetRegion): RolesTabView | null {
  const structure = findRolesTabStructure(region);
  if (!structure) return null;
  const value = (row: number, column: number): SheetsScalar => region.values[row]?.[column] ?? '';
  const rows = Array.from({ length: structure.matrixRows }, (_, index) => 1 + index);
  const columns = Array.from({ length: structure.matrixColumns }, (_, index) => 1 + index);
  const figure = (row: 'headcount' | 'people' | 'limit') => value(tailRow(structure, row), TAIL_VALUE_COLUMN);
  return {
    letters: rows.map((row) => columns.map((column) => value(row, column))),
    directionNames: rows.map((row) => cellText(value(row, LABEL_COLUMN))),
    directionRows: rows.map((row) => row + 1),
    columnNames: columns.map((column) => cellText(value(0, column))),
    columnNumbers: columns.map((column) => column + 1),
    columnIds: columns.map(() => null),
    headcount: figure('headcount'),
    people: figure('people'),
    limit: figure('limit'),
  };
}

export type AnchoredViewRead =
  | { ok: true; view: RolesTabView }
  | { ok: false; missing: (FrameAnchor | 'header' | 'load' | RolesTailRow)[] };

/**
 * An anchored tab through its anchors. The matrix is the anchored columns of
 * the kind the last build laid out (`mode`; every one when unknown): a
 * column of the other kind the build left beside the matrix is out of its
 * checks, as on the tab. A row a person inserted and left blank is no
 * direction, and the tab checks none there either.
 */
export function anchoredRolesView(
  grid: SheetRegion,
  anchors: RolesAnchors,
  mode: MatrixColumnMode | null,
): AnchoredViewRead {
  const projection = projectRolesTab(grid, anchors);
  const frame = findRolesFrame(projection);
  if (!frame.ok) return { ok: false, missing: frame.missing };
  const kind = mode === null ? null : modeColumnKind(mode);
  const matrix = anchors.matrix.flatMap((item, index) =>
    kind === null || columnKind(item.id) === kind ? [{ ...item, projected: 1 + index }] : [],
  );
  const value = (row: number, projected: number): SheetsScalar => projection.region.values[row]?.[projected] ?? '';
  const rows = Array.from({ length: frame.structure.loadRow - 1 }, (_, index) => 1 + index).filter(
    (row) => cellText(value(row, 0)) !== '' || matrix.some((column) => cellText(value(row, column.projected)) !== ''),
  );
  const figure = (row: 'headcount' | 'people' | 'limit'): SheetsScalar =>
    grid.values[frame.tailRows.get(row) ?? -1]?.[anchors.figures - 1] ?? '';
  return {
    ok: true,
    view: {
      letters: rows.map((row) => matrix.map((column) => value(row, column.projected))),
      directionNames: rows.map((row) => cellText(value(row, 0))),
      directionRows: rows.map((row) => row + 1),
      columnNames: matrix.map((column) => cellText(value(0, column.projected))),
      columnNumbers: matrix.map((column) => column.column),
      columnIds: matrix.map((column) => column.id),
      headcount: figure('headcount'),
      people: figure('people'),
      limit: figure('limit'),
    },
  };
}
