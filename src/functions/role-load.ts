import { DEFAULT_MAX_RESPONSIBLE, roleLoadText, roleLoads } from '../core/raci';
import { declareFunction, type FunctionDocs } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import { RACI_CELL_NOTES } from './raci-cell-notes';
import { runCustomFunction } from './run-custom-function';

/**
 * =ROLE_LOAD(matrix, [max_responsible]): one cell per matrix column,
 * spilling along a row under the matrix: "R 3 · A 1", or
 * "R 6 · A 0 — overloaded (limit 4)" for a role responsible for more
 * directions than the limit.
 */
export const roleLoad = () =>
  declareFunction({
    name: 'ROLE_LOAD',
    parameters: [
      { name: 'matrix', kind: 'raci-matrix' },
      { name: 'max_responsible', kind: 'whole-number', optional: true, min: 1, default: DEFAULT_MAX_RESPONSIBLE },
    ],
    compute: ([cells, limit], context) => {
      const lang = context.lang();
      return [roleLoads(cells, limit).map((load) => roleLoadText(load, lang))];
    },
  });

// Stryker disable all: the function's documentation, not its behaviour (the README's reference is generated from it, and tests/docs/readme.test.ts holds the two equal).
export const ROLE_LOAD_DOCS: FunctionDocs<typeof roleLoad> = {
  summary:
    'How many directions each role (or person) in a responsibility matrix is responsible (R) and accountable (A) for, with overload flagged.',
  params: {
    matrix:
      'The R/A/C/I cells only: directions as rows, roles or people as columns; no header row, no column of names.',
    max_responsible: 'Most directions one role may be responsible (R) for; 4 when omitted.',
  },
  returns: 'A row with one cell per role: "R 3 · A 1", or "R 6 · A 0 — overloaded (limit 4)".',
  examples: ['=ROLE_LOAD(B2:E13)', '=ROLE_LOAD(B2:E13, 5)'],
  notes: [
    RACI_CELL_NOTES,
    'The result spills along one row, one cell per matrix column, so it sits under the matrix: put it in the row below the last direction.',
    'A role is overloaded when it is responsible (R) for more directions than max_responsible (the one-person-does-everything failure);',
    'then the cell adds "— overloaded (limit N)" ("— перегрузка (предел N)" in Russian).',
  ],
  spill: { columnsOf: 'matrix' },
};
// Stryker restore all

/** =ROLE_LOAD called directly (tests): the runner with this declaration. */
export function roleLoadFunction(context: FunctionContext, ...args: unknown[]): string[][] {
  return runCustomFunction(roleLoad(), context, args);
}
