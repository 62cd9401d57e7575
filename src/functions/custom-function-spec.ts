import type { FunctionContext } from './function-context';

/**
 * How a result that is a 2-D array spills into neighbouring cells. Sheets
 * sizes a spill from the result itself; an engine that must reserve the cells
 * before evaluating (HyperFormula, in the emulator) reads the size from here.
 */
export interface SpillShape {
  /** One result row per row of this parameter's range; a single row when omitted. */
  rowsOf?: string;
  /** One result column per column of this parameter's range; a single column when omitted. */
  columnsOf?: string;
}

export interface ParameterDoc {
  name: string;
  description: string;
  optional?: boolean;
  /** The JSDoc type Sheets is told; a number or a range of numbers when omitted. */
  type?: string;
}

/**
 * Everything Sheets and the README say about one custom function, declared
 * once. The build turns it into the JSDoc that Sheets reads for autocomplete;
 * the README's function reference is generated from it too.
 */
export interface CustomFunctionSpec {
  name: string;
  summary: string;
  params: readonly ParameterDoc[];
  returns: string;
  examples: readonly string[];
  /** What the spreadsheet shows or explains beyond the summary (README only). */
  notes?: readonly string[];
  /** Declared when the function returns a 2-D array that spills (a column per channel); omitted for one value. */
  spill?: SpillShape;
  /**
   * The adapter. Sheets arguments are untyped at this boundary, so each
   * implementation checks its own.
   */
  // biome-ignore lint/suspicious/noExplicitAny: Sheets hands over arbitrary values, and each adapter checks its own arguments.
  implementation: (context: FunctionContext, ...args: any[]) => unknown;
}
