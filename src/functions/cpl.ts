import { costPerLead } from '../core/metrics';
import { fail, finiteResult, isRange, requireSameShape, sumArgument, type SheetsArg } from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/** =CPL(cost, leads, [extra_cost]): (Σcost + Σextra_cost) / Σleads. */
export function cplFunction(
  context: FunctionContext,
  cost?: SheetsArg,
  leads?: SheetsArg,
  extraCost?: SheetsArg,
): number {
  return runCustomFunction('CPL', context, () => {
    if (cost === undefined) fail({ kind: 'missing_argument', arg: 'cost' });
    if (leads === undefined) fail({ kind: 'missing_argument', arg: 'leads' });
    if (isRange(cost) && isRange(leads)) requireSameShape('cost', cost, 'leads', leads);
    const totalCost = sumArgument('cost', cost, { nonNegative: true });
    const totalLeads = sumArgument('leads', leads, { nonNegative: true, wholeNumber: true });
    const totalExtra = sumArgument('extra_cost', extraCost, { nonNegative: true });
    return finiteResult(costPerLead(totalCost, totalLeads, totalExtra) ?? fail({ kind: 'zero_leads' }));
  });
}
