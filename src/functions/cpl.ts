import { costPerLead } from '../core/metrics';
import { fail, finiteResult } from '../core/sheet-values';
import { declareFunction, type FunctionDocs } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/** =CPL(cost, leads, [extra_cost]): (Σcost + Σextra_cost) / Σleads. */
export const cpl = () =>
  declareFunction({
    name: 'CPL',
    parameters: [
      { name: 'cost', kind: 'sum', nonNegative: true },
      { name: 'leads', kind: 'sum', nonNegative: true, wholeNumber: true, sameShapeAs: 'cost' },
      { name: 'extra_cost', kind: 'sum', nonNegative: true, optional: true },
    ],
    compute: ([cost, leads, extraCost]) =>
      finiteResult(costPerLead(cost, leads, extraCost) ?? fail({ kind: 'zero_leads' })),
  });

// Stryker disable all: the function's documentation, not its behaviour (the README's reference is generated from it, and tests/docs/readme.test.ts holds the two equal).
export const CPL_DOCS: FunctionDocs<typeof cpl> = {
  summary: 'Cost per lead: (total cost + total staff or contractor cost) / total leads.',
  params: {
    cost: 'Channel spend: a number or a range. Blank cells and text labels are skipped.',
    leads: 'Leads brought: a number or a range the same size as cost.',
    extra_cost: "Staff or contractor cost attributed to the channel, e.g. the PR manager's monthly salary.",
  },
  returns: 'The cost of one lead, in the currency of the cost cells.',
  examples: ['=CPL(C2:C13, E2:E13)', '=CPL(0, 25, 100000)'],
  notes: [
    'A channel with zero budget is not free: `=CPL(0, 25, 100000)` gives 4 000, the salary divided by the leads.',
  ],
};
// Stryker restore all

/** =CPL called directly (tests, the bench): the runner with this declaration. */
export function cplFunction(context: FunctionContext, ...args: unknown[]): number {
  return runCustomFunction(cpl(), context, args);
}
