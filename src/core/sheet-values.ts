/**
 * What Sheets hands a custom function, and how we read it as numbers.
 *
 * A cell arrives as a number, a string ('' when blank), a boolean or a Date;
 * a range arrives as a 2-D array of those. Reading is strict on purpose:
 * text that looks like a number ("1 000 ₽") or an error value would silently
 * drop out of a sum and give a wrong answer, so it is reported instead.
 * Text that is plainly a label (a header such as "Revenue") is skipped, so
 * whole-column references like `B:B` work.
 */
export type SheetsScalar = number | string | boolean | Date | null | undefined;
export type SheetsGrid = SheetsScalar[][];
export type SheetsArg = SheetsScalar | SheetsGrid;

/** The spot in a range a problem is in: 1-based row, and column when the range is wider than one. */
export interface CellPosition {
  row: number;
  column?: number;
}

export type ValueProblemKind =
  | 'text_number'
  | 'error_value'
  | 'boolean_value'
  | 'date_value'
  | 'unsupported_value'
  | 'negative_value';

/**
 * A problem with one argument, described as data so the custom-function
 * layer can word it in the spreadsheet's language.
 */
export type ArgumentProblem =
  | { kind: ValueProblemKind; arg: string; position: CellPosition; value: string }
  | { kind: 'ragged_range'; arg: string }
  | { kind: 'shape_mismatch'; arg: string; shape: Shape; otherArg: string; otherShape: Shape }
  | { kind: 'single_value_expected'; arg: string; shape: Shape }
  | { kind: 'single_column_expected'; arg: string; shape: Shape }
  | { kind: 'missing_argument'; arg: string }
  | { kind: 'zero_leads' }
  | { kind: 'zero_cost' }
  | { kind: 'result_not_finite' }
  | { kind: 'margin_out_of_range'; value: string }
  | { kind: 'target_cpl_not_positive'; position: CellPosition; value: string }
  | { kind: 'min_leads_invalid'; value: string };

/** Thrown by the readers below; the custom-function layer turns it into a worded `Error`. */
export class ArgumentProblemError extends Error {
  constructor(readonly problem: ArgumentProblem) {
    super(problem.kind);
    this.name = 'ArgumentProblemError';
  }
}

export function fail(problem: ArgumentProblem): never {
  throw new ArgumentProblemError(problem);
}

export interface Shape {
  rows: number;
  columns: number;
}

/** Sheets' error values, as they reach a script inside a range. */
const SHEETS_ERRORS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!', '#LOADING...']);

/**
 * Text that a person meant as a number: digits with spaces, separators, a
 * sign, brackets, a percent sign or a currency mark ("1 000,50", "$1,200",
 * "12 500 ₽", "15%", "(300)", "2 000 руб."). A header like "Q1 leads" has
 * letters beyond a currency word, so it is a label.
 */
const NUMBER_LIKE_TEXT = /^[-+(]?\s*(?:[$€£¥₽]|usd|eur|rub|руб\.?|р\.)?\s*[-+]?\d[\d\s\u00a0\u202f.,'’]*\s*(?:%|[$€£¥₽]|usd|eur|rub|руб\.?|р\.)?\s*\)?$/i;

export function isBlank(value: SheetsScalar): boolean {
  return value === '' || value === null || value === undefined;
}

/** True for a Date from any realm (Apps Script, a vm context, a browser). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isSheetsError(value: string): boolean {
  return SHEETS_ERRORS.has(value.trim().toUpperCase());
}

export function looksLikeNumber(text: string): boolean {
  return NUMBER_LIKE_TEXT.test(text.trim());
}

/** A grid for any argument: a single value is a 1×1 range, omitted is an empty one. */
export function toGrid(arg: string, value: SheetsArg): SheetsGrid {
  if (Array.isArray(value)) {
    const width = Array.isArray(value[0]) ? value[0].length : -1;
    for (const row of value) {
      if (!Array.isArray(row) || row.length !== width) fail({ kind: 'ragged_range', arg });
    }
    return value;
  }
  return value === undefined ? [] : [[value]];
}

export function shapeOf(grid: SheetsGrid): Shape {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}

export function positionIn(shape: Shape, row: number, column: number): CellPosition {
  return shape.columns > 1 ? { row: row + 1, column: column + 1 } : { row: row + 1 };
}

/** How a cell reads as a number: a number, nothing (blank or label), or a problem. */
export function readCell(arg: string, value: SheetsScalar, position: CellPosition): number | null {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return fail({ kind: 'unsupported_value', arg, position, value: String(value) });
  }
  if (isBlank(value)) return null;
  if (typeof value === 'string') {
    if (isSheetsError(value)) fail({ kind: 'error_value', arg, position, value: value.trim() });
    if (looksLikeNumber(value)) fail({ kind: 'text_number', arg, position, value });
    return null;
  }
  if (typeof value === 'boolean') fail({ kind: 'boolean_value', arg, position, value: value ? 'TRUE' : 'FALSE' });
  if (isDate(value)) fail({ kind: 'date_value', arg, position, value: String(value) });
  return fail({ kind: 'unsupported_value', arg, position, value: String(value) });
}

export interface ReadOptions {
  /** Spend and leads cannot be below zero; revenue can (a refund). */
  nonNegative?: boolean;
}

/** Every cell of a grid read as a number or null, in the grid's shape. */
export function readGrid(arg: string, grid: SheetsGrid, options: ReadOptions = {}): (number | null)[][] {
  const shape = shapeOf(grid);
  return grid.map((row, r) =>
    row.map((cell, c) => {
      const position = positionIn(shape, r, c);
      const number = readCell(arg, cell, position);
      if (options.nonNegative && number !== null && number < 0) {
        fail({ kind: 'negative_value', arg, position, value: String(number) });
      }
      return number;
    }),
  );
}

/** The sum of the numbers in an argument, after every cell has been checked. */
export function sumArgument(arg: string, value: SheetsArg, options: ReadOptions = {}): number {
  let total = 0;
  for (const row of readGrid(arg, toGrid(arg, value), options)) {
    for (const number of row) if (number !== null) total += number;
  }
  return total;
}

/** A result Sheets can show: totals near 0 or beyond double range would give Infinity. */
export function finiteResult(value: number): number {
  return Number.isFinite(value) ? value : fail({ kind: 'result_not_finite' });
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.columns === b.columns;
}

/** Two ranges that pair row by row must be the same size; a single value pairs with nothing. */
export function requireSameShape(arg: string, grid: SheetsGrid, otherArg: string, otherGrid: SheetsGrid): void {
  const shape = shapeOf(grid);
  const otherShape = shapeOf(otherGrid);
  if (!sameShape(shape, otherShape)) fail({ kind: 'shape_mismatch', arg, shape, otherArg, otherShape });
}

export function isRange(value: SheetsArg): value is SheetsGrid {
  return Array.isArray(value) && !(value.length === 1 && value[0]?.length === 1);
}

/** One value: a scalar or a 1×1 range. Omitted and blank give `null`. */
export function readSingle(arg: string, value: SheetsArg): number | null {
  const grid = toGrid(arg, value);
  const shape = shapeOf(grid);
  if (shape.rows > 1 || shape.columns > 1) fail({ kind: 'single_value_expected', arg, shape });
  const cell = grid[0]?.[0];
  const number = readCell(arg, cell, { row: 1 });
  // A label is skipped inside a range, but a lone argument that is text is a mistake.
  if (number === null && typeof cell === 'string' && !isBlank(cell)) {
    fail({ kind: 'unsupported_value', arg, position: { row: 1 }, value: `"${cell}"` });
  }
  return number;
}
