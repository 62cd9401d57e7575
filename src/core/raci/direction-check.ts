import { hasLetter, type RaciCell, type RaciMatrix } from './raci-letter';

/**
 * What can be wrong with one direction (a row of the matrix): it needs
 * exactly one accountable (A) — with none, nobody answers for the result;
 * with several, each expects another to — and at least one responsible (R),
 * or the work is nobody's.
 */
export type DirectionFault =
  | { kind: 'no_accountable' }
  /** `columns`: the 0-based columns holding A, in order. */
  | { kind: 'several_accountable'; count: number; columns: number[] }
  | { kind: 'no_responsible' };

export interface DirectionCheck {
  /** 0-based row in the matrix. */
  row: number;
  /** 0-based columns holding A. */
  accountable: number[];
  /** 0-based columns holding R. */
  responsible: number[];
  /** Empty when the direction is in order; otherwise the A fault comes before the R fault. */
  faults: DirectionFault[];
}

export function checkDirection(cells: readonly RaciCell[], row: number): DirectionCheck {
  const accountable = columnsWith(cells, 'A');
  const responsible = columnsWith(cells, 'R');
  const faults: DirectionFault[] = [];
  if (accountable.length === 0) faults.push({ kind: 'no_accountable' });
  if (accountable.length > 1)
    faults.push({ kind: 'several_accountable', count: accountable.length, columns: accountable });
  if (responsible.length === 0) faults.push({ kind: 'no_responsible' });
  return { row, accountable, responsible, faults };
}

/** One check per row. A blank row is a direction nobody is assigned to, and is reported as such. */
export function checkDirections(matrix: RaciMatrix): DirectionCheck[] {
  return matrix.map((cells, row) => checkDirection(cells, row));
}

function columnsWith(cells: readonly RaciCell[], letter: 'A' | 'R'): number[] {
  const columns: number[] = [];
  cells.forEach((cell, column) => {
    if (hasLetter(cell, letter)) columns.push(column);
  });
  return columns;
}
