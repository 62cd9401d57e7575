import { checkDirections, directionStatusText } from '../core/raci';
import type { SheetsArg } from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { readColumnNamesArgument, readMatrixArgument } from './raci-matrix-argument';
import { runCustomFunction } from './run-custom-function';

/**
 * =RACI_CHECK(matrix, [role_names]): one cell per matrix row, spilling down
 * a column: "OK", or the direction's faults in words. The rules live in
 * core/raci; the names only let a message say who holds the second A.
 */
export function raciCheckFunction(context: FunctionContext, matrix?: SheetsArg, roleNames?: SheetsArg): string[][] {
  return runCustomFunction('RACI_CHECK', context, () => {
    const cells = readMatrixArgument('matrix', matrix);
    const names = readColumnNamesArgument('role_names', roleNames, 'matrix', cells[0]?.length ?? 0);
    const lang = context.lang();
    return checkDirections(cells).map((check) => [directionStatusText(check, lang, names)]);
  });
}
