/**
 * What the emulator needs to know of a custom function, so that it evaluates
 * `=ROMI(B2:B30, C2:C30)` with the very code Sheets runs without knowing whose
 * functions they are: whoever creates the emulator hands them in (the add-on's
 * adapter is packages/preview/addon-emulator.ts). `Context` is the host's own
 * per-call context (the add-on's is its language); the emulator only builds it
 * from the spreadsheet's locale at call time, through `CustomFunctionSet.contextFor`.
 */

/** How a 2-D result spills: HyperFormula reserves the cells before evaluating, so the size is declared. */
export interface EmulatedSpillShape {
  /** One result row per row of this parameter's range; a single row when omitted. */
  rowsOf?: string;
  /** One result column per column of this parameter's range; a single column when omitted. */
  columnsOf?: string;
}

export interface EmulatedCustomFunction<Context> {
  /** The name formulas call it by. */
  name: string;
  /** Its parameters in order; an optional one may be omitted in the formula (it arrives as `undefined`). */
  params: readonly { name: string; optional?: boolean }[];
  /** Declared when it returns a 2-D array that spills; omitted for one value. */
  spill?: EmulatedSpillShape;
  /**
   * Called as Sheets calls it: a single cell as a scalar, a range as a 2-D
   * array with '' for blank cells, error cells as their text, date cells as `Date`.
   * Declared as a method (its parameters compare bivariantly) so that the
   * workbook can hold a set of any `Context` as `CustomFunctionSet<unknown>`.
   */
  // biome-ignore lint/suspicious/noExplicitAny: Sheets hands over arbitrary values, and each function checks its own arguments.
  implementation(context: Context, ...args: any[]): unknown;
}

/** The custom functions of one emulated spreadsheet, and the context each call gets. */
export interface CustomFunctionSet<Context> {
  readonly functions: readonly EmulatedCustomFunction<Context>[];
  /** The context of one call, from the spreadsheet's locale ('ru_RU') at the time of the call. */
  contextFor(locale: string): Context;
}
