import { readRaciMatrix, type InvalidRaciCell, type RaciMatrix } from '../core/raci';
import {
  fail,
  isBlank,
  shapeOf,
  toGrid,
  type SheetsArg,
  type SheetsGrid,
  type SheetsScalar,
} from '../core/sheet-values';

/**
 * A responsibility matrix passed to a custom function: directions as rows,
 * roles or people as columns, only the R/A/C/I cells (no header row, no
 * column of direction names). The first misread cell stops the function
 * with a message naming it: a silent miscount would pass a wrong matrix.
 */
export function readMatrixArgument(arg: string, value: SheetsArg | undefined): RaciMatrix {
  // An omitted matrix never gets here (the runner names it missing first); a null one is a grid of no cells.
  const grid = toGrid(arg, value);
  if (shapeOf(grid).rows === 0 || shapeOf(grid).columns === 0) fail({ kind: 'missing_argument', arg });
  const reading = readRaciMatrix(grid);
  return reading.ok ? reading.matrix : failOn(arg, reading.invalidCells[0]);
}

function failOn(arg: string, cell: InvalidRaciCell): never {
  // Always row and column: a matrix is two-dimensional even when it has one role.
  const position = { row: cell.row, column: cell.column };
  switch (cell.problem) {
    case 'error_value':
      return fail({ kind: 'error_value', arg, position, value: cell.text });
    case 'repeated_letter':
      return fail({ kind: 'raci_letter_repeated', arg, position, value: cell.text });
    case 'not_raci':
      return fail({ kind: 'raci_cell_invalid', arg, position, value: cell.text, labelHint: cell.labelHint });
  }
}

/**
 * Optional names for the matrix's columns (the header row above it), so
 * messages can say who: one row with one cell per column. Omitted: `undefined`.
 */
export function readColumnNamesArgument(
  arg: string,
  value: SheetsArg | undefined,
  matrixArg: string,
  columns: number,
): string[] | undefined {
  // Omitted, or skipped (Sheets passes a blank): undefined is blank too.
  if (!Array.isArray(value) && isBlank(value)) return undefined;
  const grid: SheetsGrid = toGrid(arg, value);
  const shape = shapeOf(grid);
  if (shape.rows !== 1 || shape.columns !== columns)
    fail({ kind: 'names_shape_mismatch', arg, shape, otherArg: matrixArg, columns });
  return (grid[0] ?? []).map(nameText);
}

function nameText(value: SheetsScalar): string {
  return isBlank(value) ? '' : String(value).trim();
}
