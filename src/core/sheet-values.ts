/**
 * What Sheets hands a custom function, and how we read it as numbers.
 *
 * A cell arrives as a number, a string ('' when blank), a boolean or a Date;
 * a range arrives as a 2-D array of those. Reading is strict on purpose:
 * text that looks like a number ("1 000 ₽") or an error value would silently
 * drop out of a sum and give a wrong answer, so it is reported instead.
 * Text that is plainly a label is skipped, so whole-column references like
 * `B:B` work: text without a digit ("Итого", "Revenue") wherever it stands,
 * and text with a digit ("Q1 2024") only as a header above the first
 * number. Below it, text with a digit is a figure someone typed as words.
 */
import { looksLikeNumberText } from './number-text';
import { excerpt } from './text-excerpt';

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
  | 'negative_value'
  /** Text with a digit below the first number ("Q2 2024" among the figures): a figure typed as words, or a label out of place. */
  | 'digit_text';

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
  /** A value or range holding text and not one number: a text column picked by mistake, or a number written in words. */
  | { kind: 'only_text'; arg: string; value: string }
  /** A count (leads, customers) that is not a whole number: 12.5 leads. */
  | { kind: 'fractional_count'; arg: string; position: CellPosition; value: number }
  | { kind: 'zero_leads' }
  | { kind: 'zero_cost' }
  | { kind: 'result_not_finite' }
  | { kind: 'margin_out_of_range'; value: string }
  /** A target that must be above 0 (a target cost per lead). */
  | { kind: 'not_positive'; arg: string; position: CellPosition; value: string }
  | { kind: 'min_leads_invalid'; arg: string; value: string }
  | { kind: 'whole_number_expected'; arg: string; value: string; min: number }
  /** A responsibility-matrix cell that is not R, A, C, I or a combination; the hint says whether it looks like a header or a direction's name. */
  | {
      kind: 'raci_cell_invalid';
      arg: string;
      position: CellPosition;
      value: string;
      labelHint: 'header_row' | 'label_column' | null;
    }
  | { kind: 'raci_letter_repeated'; arg: string; position: CellPosition; value: string }
  /** Names for a matrix's columns: one row, one name per column. */
  | { kind: 'names_shape_mismatch'; arg: string; shape: Shape; otherArg: string; columns: number };

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

/*
 * Hot loops below reach Array.isArray through this module-level name: a
 * global lookup per cell is slow in hosts whose global object is
 * intercepted (node:vm, where the pushed bundle is tested).
 */
const isArray = Array.isArray;

export interface Shape {
  rows: number;
  columns: number;
}

/** Sheets' error values, as they reach a script inside a range. */
const SHEETS_ERRORS: readonly string[] = [
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#LOADING...',
];

const DIGIT = /\d/;

export function isBlank(value: SheetsScalar): boolean {
  return value === '' || value === null || value === undefined;
}

/** True for a Date from any realm (Apps Script, a vm context, a browser). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isSheetsError(value: string): boolean {
  return SHEETS_ERRORS.includes(value.trim().toUpperCase());
}

/** Text with a digit in it: a label only as a header above a range's first number. */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

/** A grid for any argument: a single value is a 1×1 range, omitted is an empty one. */
export function toGrid(arg: string, value: SheetsArg): SheetsGrid {
  if (isArray(value)) {
    const width = isArray(value[0]) ? value[0].length : -1;
    for (let index = 0; index < value.length; index++) {
      const row = value[index];
      if (!isArray(row) || row.length !== width) fail({ kind: 'ragged_range', arg });
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
    if (looksLikeNumberText(value)) fail({ kind: 'text_number', arg, position, value });
    return null;
  }
  if (typeof value === 'boolean') fail({ kind: 'boolean_value', arg, position, value: value ? 'TRUE' : 'FALSE' });
  if (isDate(value)) fail({ kind: 'date_value', arg, position, value: String(value) });
  return fail({ kind: 'unsupported_value', arg, position, value: String(value) });
}

export interface ReadOptions {
  /** Spend and leads cannot be below zero; revenue can (a refund). */
  nonNegative?: boolean;
  /** Leads and customers are counted, so 12.5 of them is a typing mistake. */
  wholeNumber?: boolean;
  /**
   * A column of text and not one number is the wrong column (the channel
   * names) or numbers written in words: refused, except a header alone
   * above blank cells (a column not filled in yet).
   */
  refuseOnlyText?: boolean;
}

/**
 * A cell as a number, `null` for a blank or a label, or a problem, with every
 * check. The loops below take plain numbers themselves (isPlainNumber) and
 * come here for the rest: a custom function may get 100 000 rows, and a
 * number read there allocates nothing.
 */
function numberAt(arg: string, grid: SheetsGrid, row: number, column: number, options: ReadOptions): number | null {
  const position = positionIn(shapeOf(grid), row, column);
  const number = readCell(arg, grid[row]?.[column], position);
  if (number === null) return null;
  if (options.nonNegative && number < 0) fail({ kind: 'negative_value', arg, position, value: String(number) });
  if (options.wholeNumber && number % 1 !== 0) fail({ kind: 'fractional_count', arg, position, value: number });
  return number;
}

/** A label with a digit below a range's first number is a figure typed as words ("Q2 2024" among the leads). */
function failDigitText(arg: string, grid: SheetsGrid, row: number, column: number, label: string): never {
  return fail({
    kind: 'digit_text',
    arg,
    position: positionIn(shapeOf(grid), row, column),
    value: excerpt(label.trim()),
  });
}

/**
 * A number the fast paths below may take as it is: finite, and allowed by the options.
 * A cell it declines goes to the checked reading (numberAt), which gives a
 * plain number the same answer, so a mutant that declines more changes only
 * the speed: Stryker skips the ones that can only decline more.
 */
// Stryker disable ConditionalExpression,EqualityOperator,LogicalOperator,ArithmeticOperator,StringLiteral,BlockStatement: a fast path (see above)
function isPlainNumber(cell: SheetsScalar, nonNegative: boolean, wholeNumber: boolean): cell is number {
  // x - x is 0 only for finite x; x % 1 is 0 only for whole x.
  return (
    typeof cell === 'number' &&
    cell - cell === 0 &&
    (cell >= 0 || !nonNegative) &&
    (!wholeNumber || (cell | 0) === cell || cell % 1 === 0)
  );
}
// Stryker restore all

/**
 * A one-column range every cell of which has been checked: each is a number
 * the options allow, or a blank or a label. Read a row with `columnNumber`.
 * The grid itself, not a copy: an array of 100 000 rows made per call costs
 * more than reading them (fresh memory for the engine's large-object space).
 */
export type CheckedColumn = SheetsGrid & { readonly checkedColumn: true };

/** Row `row` of a checked column as a number, `null` for a blank or a label. */
export function columnNumber(column: CheckedColumn, row: number): number | null {
  const cell = (column[row] as SheetsScalar[])[0];
  return typeof cell === 'number' ? cell : null;
}

/** A one-column range checked as numbers (blanks and labels allowed); checks the shape as it reads. */
export function checkColumn(arg: string, value: SheetsArg, options: ReadOptions = {}): CheckedColumn {
  const grid = isArray(value) ? value : toGrid(arg, value);
  // Stryker disable next-line ConditionalExpression: the fast paths' copy of the option; forced on, a number goes to the checked reading (which reads `options`) and gives the same answer
  const nonNegative = options.nonNegative === true;
  // Stryker disable next-line ConditionalExpression: the fast paths' copy of the option; forced on, a number goes to the checked reading (which reads `options`) and gives the same answer
  const wholeNumber = options.wholeNumber === true;
  let seenNumber = false;
  let texts = 0;
  let firstText: { row: number; text: string } | null = null;
  for (let row = 0; row < grid.length; row++) {
    const cells = grid[row];
    if (!isArray(cells) || cells.length !== 1) return fail({ kind: 'ragged_range', arg });
    const cell = cells[0];
    const number = isPlainNumber(cell, nonNegative, wholeNumber) ? cell : numberAt(arg, grid, row, 0, options);
    if (number !== null) seenNumber = true;
    else if (typeof cell === 'string' && cell.trim() !== '') {
      if (seenNumber && hasDigit(cell)) failDigitText(arg, grid, row, 0, cell);
      texts++;
      firstText ??= { row, text: cell.trim() };
    }
  }
  if (options.refuseOnlyText && !seenNumber && firstText !== null) {
    const headerAlone = texts === 1 && firstText.row === 0 && grid.length > 1;
    if (!headerAlone) fail({ kind: 'only_text', arg, value: excerpt(firstText.text) });
  }
  return grid as CheckedColumn;
}

/** A one-column range read as numbers, `null` for blanks and labels; checks the shape as it reads. */
export function readColumn(arg: string, value: SheetsArg, options: ReadOptions = {}): (number | null)[] {
  const column = checkColumn(arg, value, options);
  const numbers = new Array<number | null>(column.length);
  for (let row = 0; row < column.length; row++) numbers[row] = columnNumber(column, row);
  return numbers;
}

/**
 * The sum of the numbers in an argument, after every cell has been checked.
 * One pass checks the shape and adds the numbers: this is the whole cost of
 * =ROMI(B:B, C:C) on a long sheet.
 */
export function sumArgument(arg: string, value: SheetsArg, options: ReadOptions = {}): number {
  if (!isArray(value)) {
    const number = numberAt(arg, [[value]], 0, 0, options);
    // A lone text ("сто") is not a number a person left out: it is one written in words.
    if (typeof value === 'string' && value.trim() !== '')
      fail({ kind: 'only_text', arg, value: excerpt(value.trim()) });
    return number ?? 0;
  }
  const width = isArray(value[0]) ? value[0].length : -1;
  // Stryker disable next-line ConditionalExpression: the one-column path is a fast path; the loop below reads one column to the same answer
  if (width === 1) return sumOneColumn(arg, value, options);
  // Stryker disable next-line ConditionalExpression: the fast paths' copy of the option; forced on, a number goes to the checked reading (which reads `options`) and gives the same answer
  const nonNegative = options.nonNegative === true;
  // Stryker disable next-line ConditionalExpression: the fast paths' copy of the option; forced on, a number goes to the checked reading (which reads `options`) and gives the same answer
  const wholeNumber = options.wholeNumber === true;
  let total = 0;
  let numbers = 0;
  let firstLabel: string | null = null;
  // The first label with a digit in a row read while no number has come yet: a header only if the numbers start below its row.
  let pending = null as { row: number; column: number; label: string } | null;
  for (let row = 0; row < value.length; row++) {
    const cells = value[row] as SheetsScalar[] | undefined;
    // A row that is not an array has no length of `width` (a rectangular range is all arrays).
    if (cells == null || cells.length !== width || typeof cells === 'string')
      return fail({ kind: 'ragged_range', arg });
    // Stryker disable next-line EqualityOperator: one cell past the row is undefined, a blank
    for (let column = 0; column < width; column++) {
      const cell = cells[column];
      if (isPlainNumber(cell, nonNegative, wholeNumber)) {
        // A label is pending only while no number has come, so this is the first number, and it shares the label's row.
        if (pending !== null && pending.row === row) failDigitText(arg, value, row, pending.column, pending.label);
        total += cell;
        numbers++;
      } else if (!isBlank(cell)) {
        // Not an allowed number: a problem, thrown here, or else a label (only text is one).
        numberAt(arg, value, row, column, options);
        const label = String(cell).trim();
        if (firstLabel === null && label !== '') firstLabel = label;
        if (hasDigit(label)) {
          if (numbers > 0) failDigitText(arg, value, row, column, label);
          if (pending?.row !== row) pending = { row, column, label };
        }
      }
    }
  }
  // Text and not one number (=CPL(KPI!B2:B12, …) on the channel names): say so rather than count 0.
  if (numbers === 0 && firstLabel !== null) fail({ kind: 'only_text', arg, value: excerpt(firstLabel) });
  return total;
}

/**
 * `sumArgument` for a one-column range, the shape of =ROMI(B2:B100000, …).
 * A label with a digit can never share a row with a number here, so the
 * header rule reduces to: no such label below the first number.
 */
function sumOneColumn(arg: string, value: SheetsGrid, options: ReadOptions): number {
  // Stryker disable next-line ConditionalExpression: the fast paths' copy of the option; forced on, a number goes to the checked reading (which reads `options`) and gives the same answer
  const nonNegative = options.nonNegative === true;
  // Stryker disable next-line ConditionalExpression: the fast paths' copy of the option; forced on, a number goes to the checked reading (which reads `options`) and gives the same answer
  const wholeNumber = options.wholeNumber === true;
  let total = addOneColumn(arg, value, options, nonNegative, wholeNumber);
  // A NaN or an infinity among the numbers: the checked loop names the cell (or, for finite numbers adding up past what a double holds, gives the same total).
  // Stryker disable next-line ArithmeticOperator,ConditionalExpression: reading a finite total again in the checked loop gives the same total
  if (total - total !== 0) total = addOneColumnChecked(arg, value, options, nonNegative, wholeNumber);
  // Only a column without a number (or with zeros alone) can hold nothing but text, so only then is it read again for that.
  // Stryker disable next-line ConditionalExpression: a column with a number in it has no label of a text column
  if (total === 0) {
    const label = labelOfTextColumn(value);
    if (label !== null) fail({ kind: 'only_text', arg, value: excerpt(label) });
  }
  return total;
}

/**
 * The fast loop of `sumOneColumn`, for 100 000 rows: per number it checks
 * only what the options forbid and leaves finiteness to the total (a NaN or
 * an infinity makes it one). Anything else that could be a problem goes to
 * `addOneColumnChecked` from the first row, so the first problem in the
 * range is the one reported, as there. It ends on its total alone: V8
 * compiles a long loop while it runs, before the code after it has ever run,
 * and such code would send every later call back to the interpreter there.
 */
function addOneColumn(
  arg: string,
  value: SheetsGrid,
  options: ReadOptions,
  nonNegative: boolean,
  wholeNumber: boolean,
): number {
  let total = 0;
  let numbers = 0;
  // Stryker disable next-line EqualityOperator,UpdateOperator: a row past either end is undefined, which hands the range to the checked loop
  for (let row = 0; row < value.length; row++) {
    const cells = value[row] as SheetsScalar[] | undefined;
    // A row that is not an array has no length of 1, but a one-letter string has.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: handing a range to the checked loop gives the same answer
    if (cells == null || cells.length !== 1 || typeof cells === 'string')
      return addOneColumnChecked(arg, value, options, nonNegative, wholeNumber);
    const cell = cells[0];
    if (typeof cell === 'number') {
      // A whole number that fits 32 bits skips the modulo: `% 1` on a double is a division, most of a count's loop.
      // Stryker disable next-line all: handing a range to the checked loop gives the same answer
      if ((cell < 0 && nonNegative) || (wholeNumber && (cell | 0) !== cell && cell % 1 !== 0))
        return addOneColumnChecked(arg, value, options, nonNegative, wholeNumber);
      total += cell;
      numbers++;
      // Stryker disable next-line ConditionalExpression,StringLiteral: a blank read by the checked reading is a blank too
    } else if (cell !== '') {
      // A NaN or an infinity above would be the first problem: let the checked loop find it.
      // Stryker disable next-line ArithmeticOperator: a finite total handed to the checked loop gives the same answer
      if (total - total !== 0) return addOneColumnChecked(arg, value, options, nonNegative, wholeNumber);
      // Not a number: a blank or a label (null), or a problem, thrown.
      numberAt(arg, value, row, 0, options);
      if (numbers > 0 && typeof cell === 'string' && hasDigit(cell)) failDigitText(arg, value, row, 0, cell);
    }
  }
  return total;
}

/** `addOneColumn` with every check on every cell, in row order. */
function addOneColumnChecked(
  arg: string,
  value: SheetsGrid,
  options: ReadOptions,
  nonNegative: boolean,
  wholeNumber: boolean,
): number {
  let total = 0;
  let numbers = 0;
  for (let row = 0; row < value.length; row++) {
    const cells = value[row] as SheetsScalar[] | undefined;
    if (cells == null || cells.length !== 1 || typeof cells === 'string') return fail({ kind: 'ragged_range', arg });
    const cell = cells[0];
    if (isPlainNumber(cell, nonNegative, wholeNumber)) {
      total += cell;
      numbers++;
    } else if (!isBlank(cell)) {
      // Not an allowed number: a problem, thrown here, or else a label (only text is one).
      numberAt(arg, value, row, 0, options);
      const label = String(cell);
      if (numbers > 0 && hasDigit(label)) failDigitText(arg, value, row, 0, label);
    }
  }
  return total;
}

/**
 * The first label (trimmed) of a checked one-column range with no number in
 * it, or `null`: it has a number, or only blanks. A checked range holds only
 * numbers, blanks and text.
 */
function labelOfTextColumn(value: SheetsGrid): string | null {
  let first: string | null = null;
  for (const cells of value) {
    const cell = cells[0];
    if (typeof cell === 'number') return null;
    if (first === null && typeof cell === 'string' && cell.trim() !== '') first = cell.trim();
  }
  return first;
}

/** A result Sheets can show: totals near 0 or beyond double range would give Infinity. */
export function finiteResult(value: number): number {
  return Number.isFinite(value) ? value : fail({ kind: 'result_not_finite' });
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.columns === b.columns;
}

/**
 * Two ranges that pair row by row must be the same size. Only the outline is
 * compared here; the readers check every row when they read it.
 */
export function requireSameShape(arg: string, value: SheetsArg, otherArg: string, otherValue: SheetsArg): void {
  const shape = outlineOf(value);
  const otherShape = outlineOf(otherValue);
  if (!sameShape(shape, otherShape)) fail({ kind: 'shape_mismatch', arg, shape, otherArg, otherShape });
}

function outlineOf(value: SheetsArg): Shape {
  if (!isArray(value)) return value === undefined ? { rows: 0, columns: 0 } : { rows: 1, columns: 1 };
  const first = value[0];
  return { rows: value.length, columns: isArray(first) ? first.length : 0 };
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
  // A label is skipped inside a range, but a lone argument that is text is a mistake (readCell gives text no number).
  if (typeof cell === 'string' && !isBlank(cell)) {
    fail({ kind: 'unsupported_value', arg, position: { row: 1 }, value: `"${cell}"` });
  }
  return number;
}
