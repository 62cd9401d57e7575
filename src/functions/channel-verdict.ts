import {
  blendedTargetCpl,
  DEFAULT_MIN_LEADS,
  DEFAULT_TARGET_ROMI,
  VERDICT_OF_RULE,
  verdictRule,
  type Verdict,
  type VerdictRule,
} from '../core/verdict';
import { verdictLabels } from '../core/verdict-explanation';
import {
  fail,
  isBlank,
  readColumn,
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
 * =CHANNEL_VERDICT(leads, cost, [revenue], [target_cpl], [min_leads], [target_romi]):
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
  targetRomi?: SheetsArg,
): string | string[][] {
  return runCustomFunction('CHANNEL_VERDICT', context, () => {
    if (leads === undefined) fail({ kind: 'missing_argument', arg: 'leads' });
    if (cost === undefined) fail({ kind: 'missing_argument', arg: 'cost' });
    const leadsGrid = singleColumn('leads', leads);
    const costGrid = singleColumn('cost', cost);
    requireSameShape('leads', leadsGrid, 'cost', costGrid);
    const revenueGrid = isOmitted(revenue) ? null : singleColumn('revenue', revenue);
    if (revenueGrid) requireSameShape('leads', leadsGrid, 'revenue', revenueGrid);

    const leadsColumn = readColumn('leads', leadsGrid, { nonNegative: true, wholeNumber: true, refuseOnlyText: true });
    const costColumn = readColumn('cost', costGrid, { nonNegative: true, refuseOnlyText: true });
    const revenueColumn = revenueGrid ? readColumn('revenue', revenueGrid, { refuseOnlyText: true }) : null;
    const blendedTarget = blendedTargetCpl(leadsColumn, costColumn);
    const targets = readTargets(targetCpl, leadsGrid);
    const rowsMinLeads = readMinLeads(minLeads);
    const romiTargets = readTargetRomi(targetRomi, leadsGrid);
    const labelOfRule = labelsOfRules(verdictLabels(context.lang()));

    // Decided before the loop: V8 compiles a long loop while it runs, and code after it that has never run would send every later call back to the interpreter.
    const oneRow = leadsColumn.length === 1;
    const verdicts: string[][] = [];
    for (let row = 0; row < leadsColumn.length; row++) {
      const target = targets === null || typeof targets === 'number' ? targets : targets[row];
      const romiTarget = typeof romiTargets === 'number' ? romiTargets : romiTargets[row];
      const rule = verdictRule(
        leadsColumn[row] ?? 0,
        costColumn[row] ?? 0,
        revenueColumn ? (revenueColumn[row] ?? null) : null,
        target ?? blendedTarget,
        rowsMinLeads,
        romiTarget ?? DEFAULT_TARGET_ROMI,
      );
      verdicts.push([labelOfRule[rule]]);
    }
    return oneRow ? (verdicts[0]?.[0] ?? '') : verdicts;
  });
}
/** What each rule shows, looked up once per call rather than twice per row (a verdict column may be 100 000 rows long). */
function labelsOfRules(labels: Readonly<Record<Verdict, string>>): Record<VerdictRule, string> {
  const shown = {} as Record<VerdictRule, string>;
  for (const rule of Object.keys(VERDICT_OF_RULE) as VerdictRule[]) {
    const verdict = VERDICT_OF_RULE[rule];
    shown[rule] = verdict ? labels[verdict] : '';
  }
  return shown;
}

/** Sheets passes a skipped optional argument as blank; treat it as not given. */
function isOmitted(value: SheetsArg): boolean {
  return !Array.isArray(value) && isBlank(value);
}

/** A single value or a one-column range; the rows are checked as they are read. */
function singleColumn(arg: string, value: SheetsArg): SheetsGrid {
  const grid = Array.isArray(value) ? value : toGrid(arg, value);
  const shape = shapeOf(grid);
  if (shape.columns !== 1) fail({ kind: 'single_column_expected', arg, shape });
  return grid;
}

/** One target for every row, a column of per-row targets (blank: the blended one), or none. */
function readTargets(value: SheetsArg, leadsGrid: SheetsGrid): number | null | (number | null)[] {
  if (isOmitted(value)) return null;
  if (Array.isArray(value) && shapeOf(leadsGrid).rows > 1 && value.length > 1) {
    const grid = singleColumn('target_cpl', value);
    requireSameShape('leads', leadsGrid, 'target_cpl', grid);
    const targets = readColumn('target_cpl', grid);
    targets.forEach((target, row) => {
      if (target !== null && target <= 0)
        fail({ kind: 'target_cpl_not_positive', position: { row: row + 1 }, value: String(target) });
    });
    return targets;
  }
  const target = readSingle('target_cpl', value);
  if (target !== null && target <= 0)
    fail({ kind: 'target_cpl_not_positive', position: { row: 1 }, value: String(target) });
  return target;
}

/**
 * One target ROMI (a ratio, 1 = 100 %) for every row, or a column of per-row
 * targets (blank: the default); never below 0.
 */
function readTargetRomi(value: SheetsArg, leadsGrid: SheetsGrid): number | (number | null)[] {
  if (isOmitted(value)) return DEFAULT_TARGET_ROMI;
  if (Array.isArray(value) && shapeOf(leadsGrid).rows > 1 && value.length > 1) {
    const grid = singleColumn('target_romi', value);
    requireSameShape('leads', leadsGrid, 'target_romi', grid);
    return readColumn('target_romi', grid, { nonNegative: true });
  }
  const target = readSingle('target_romi', value);
  if (target !== null && target < 0)
    fail({ kind: 'negative_value', arg: 'target_romi', position: { row: 1 }, value: String(target) });
  return target ?? DEFAULT_TARGET_ROMI;
}

function readMinLeads(value: SheetsArg): number {
  if (isOmitted(value)) return DEFAULT_MIN_LEADS;
  const minLeads = readSingle('min_leads', value) ?? DEFAULT_MIN_LEADS;
  if (!Number.isInteger(minLeads) || minLeads < 0) fail({ kind: 'min_leads_invalid', value: String(minLeads) });
  return minLeads;
}
