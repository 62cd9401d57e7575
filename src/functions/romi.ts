import { returnOnMarketingInvestment } from '../core/metrics';
import { fail, finiteResult } from '../core/sheet-values';
import { declareFunction, type FunctionDocs } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/** =ROMI(revenue, cost, [margin]): (Σrevenue × margin − Σcost) / Σcost, as a ratio. */
export const romi = () =>
  declareFunction({
    name: 'ROMI',
    parameters: [
      { name: 'revenue', kind: 'sum' },
      { name: 'cost', kind: 'sum', nonNegative: true, sameShapeAs: 'revenue' },
      {
        name: 'margin',
        kind: 'number',
        optional: true,
        default: 1,
        above: 0,
        atMost: 1,
        outOfBounds: 'margin_out_of_range',
      },
    ],
    compute: ([revenue, cost, margin]) =>
      finiteResult(returnOnMarketingInvestment(revenue, cost, margin) ?? fail({ kind: 'zero_cost' })),
  });

// Stryker disable all: the function's documentation, not its behaviour (the README's reference is generated from it, and tests/docs/readme.test.ts holds the two equal).
export const ROMI_DOCS: FunctionDocs<typeof romi> = {
  summary: 'Return on marketing investment: (total revenue × margin − total cost) / total cost, as a ratio.',
  params: {
    revenue: 'Revenue from the clients marketing brought: a number or a range. Refunds may be negative.',
    cost: 'Marketing cost: a number or a range the same size as revenue.',
    margin: 'Gross margin, above 0 % and at most 100 %; 100 % (revenue-based ROMI) when omitted.',
  },
  returns: 'ROMI as a ratio: 0.35 is 35 %; below 0 means marketing costs more than it earns.',
  examples: ['=ROMI(B2:B30, C2:C30)', '=ROMI(KPI_Revenue, KPI_Cost, 30%)'],
};
// Stryker restore all

/** =ROMI called directly (tests, the bench): the runner with this declaration. */
export function romiFunction(context: FunctionContext, ...args: unknown[]): number {
  return runCustomFunction(romi(), context, args);
}
