import { hasLetter, type RaciMatrix } from './raci-letter';

/**
 * A role (or person) responsible for more directions than this is
 * overloaded: the articles' "one person does everything" failure, where the
 * specialist burns out and no direction succeeds. Four leaves room for the
 * default department's busiest role (the PR manager, with four).
 */
export const DEFAULT_MAX_RESPONSIBLE = 4;

export interface RoleLoad {
  /** 0-based column in the matrix. */
  column: number;
  /** Directions on which the role holds R, A, C, I. */
  responsible: number;
  accountable: number;
  consulted: number;
  informed: number;
  /** The limit the role was judged by. */
  maxResponsible: number;
  /** R on more than `maxResponsible` directions. */
  overloaded: boolean;
}

/** One load per column. Every row must have the same number of columns (a range from Sheets does). */
export function roleLoads(matrix: RaciMatrix, maxResponsible: number = DEFAULT_MAX_RESPONSIBLE): RoleLoad[] {
  const columns = matrix[0]?.length ?? 0;
  const loads: RoleLoad[] = [];
  for (let column = 0; column < columns; column++) {
    let responsible = 0;
    let accountable = 0;
    let consulted = 0;
    let informed = 0;
    for (const row of matrix) {
      const cell = row[column] ?? [];
      if (hasLetter(cell, 'R')) responsible++;
      if (hasLetter(cell, 'A')) accountable++;
      if (hasLetter(cell, 'C')) consulted++;
      if (hasLetter(cell, 'I')) informed++;
    }
    loads.push({
      column,
      responsible,
      accountable,
      consulted,
      informed,
      maxResponsible,
      overloaded: responsible > maxResponsible,
    });
  }
  return loads;
}
