/**
 * How each kind of parameter (parameters.ts) is read from what Sheets hands
 * over, in two steps the runner takes for every argument in order: its
 * shape (a column is one column; paired ranges are the same size), then its
 * values (every cell checked, the sum taken in one pass). The number
 * readers themselves live in core/sheet-values.
 */
import {
  checkColumn,
  fail,
  isBlank,
  isRange,
  readColumn,
  readSingle,
  requireSameShape,
  shapeOf,
  sumArgument,
  toGrid,
  type ArgumentProblem,
  type CellPosition,
  type SheetsArg,
  type SheetsGrid,
} from '../core/sheet-values';
import type { NumberParameter, Parameter, PerRowParameter, SumParameter, WholeNumberParameter } from './parameters';
import { readColumnNamesArgument, readMatrixArgument } from './raci-matrix-argument';

/** What the runner knows of the other arguments while it reads one. */
export interface ReadSoFar {
  /** An earlier argument's shaped form (a column's grid), by name. */
  shaped(name: string): SheetsArg | null;
  /** An earlier argument's value, by name. */
  value(name: string): unknown;
}

/** Sheets passes a skipped optional argument as blank; treat it as not given. */
export function isOmitted(value: SheetsArg | undefined): boolean {
  return !Array.isArray(value) && isBlank(value);
}

/** Step one: the argument's shape, checked against the argument it pairs with. `null` for an omitted optional column. */
export function shapeArgument(parameter: Parameter, value: SheetsArg, soFar: ReadSoFar): SheetsArg | null {
  switch (parameter.kind) {
    case 'sum':
      pairSums(parameter, value, soFar);
      return value;
    case 'column': {
      if (parameter.optional && isOmitted(value)) return null;
      const grid = singleColumn(parameter.name, value);
      if (parameter.sameShapeAs !== undefined) {
        const other = soFar.shaped(parameter.sameShapeAs);
        if (other != null) requireSameShape(parameter.sameShapeAs, other, parameter.name, grid);
      }
      return grid;
    }
    default:
      return value;
  }
}

/** Step two: the argument's value, every cell checked. */
export function readArgument(parameter: Parameter, shaped: SheetsArg | null, soFar: ReadSoFar): unknown {
  switch (parameter.kind) {
    case 'sum':
      return sumArgument(parameter.name, shaped, parameter);
    case 'column':
      return shaped === null ? null : checkColumn(parameter.name, shaped, parameter);
    case 'number':
      return readNumber(parameter, shaped);
    case 'per-row':
      return readPerRow(parameter, shaped, soFar);
    case 'whole-number':
      return readWholeNumber(parameter, shaped);
    case 'raci-matrix':
      return readMatrixArgument(parameter.name, shaped ?? undefined);
    case 'column-names': {
      const matrix = soFar.value(parameter.columnsOf) as readonly (readonly unknown[])[];
      return readColumnNamesArgument(parameter.name, shaped ?? undefined, parameter.columnsOf, matrix[0]?.length ?? 0);
    }
  }
}

/** Two ranges that add up side by side are the same size; a single value may stand beside a range. */
function pairSums(parameter: SumParameter, value: SheetsArg, soFar: ReadSoFar): void {
  if (parameter.sameShapeAs === undefined) return;
  const other = soFar.shaped(parameter.sameShapeAs);
  if (other != null && isRange(other) && isRange(value))
    requireSameShape(parameter.sameShapeAs, other, parameter.name, value);
}

/** A single value or a one-column range; the rows are checked as they are read. */
function singleColumn(arg: string, value: SheetsArg): SheetsGrid {
  const grid = Array.isArray(value) ? value : toGrid(arg, value);
  const shape = shapeOf(grid);
  if (shape.columns !== 1) fail({ kind: 'single_column_expected', arg, shape });
  return grid;
}

function readNumber(parameter: NumberParameter, value: SheetsArg | null): number {
  const number = readSingle(parameter.name, value ?? undefined) ?? parameter.default;
  requireWithinBounds(parameter, number, { row: 1 });
  return number;
}

/** One number for every row, or a column with one per row when the paired column has more than one. */
function readPerRow(
  parameter: PerRowParameter,
  value: SheetsArg | null,
  soFar: ReadSoFar,
): number | null | (number | null)[] {
  if (value === null || isOmitted(value)) return parameter.default ?? null;
  const rows = soFar.shaped(parameter.rowsOf);
  if (Array.isArray(value) && Array.isArray(rows) && rows.length > 1 && value.length > 1) {
    const grid = singleColumn(parameter.name, value);
    requireSameShape(parameter.rowsOf, rows, parameter.name, grid);
    // "0 or more" is the readers' own rule, checked cell by cell as they read, so the first problem in the column is the one named.
    const nonNegative = parameter.outOfBounds === 'negative_value' && parameter.atLeast === 0;
    const column = readColumn(parameter.name, grid, { nonNegative });
    if (!nonNegative)
      for (let row = 0; row < column.length; row++) {
        const number = column[row];
        if (number != null) requireWithinBounds(parameter, number, { row: row + 1 });
      }
    return column;
  }
  const number = readSingle(parameter.name, value);
  if (number !== null) requireWithinBounds(parameter, number, { row: 1 });
  return number ?? parameter.default ?? null;
}

function requireWithinBounds(
  parameter: NumberParameter | PerRowParameter,
  value: number,
  position: CellPosition,
): void {
  const { above, atLeast, atMost } = parameter;
  const within =
    (above === undefined || value > above) &&
    (atLeast === undefined || value >= atLeast) &&
    (atMost === undefined || value <= atMost);
  if (!within) fail(outOfBounds(parameter, value, position));
}

function outOfBounds(
  parameter: NumberParameter | PerRowParameter,
  value: number,
  position: CellPosition,
): ArgumentProblem {
  const arg = parameter.name;
  switch (parameter.outOfBounds) {
    case 'negative_value':
      return { kind: 'negative_value', arg, position, value: String(value) };
    case 'not_positive':
      return { kind: 'not_positive', arg, position, value: String(value) };
    case 'margin_out_of_range':
      return { kind: 'margin_out_of_range', value: String(value) };
  }
}

/** A count or a limit: one whole number, `min` or more. Blank is omitted: the default, or a missing argument. */
function readWholeNumber(parameter: WholeNumberParameter, value: SheetsArg | null): number {
  const arg = parameter.name;
  const number = value === null || isOmitted(value) ? null : readSingle(arg, value);
  if (number === null) return parameter.default ?? fail({ kind: 'missing_argument', arg });
  if (!Number.isInteger(number) || number < parameter.min)
    fail(
      parameter.notWhole === 'min_leads_invalid'
        ? { kind: 'min_leads_invalid', arg, value: String(number) }
        : { kind: 'whole_number_expected', arg, value: String(number), min: parameter.min },
    );
  return number;
}
