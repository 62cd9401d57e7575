import { checkDirections, directionStatusText } from '../core/raci';
import { declareFunction, type FunctionDocs } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import { RACI_CELL_NOTES } from './raci-cell-notes';
import { runCustomFunction } from './run-custom-function';

/**
 * =RACI_CHECK(matrix, [role_names]): one cell per matrix row, spilling down
 * a column: "OK", or the direction's faults in words. The rules live in
 * core/raci; the names only let a message say who holds the second A.
 */
export const raciCheck = () =>
  declareFunction({
    name: 'RACI_CHECK',
    parameters: [
      { name: 'matrix', kind: 'raci-matrix' },
      { name: 'role_names', kind: 'column-names', optional: true, columnsOf: 'matrix' },
    ],
    compute: ([cells, names], context) => {
      const lang = context.lang();
      return checkDirections(cells).map((check) => [directionStatusText(check, lang, names)]);
    },
  });

// Stryker disable all: the function's documentation, not its behaviour (the README's reference is generated from it, and tests/docs/readme.test.ts holds the two equal).
export const RACI_CHECK_DOCS: FunctionDocs<typeof raciCheck> = {
  summary:
    'Checks each direction of a responsibility matrix: exactly one accountable (A) and at least one responsible (R).',
  params: {
    matrix:
      'The R/A/C/I cells only: directions as rows, roles or people as columns; no header row, no column of names.',
    role_names: 'The header row above the matrix, one name per column, so a fault can say who holds the A.',
  },
  returns: 'A column with one cell per direction: OK, or what is wrong in words.',
  examples: ['=RACI_CHECK(B2:E13)', '=RACI_CHECK(B2:E13, B1:E1)'],
  notes: [
    RACI_CELL_NOTES,
    'Each row gets OK (ОК in a Russian spreadsheet) or its faults, e.g. "No one is accountable (A); no one is responsible (R)" or',
    '"2 are accountable (A): Head of marketing, PR manager — keep exactly one". A blank row is a direction nobody is assigned to, and is flagged.',
  ],
  spill: { rowsOf: 'matrix' },
};
// Stryker restore all

/** =RACI_CHECK called directly (tests): the runner with this declaration. */
export function raciCheckFunction(context: FunctionContext, ...args: unknown[]): string[][] {
  return runCustomFunction(raciCheck(), context, args);
}
