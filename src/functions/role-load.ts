import { DEFAULT_MAX_RESPONSIBLE, roleLoadText, roleLoads } from '../core/raci';
import type { SheetsArg } from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { readMatrixArgument } from './raci-matrix-argument';
import { runCustomFunction } from './run-custom-function';
import { readWholeNumber } from './whole-number-argument';

/**
 * =ROLE_LOAD(matrix, [max_responsible]): one cell per matrix column,
 * spilling along a row under the matrix: "R 3 · A 1", or
 * "R 6 · A 0 — overloaded (limit 4)" for a role responsible for more
 * directions than the limit.
 */
export function roleLoadFunction(context: FunctionContext, matrix?: SheetsArg, maxResponsible?: SheetsArg): string[][] {
  return runCustomFunction('ROLE_LOAD', context, () => {
    const cells = readMatrixArgument('matrix', matrix);
    const limit = readWholeNumber('max_responsible', maxResponsible, 1) ?? DEFAULT_MAX_RESPONSIBLE;
    const lang = context.lang();
    return [roleLoads(cells, limit).map((load) => roleLoadText(load, lang))];
  });
}
