/**
 * What a custom function's argument may be, declared rather than read by
 * hand: the model is HyperFormula's function plugins, whose
 * `implementedFunctions` list each parameter as
 * `{ argumentType, optionalArg, minValue, … }` and whose interpreter checks
 * them before the function's own code runs. Here a parameter is a plain
 * object of one `kind` and its rules; src/functions/read-parameter.ts reads
 * each kind, and the runner (run-custom-function.ts) applies them in order
 * and words every problem in the spreadsheet's language.
 */
import type { RaciMatrix } from '../core/raci';
import type { CheckedColumn } from '../core/sheet-values';

interface NamedParameter<Name extends string = string> {
  /** The argument's name in Sheets' help, the README and the messages (src/core/i18n/argument-names.ts). */
  name: Name;
  /** Omitted (or, where the kind says so, left blank) is allowed. A required argument that is omitted is named in a message before anything is read. */
  optional?: boolean;
}

/** Rules on each number of a range or a value. */
interface NumberRules {
  /** Spend and leads cannot be below zero; revenue can (a refund). */
  nonNegative?: boolean;
  /** Leads and customers are counted, so 12.5 of them is a typing mistake. */
  wholeNumber?: boolean;
}

/**
 * A number or a range of any shape, added up: `=CPL(C2:C13, …)` or
 * `=CPL(0, 25, 100000)`. Blank cells and labels are skipped. Omitted: 0.
 */
export interface SumParameter<Name extends string = string> extends NamedParameter<Name>, NumberRules {
  kind: 'sum';
  /**
   * Pairs row by row with that (earlier) argument: two ranges must be the
   * same size. A single value may stand beside a range (a total, or a cost
   * of 0).
   */
  sameShapeAs?: string;
}

/**
 * One value per row: a single value (one row) or a one-column range, every
 * cell checked as a number (a blank or a label reads as `null`: core's
 * `columnNumber`). Omitted or blank when optional: `null`.
 */
export interface ColumnParameter<Name extends string = string> extends NamedParameter<Name>, NumberRules {
  kind: 'column';
  /** A column of text and not one number is the wrong column, or numbers written in words. */
  refuseOnlyText?: boolean;
  /** Pairs row by row with that (earlier) column: always the same size, a single value being one row. */
  sameShapeAs?: string;
}

/** Which message a value outside a parameter's bounds gets. */
export type OutOfBoundsMessage =
  /** "{arg}, {where}: {value} is negative": the bound is 0 or more. */
  | 'negative_value'
  /** "{arg}, {where}: must be above 0". */
  | 'not_positive'
  /** The margin's own wording: above 0 % and at most 100 %. */
  | 'margin_out_of_range';

interface Bounds {
  /** The value must be above this (exclusive). */
  above?: number;
  /** The value must be at least this. */
  atLeast?: number;
  /** The value must be at most this. */
  atMost?: number;
  outOfBounds: OutOfBoundsMessage;
}

/** One number (a value or a 1×1 range), within bounds; `default` when omitted or blank. */
export interface NumberParameter<Name extends string = string> extends NamedParameter<Name>, Bounds {
  kind: 'number';
  default: number;
}

/**
 * One number for every row, or, when the paired column has more than one
 * row, a column with one per row (a blank cell: `null`, the row's default).
 * Omitted or blank: `null` unless `default` says otherwise.
 */
export interface PerRowParameter<Name extends string = string> extends NamedParameter<Name>, Bounds {
  kind: 'per-row';
  /** The column whose rows this one follows. */
  rowsOf: string;
  default?: number;
}

/** Which message a count or limit that is not a whole number (or below `min`) gets. */
export type WholeNumberMessage = 'whole_number_expected' | 'min_leads_invalid';

/** A count or a limit: one whole number, `min` or more. Blank counts as omitted. */
export interface WholeNumberParameter<Name extends string = string> extends NamedParameter<Name> {
  kind: 'whole-number';
  min: number;
  /** What an omitted or blank optional argument is. */
  default?: number;
  /** "{arg} must be a whole number, {min} or more" unless said otherwise. */
  notWhole?: WholeNumberMessage;
}

/** A responsibility matrix: the R/A/C/I cells only (core/raci reads them). */
export interface RaciMatrixParameter<Name extends string = string> extends NamedParameter<Name> {
  kind: 'raci-matrix';
}

/** Names for a matrix's columns (the header row above it): one row, one name per column. Omitted: `undefined`. */
export interface ColumnNamesParameter<Name extends string = string> extends NamedParameter<Name> {
  kind: 'column-names';
  /** The matrix whose columns these name. */
  columnsOf: string;
}

export type Parameter =
  | SumParameter
  | ColumnParameter
  | NumberParameter
  | PerRowParameter
  | WholeNumberParameter
  | RaciMatrixParameter
  | ColumnNamesParameter;

export type ParameterKind = Parameter['kind'];

/** What the compute step receives for a parameter: read, checked, defaulted. */
export type ValueOf<P extends Parameter> = P extends SumParameter
  ? number
  : P extends ColumnParameter
    ? P extends { optional: true }
      ? CheckedColumn | null
      : CheckedColumn
    : P extends NumberParameter
      ? number
      : P extends PerRowParameter
        ? P extends { default: number }
          ? number | (number | null)[]
          : number | null | (number | null)[]
        : P extends WholeNumberParameter
          ? number
          : P extends RaciMatrixParameter
            ? RaciMatrix
            : P extends ColumnNamesParameter
              ? string[] | undefined
              : never;

/** The compute step's arguments, in the declared order. */
export type ValuesOf<Parameters extends readonly Parameter[]> = {
  -readonly [Index in keyof Parameters]: ValueOf<Parameters[Index]>;
};
