import type { FunctionContext } from './function-context';

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
  /**
   * The adapter. Sheets arguments are untyped at this boundary, so each
   * implementation checks its own.
   */
  // `any`: Sheets hands over arbitrary values, and each adapter checks its own arguments.
  implementation: (context: FunctionContext, ...args: any[]) => unknown;
}
