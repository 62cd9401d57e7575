/**
 * Where things sit on the Roles tab (0-based grid positions):
 *
 *     row 0        Direction | role or person names …        | Check
 *     rows 1..R    direction | R/A/C/I cells (the matrix)    | =RACI_CHECK(matrix, names) spilling down
 *     load row     Load      | =ROLE_LOAD(matrix, limit) spilling right
 *     then         a gap, the team's figures (head count, people, limit),
 *                  the staffing check, a gap, and the legend — all in
 *                  columns A and B
 *
 * Only the matrix grows (a column per role or person, a row per custom
 * direction); the rows under it are a fixed "tail" that moves with it.
 */

/** The tail's rows in order, from the load row. */
export const ROLES_TAIL_ROWS = [
  'load',
  'gap_after_load',
  'headcount',
  'people',
  'limit',
  'staffing',
  'gap_before_legend',
  'legend_r',
  'legend_a',
  'legend_c',
  'legend_i',
  'legend_ra',
] as const;

export type RolesTailRow = (typeof ROLES_TAIL_ROWS)[number];

export const ROLES_TAIL_LENGTH = ROLES_TAIL_ROWS.length;

/** Offset of a tail row from the load row. */
export function tailOffset(row: RolesTailRow): number {
  return ROLES_TAIL_ROWS.indexOf(row);
}

/** The letters of the matrix cells' drop-down: one per letter, and R/A, the one combination a role commonly holds. */
export const RACI_DROPDOWN_VALUES: readonly string[] = ['R', 'A', 'C', 'I', 'R/A'];

/** Column A, the label column, and the tail's value column B. */
export const LABEL_COLUMN = 0;
export const TAIL_VALUE_COLUMN = 1;

/** The positions of a Roles tab with `rows` matrix rows and `columns` matrix columns. */
export interface RolesTabPositions {
  matrixRows: number;
  matrixColumns: number;
  /** 0-based column of the Check column. */
  checkColumn: number;
  /** 0-based row of the load row. */
  loadRow: number;
  /** 0-based last row of the block (the legend's last row). */
  blockEnd: number;
}

export function rolesTabPositions(matrixRows: number, matrixColumns: number): RolesTabPositions {
  const loadRow = 1 + matrixRows;
  return {
    matrixRows,
    matrixColumns,
    checkColumn: 1 + matrixColumns,
    loadRow,
    blockEnd: loadRow + ROLES_TAIL_LENGTH - 1,
  };
}

/** The 0-based row of a tail row. */
export function tailRow(positions: RolesTabPositions, row: RolesTailRow): number {
  return positions.loadRow + tailOffset(row);
}
