import { returnOnMarketingInvestment } from '../core/metrics';
import {
  fail,
  finiteResult,
  isRange,
  readSingle,
  requireSameShape,
  sumArgument,
  type SheetsArg,
} from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/** =ROMI(revenue, cost, [margin]): (Σrevenue × margin − Σcost) / Σcost, as a ratio. */
export function romiFunction(
  context: FunctionContext,
  revenue?: SheetsArg,
  cost?: SheetsArg,
  margin?: SheetsArg,
): number {
  return runCustomFunction('ROMI', context, () => {
    if (revenue === undefined) fail({ kind: 'missing_argument', arg: 'revenue' });
    if (cost === undefined) fail({ kind: 'missing_argument', arg: 'cost' });
    if (isRange(revenue) && isRange(cost)) requireSameShape('revenue', revenue, 'cost', cost);
    const totalRevenue = sumArgument('revenue', revenue);
    const totalCost = sumArgument('cost', cost, { nonNegative: true });
    const marginValue = readSingle('margin', margin) ?? 1;
    if (!(marginValue > 0 && marginValue <= 1)) fail({ kind: 'margin_out_of_range', value: String(marginValue) });
    return finiteResult(
      returnOnMarketingInvestment(totalRevenue, totalCost, marginValue) ?? fail({ kind: 'zero_cost' }),
    );
  });
}
