import { MONEY_TOLERANCE, costPerLead } from './metrics';

/**
 * The channel verdict: one rule set for the CHANNEL_VERDICT function, the KPI
 * tab, the monthly report and the sidebar. Scale what works, drop in time
 * what brings no leads (source articles).
 */
export type Verdict = 'SCALE' | 'KEEP' | 'OPTIMIZE' | 'DROP' | 'TEST';

export const DEFAULT_MIN_LEADS = 5;

/** Without revenue, a channel is scaled when its CPL is at most this share of the target. */
export const SCALE_THRESHOLD = 0.8;

/** ROMI a channel must reach to be scaled when none is set: 1 is 100 %, the channel earns back twice its cost. */
export const DEFAULT_TARGET_ROMI = 1;

/** Money closer than a tenth of a cent is the same money (core/metrics.ts): one tolerance for every rule. */
export { MONEY_TOLERANCE };

/** Which rule decided a verdict; the explanation in words is built from it and the figures. */
export type VerdictRule =
  | 'no_activity'
  | 'spend_no_leads'
  | 'too_few_leads'
  | 'losing_money_cpl_high'
  | 'losing_money'
  | 'romi_at_target'
  | 'romi_below_target_cpl_high'
  | 'romi_below_target'
  | 'cpl_high'
  | 'cpl_well_below_target'
  | 'cpl_near_target'
  | 'no_target';

/**
 * The verdict each rule gives; `null`: nothing happened, nothing to judge.
 * A switch rather than a record: CHANNEL_VERDICT asks it on every row, and
 * comparing the rule's name with each case is quicker than V8's lookup of a
 * property by a key that changes from row to row.
 */
export function verdictOfRule(rule: VerdictRule): Verdict | null {
  switch (rule) {
    case 'no_activity':
      return null;
    case 'spend_no_leads':
    case 'losing_money_cpl_high':
      return 'DROP';
    case 'too_few_leads':
      return 'TEST';
    case 'losing_money':
    case 'romi_below_target_cpl_high':
    case 'cpl_high':
      return 'OPTIMIZE';
    case 'romi_at_target':
    case 'cpl_well_below_target':
      return 'SCALE';
    case 'romi_below_target':
    case 'cpl_near_target':
    case 'no_target':
      return 'KEEP';
  }
}

/**
 * The rule set itself, on plain numbers so a 100 000-row verdict column
 * allocates nothing per row. Blank leads and cost are 0; revenue `null` is
 * unknown; target `null` means there is nothing to judge CPL against.
 * Return comes first when revenue is known (source articles: a channel that
 * costs more than it brings fails whatever its lead figures); CPL decides
 * only when revenue is unknown, or between break-even and the target ROMI.
 * Money is compared with MONEY_TOLERANCE: ROMI ≥ target is
 * revenue − cost ≥ target × cost, and cost 0 with revenue above 0 is above
 * any target.
 */
export function verdictRule(
  leads: number,
  cost: number,
  revenue: number | null,
  targetCpl: number | null,
  minLeads: number,
  targetRomi: number = DEFAULT_TARGET_ROMI,
): VerdictRule {
  if (leads === 0) return cost === 0 ? 'no_activity' : 'spend_no_leads';
  if (leads < minLeads) return 'too_few_leads';
  const cplHigh = targetCpl !== null && cost / leads > targetCpl;
  if (revenue !== null) {
    const gain = revenue - cost;
    if (gain < -MONEY_TOLERANCE) return cplHigh ? 'losing_money_cpl_high' : 'losing_money';
    // With no cost, only revenue above 0 beats a target above 0; break-even (ROMI 0) meets a target of 0.
    const atTarget =
      cost === 0 ? revenue > MONEY_TOLERANCE || targetRomi === 0 : gain >= targetRomi * cost - MONEY_TOLERANCE;
    if (atTarget) return 'romi_at_target';
    return cplHigh ? 'romi_below_target_cpl_high' : 'romi_below_target';
  }
  if (cplHigh) return 'cpl_high';
  if (targetCpl === null) return 'no_target';
  return cost / leads <= SCALE_THRESHOLD * targetCpl ? 'cpl_well_below_target' : 'cpl_near_target';
}

/**
 * ROMI as the rule sees it: (revenue − cost) / cost, with money within
 * MONEY_TOLERANCE of break-even read as exactly 0; cost 0 gives Infinity for
 * revenue above 0 (above any target). `null` when revenue is unknown.
 */
export function verdictRomi(cost: number, revenue: number | null): number | null {
  if (revenue === null) return null;
  const gain = revenue - cost;
  if (Math.abs(gain) <= MONEY_TOLERANCE) return 0;
  // With no cost a gain beyond the tolerance divides to Infinity or -Infinity.
  return gain / cost;
}

export interface ChannelPeriod {
  leads: number;
  /** Spend plus attributed staff or contractor cost. */
  cost: number;
  /** Revenue from the clients the channel brought; `null` when unknown. */
  revenue: number | null;
}

export interface VerdictRules {
  /** The CPL to judge against; `null` when there is none to judge against. */
  targetCpl: number | null;
  minLeads: number;
  /** ROMI to reach for SCALE, as a ratio (1 = 100 %); DEFAULT_TARGET_ROMI when omitted. */
  targetRomi?: number;
  /** True when targetCpl is the blended CPL of all channels, not a target someone set. */
  targetCplIsBlended?: boolean;
}

/** A verdict with the figures it was decided on, enough to say it in words. */
export interface VerdictResult extends ChannelPeriod, Required<VerdictRules> {
  /** `null` when nothing happened in the period (no leads, no cost). */
  verdict: Verdict | null;
  rule: VerdictRule;
  cpl: number | null;
  /** As the rule read it (verdictRomi); `null` when revenue is unknown. */
  romi: number | null;
}

export function judgeChannel(period: ChannelPeriod, rules: VerdictRules): VerdictResult {
  const targetRomi = rules.targetRomi ?? DEFAULT_TARGET_ROMI;
  const rule = verdictRule(period.leads, period.cost, period.revenue, rules.targetCpl, rules.minLeads, targetRomi);
  return {
    ...period,
    targetCpl: rules.targetCpl,
    minLeads: rules.minLeads,
    targetRomi,
    targetCplIsBlended: rules.targetCplIsBlended ?? false,
    verdict: verdictOfRule(rule),
    rule,
    cpl: costPerLead(period.cost, period.leads),
    romi: verdictRomi(period.cost, period.revenue),
  };
}

/**
 * The target CPL used when none is given: the blended CPL of the rows that
 * brought leads (Σcost / Σleads over those rows), or `null` if none did.
 */
export function blendedTargetCpl(leads: ArrayLike<number | null>, cost: ArrayLike<number | null>): number | null {
  return blendedTargetCplOf(
    leads.length,
    (row) => leads[row] ?? null,
    (row) => cost[row] ?? null,
  );
}

/** `blendedTargetCpl` over `rows` rows read through `leadsAt` and `costAt`: a checked range's cells, read where they are. */
export function blendedTargetCplOf(
  rows: number,
  leadsAt: (row: number) => number | null,
  costAt: (row: number) => number | null,
): number | null {
  let totalCost = 0;
  let totalLeads = 0;
  for (let row = 0; row < rows; row++) {
    const rowLeads = leadsAt(row) ?? 0;
    if (rowLeads > 0) {
      totalLeads += rowLeads;
      totalCost += costAt(row) ?? 0;
    }
  }
  return costPerLead(totalCost, totalLeads);
}

export interface ChannelsToJudge {
  periods: readonly ChannelPeriod[];
  /** One target for all rows, or one per row (`null` entries fall back to the blended target). */
  targetCpl?: number | null | readonly (number | null)[];
  minLeads?: number;
  /** One target ROMI for all rows, or one per row (`null` entries: DEFAULT_TARGET_ROMI). */
  targetRomi?: number | null | readonly (number | null)[];
}

/** Verdicts for a set of channels in one period, with the default target filled in. */
export function judgeChannels({
  periods,
  targetCpl,
  minLeads = DEFAULT_MIN_LEADS,
  targetRomi,
}: ChannelsToJudge): VerdictResult[] {
  const blended = blendedTargetCpl(
    periods.map((period) => period.leads),
    periods.map((period) => period.cost),
  );
  return periods.map((period, index) => {
    const given = Array.isArray(targetCpl) ? targetCpl[index] : targetCpl;
    const givenRomi = Array.isArray(targetRomi) ? targetRomi[index] : targetRomi;
    return judgeChannel(period, {
      targetCpl: typeof given === 'number' ? given : blended,
      targetCplIsBlended: typeof given !== 'number' && blended !== null,
      minLeads,
      targetRomi: typeof givenRomi === 'number' ? givenRomi : DEFAULT_TARGET_ROMI,
    });
  });
}
