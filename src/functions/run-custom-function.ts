import { ArgumentProblemError } from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { problemMessage } from './problem-message';

/**
 * Runs a custom function's body so that every failure reaches the cell as an
 * `Error` whose message starts with the function's name, in the
 * spreadsheet's language.
 */
export function runCustomFunction<T>(fn: string, context: FunctionContext, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof ArgumentProblemError) throw new Error(problemMessage(fn, error.problem, context.lang()));
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${fn}: ${detail}`);
  }
}
