import type { SheetsGrid } from '../sheet-values';
import { readRaciCell, type RaciCellProblem } from './read-cell';
import type { RaciCell, RaciMatrix } from './raci-letter';

/**
 * Where a misread cell may come from: a header row or a column of direction
 * names caught in the range. Only a hint: the cell is wrong either way.
 */
export type LabelHint = 'header_row' | 'label_column' | null;

export interface InvalidRaciCell {
  /** 1-based, within the matrix (not the sheet). */
  row: number;
  column: number;
  problem: RaciCellProblem;
  text: string;
  labelHint: LabelHint;
}

/** Not ok only with a cell to name: the first misread one always exists. */
export type RaciMatrixReading =
  | { ok: true; matrix: RaciMatrix }
  | { ok: false; invalidCells: [InvalidRaciCell, ...InvalidRaciCell[]] };

/**
 * Reads a whole range of Sheets values as a matrix, cell by cell (see
 * `readRaciCell`). Every invalid cell is reported, in reading order (row by
 * row), so the sidebar can list them all and a custom function can name the
 * first. The grid must be rectangular.
 */
export function readRaciMatrix(grid: SheetsGrid): RaciMatrixReading {
  const invalidCells: InvalidRaciCell[] = [];
  const matrix: RaciCell[][] = grid.map((values, r) =>
    values.map((value, c) => {
      const reading = readRaciCell(value);
      if (reading.ok) return reading.cell;
      invalidCells.push({
        row: r + 1,
        column: c + 1,
        problem: reading.problem,
        text: reading.text,
        labelHint: labelHint(r, c, reading.text, reading.problem),
      });
      return [];
    }),
  );
  const [first, ...rest] = invalidCells;
  return first === undefined ? { ok: true, matrix } : { ok: false, invalidCells: [first, ...rest] };
}

/** Words (three characters or more) in the first row or column look like a header or a direction's name. */
function labelHint(row: number, column: number, text: string, problem: RaciCellProblem): LabelHint {
  if (problem !== 'not_raci' || text.length < 3 || !/\p{L}/u.test(text)) return null;
  if (row === 0) return 'header_row';
  if (column === 0) return 'label_column';
  return null;
}
