import { ArgumentProblemError, type ArgumentProblem } from '../../src/core/sheet-values';

/** The argument problem a reading throws; any other outcome fails the test. */
export function problemOf(body: () => unknown): ArgumentProblem {
  try {
    body();
  } catch (error) {
    if (error instanceof ArgumentProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a problem');
}
