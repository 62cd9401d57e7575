import { DEFAULT_MIN_LEADS, judgeChannels, type ChannelPeriod } from '../core/verdict';
import { verdictLabel } from '../core/verdict-explanation';
import {
  fail,
  isBlank,
  readGrid,
  readSingle,
  requireSameShape,
  shapeOf,
  toGrid,
  type SheetsArg,
  type SheetsGrid,
} from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/**
 * =CHANNEL_VERDICT(leads, cost, [revenue], [target_cpl], [min_leads]):
 * one row per channel in, one verdict per row out (a single value for a
 * single row). The rule set itself lives in core/verdict.
 */
export function channelVerdictFunction(
  context: FunctionContext,
  leads?: SheetsArg,
  cost?: SheetsArg,
  revenue?: SheetsArg,
  targetCpl?: SheetsArg,
  minLeads?: SheetsArg,
): string | string[][] {
  return runCustomFunction('CHANNEL_VERDICT', context, () => {
    if (leads === undefined) fail({ kind: 'missing_argument', arg: 'leads' });
    if (cost === undefined) fail({ kind: 'missing_argument', arg: 'cost' });
    const leadsGrid = singleColumn('leads', leads);
    const costGrid = singleColumn('cost', cost);
    requireSameShape('leads', leadsGrid, 'cost', costGrid);
    const revenueGrid = isOmitted(revenue) ? null : singleColumn('revenue', revenue);
    if (revenueGrid) requireSameShape('leads', leadsGrid, 'revenue', revenueGrid);

    const leadsColumn = firstColumn(readGrid('leads', leadsGrid, { nonNegative: true }));
    const costColumn = firstColumn(readGrid('cost', costGrid, { nonNegative: true }));
    const revenueColumn = revenueGrid ? firstColumn(readGrid('revenue', revenueGrid)) : null;
    const periods: ChannelPeriod[] = leadsColumn.map((rowLeads, row) => ({
      leads: rowLeads ?? 0,
      cost: costColumn[row] ?? 0,
      revenue: revenueColumn?.[row] ?? null,
    }));

    const results = judgeChannels({
      periods,
      targetCpl: readTargets(targetCpl, leadsGrid),
      minLeads: readMinLeads(minLeads),
    });
    const labels = results.map((result) => (result.verdict ? verdictLabel(result.verdict, context.lang()) : ''));
    return labels.length === 1 ? (labels[0] ?? '') : labels.map((label) => [label]);
  });
}

/** Sheets passes a skipped optional argument as blank; treat it as not given. */
function isOmitted(value: SheetsArg): boolean {
  return !Array.isArray(value) && isBlank(value);
}

function singleColumn(arg: string, value: SheetsArg): SheetsGrid {
  const grid = toGrid(arg, value);
  const shape = shapeOf(grid);
  if (shape.columns !== 1) fail({ kind: 'single_column_expected', arg, shape });
  return grid;
}

function firstColumn(grid: (number | null)[][]): (number | null)[] {
  return grid.map((row) => row[0] ?? null);
}

/** One target for every row, a column of per-row targets (blank: the blended one), or none. */
function readTargets(value: SheetsArg, leadsGrid: SheetsGrid): number | null | (number | null)[] {
  if (isOmitted(value)) return null;
  if (Array.isArray(value) && shapeOf(leadsGrid).rows > 1 && value.length > 1) {
    const grid = singleColumn('target_cpl', value);
    requireSameShape('leads', leadsGrid, 'target_cpl', grid);
    const targets = firstColumn(readGrid('target_cpl', grid));
    targets.forEach((target, row) => {
      if (target !== null && target <= 0) fail({ kind: 'target_cpl_not_positive', position: { row: row + 1 }, value: String(target) });
    });
    return targets;
  }
  const target = readSingle('target_cpl', value);
  if (target !== null && target <= 0) fail({ kind: 'target_cpl_not_positive', position: { row: 1 }, value: String(target) });
  return target;
}

function readMinLeads(value: SheetsArg): number {
  if (isOmitted(value)) return DEFAULT_MIN_LEADS;
  const minLeads = readSingle('min_leads', value) ?? DEFAULT_MIN_LEADS;
  if (!Number.isInteger(minLeads) || minLeads < 0) fail({ kind: 'min_leads_invalid', value: String(minLeads) });
  return minLeads;
}
