import { type CheckedColumn, columnNumber } from '../core/sheet-values';
import {
  blendedTargetCplOf,
  DEFAULT_MIN_LEADS,
  DEFAULT_TARGET_ROMI,
  verdictOfRule,
  verdictRule,
  type Verdict,
} from '../core/verdict';
import { verdictLabels } from '../core/verdict-explanation';
import { declareFunction, type FunctionDocs } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/**
 * =CHANNEL_VERDICT(leads, cost, [revenue], [target_cpl], [min_leads], [target_romi]):
 * one row per channel in, one verdict per row out (a single value for a
 * single row). The rule set itself lives in core/verdict.
 */
export const channelVerdict = () =>
  declareFunction({
    name: 'CHANNEL_VERDICT',
    parameters: [
      { name: 'leads', kind: 'column', nonNegative: true, wholeNumber: true, refuseOnlyText: true },
      { name: 'cost', kind: 'column', nonNegative: true, refuseOnlyText: true, sameShapeAs: 'leads' },
      { name: 'revenue', kind: 'column', optional: true, refuseOnlyText: true, sameShapeAs: 'leads' },
      { name: 'target_cpl', kind: 'per-row', optional: true, rowsOf: 'leads', above: 0, outOfBounds: 'not_positive' },
      {
        name: 'min_leads',
        kind: 'whole-number',
        optional: true,
        min: 0,
        default: DEFAULT_MIN_LEADS,
        notWhole: 'min_leads_invalid',
      },
      {
        name: 'target_romi',
        kind: 'per-row',
        optional: true,
        rowsOf: 'leads',
        atLeast: 0,
        default: DEFAULT_TARGET_ROMI,
        outOfBounds: 'negative_value',
      },
    ],
    compute: ([leads, cost, revenue, targets, rowsMinLeads, romiTargets], context) =>
      verdictColumn(leads, cost, revenue, targets, rowsMinLeads, romiTargets, context),
  });

/**
 * The compute step's loop, a function of the module rather than a closure
 * in the declaration: the declaration is built anew for every call, and V8
 * did not reuse one closure's optimised code for the next one, so the
 * 100 000-row loop was compiled again (TurboFan and on-stack replacement)
 * on every call: most of the call's CPU time (node --trace-opt on the
 * bench's case, bench/custom-functions.bench.ts).
 */
function verdictColumn(
  leads: CheckedColumn,
  cost: CheckedColumn,
  revenue: CheckedColumn | null,
  targets: number | null | readonly (number | null)[],
  rowsMinLeads: number,
  romiTargets: number | readonly (number | null)[],
  context: FunctionContext,
): string | string[][] {
  const blendedTarget = blendedTargetCplOf(
    leads.length,
    (row) => columnNumber(leads, row),
    (row) => columnNumber(cost, row),
  );
  const labels = verdictLabels(context.lang());
  // Decided before the loop: V8 compiles a long loop while it runs, and code after it that has never run would send every later call back to the interpreter.
  const oneRow = leads.length === 1;
  const verdicts: string[][] = [];
  for (let row = 0; row < leads.length; row++) {
    const target = targets === null || typeof targets === 'number' ? targets : targets[row];
    const romiTarget = typeof romiTargets === 'number' ? romiTargets : romiTargets[row];
    const rule = verdictRule(
      columnNumber(leads, row) ?? 0,
      columnNumber(cost, row) ?? 0,
      revenue ? columnNumber(revenue, row) : null,
      target ?? blendedTarget,
      rowsMinLeads,
      romiTarget ?? DEFAULT_TARGET_ROMI,
    );
    const verdict = verdictOfRule(rule);
    verdicts.push([shownVerdict(verdict, labels)]);
  }
  return oneRow ? (verdicts[0]?.[0] ?? '') : verdicts;
}

/** A verdict as the sheet shows it: a switch, for the reason core's verdictOfRule is one (a lookup by a key that changes from row to row is slow). */
function shownVerdict(verdict: Verdict | null, labels: Readonly<Record<Verdict, string>>): string {
  switch (verdict) {
    case null:
      return '';
    case 'SCALE':
      return labels.SCALE;
    case 'KEEP':
      return labels.KEEP;
    case 'OPTIMIZE':
      return labels.OPTIMIZE;
    case 'DROP':
      return labels.DROP;
    case 'TEST':
      return labels.TEST;
  }
}

// Stryker disable all: the function's documentation, not its behaviour (the README's reference is generated from it, and tests/docs/readme.test.ts holds the two equal).
export const CHANNEL_VERDICT_DOCS: FunctionDocs<typeof channelVerdict> = {
  summary:
    'A verdict for each channel: SCALE, KEEP, OPTIMIZE, DROP or TEST, from its return (ROMI) when revenue is known and its cost per lead.',
  params: {
    leads: 'Leads per channel: one column, one row per channel.',
    cost: 'Cost per channel (spend plus staff cost): a column the same size as leads.',
    revenue: 'Revenue per channel; a blank cell means unknown.',
    target_cpl:
      'Target cost per lead: one number, or a column with one per channel; the blended CPL of all channels when omitted.',
    min_leads: 'Fewest leads to judge a channel by; 5 when omitted.',
    target_romi:
      'ROMI a channel must reach to be scaled, as a ratio (1 = 100 %, 0 or more): one number, or a column with one per channel (a blank cell: 1); 1 when omitted.',
  },
  returns: 'One verdict per row (a column), or one verdict for one row; blank where nothing happened.',
  examples: ['=CHANNEL_VERDICT(E2:E13, C2:C13)', '=CHANNEL_VERDICT(E2:E13, C2:C13, H2:H13, 900, 10, 150%)'],
  notes: [
    'Rules, for each row: no leads and no cost: blank; cost but no leads: DROP; fewer leads than min_leads: TEST.',
    'CPL (cost / leads) is high when above the target, or above the blended CPL of all channels without one.',
    'Revenue known, ROMI = (revenue − cost) / cost: below 0 (beyond a tenth of a cent): DROP when CPL is high, otherwise OPTIMIZE;',
    'at least target_romi: SCALE whatever the CPL (cost 0 with revenue above 0 is above any target); otherwise OPTIMIZE when CPL is high, otherwise KEEP.',
    'Revenue unknown: CPL high: OPTIMIZE; CPL at most 80 % of the target: SCALE; otherwise KEEP.',
  ],
  spill: { rowsOf: 'leads' },
};
// Stryker restore all

/** =CHANNEL_VERDICT called directly (tests, the bench): the runner with this declaration. */
export function channelVerdictFunction(context: FunctionContext, ...args: unknown[]): string | string[][] {
  return runCustomFunction(channelVerdict(), context, args);
}
