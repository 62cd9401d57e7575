import { costPerLead } from './metrics';

/**
 * The channel verdict: one rule set for the CHANNEL_VERDICT function, the KPI
 * tab, the monthly report and the sidebar. Scale what works, drop in time
 * what brings no leads (source articles).
 */
export type Verdict = 'SCALE' | 'KEEP' | 'OPTIMIZE' | 'DROP' | 'TEST';

export const VERDICTS: readonly Verdict[] = ['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST'];

export const DEFAULT_MIN_LEADS = 5;

/** A channel is scaled when its CPL is at most this share of the target. */
export const SCALE_THRESHOLD = 0.8;

/** Which rule decided a verdict; the explanation in words is built from it and the figures. */
export type VerdictRule =
  | 'no_activity'
  | 'spend_no_leads'
  | 'too_few_leads'
  | 'cpl_high_and_losing_money'
  | 'cpl_high'
  | 'losing_money'
  | 'cpl_well_below_target'
  | 'cpl_near_target'
  | 'no_target';

export const VERDICT_OF_RULE: Readonly<Record<VerdictRule, Verdict | null>> = {
  no_activity: null,
  spend_no_leads: 'DROP',
  too_few_leads: 'TEST',
  cpl_high_and_losing_money: 'DROP',
  cpl_high: 'OPTIMIZE',
  losing_money: 'OPTIMIZE',
  cpl_well_below_target: 'SCALE',
  cpl_near_target: 'KEEP',
  no_target: 'KEEP',
};

/**
 * The rule set itself, on plain numbers so a 100 000-row verdict column
 * allocates nothing per row. Blank leads and cost are 0; revenue `null` is
 * unknown; target `null` means there is nothing to judge CPL against.
 */
export function verdictRule(leads: number, cost: number, revenue: number | null, targetCpl: number | null, minLeads: number): VerdictRule {
  if (leads === 0) return cost === 0 ? 'no_activity' : 'spend_no_leads';
  if (leads < minLeads) return 'too_few_leads';
  const cpl = cost / leads;
  const cplHigh = targetCpl !== null && cpl > targetCpl;
  const losingMoney = revenue !== null && revenue < cost;
  if (cplHigh && losingMoney) return 'cpl_high_and_losing_money';
  if (cplHigh) return 'cpl_high';
  if (losingMoney) return 'losing_money';
  if (targetCpl === null) return 'no_target';
  return cpl <= SCALE_THRESHOLD * targetCpl ? 'cpl_well_below_target' : 'cpl_near_target';
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
}

/** A verdict with the figures it was decided on, enough to say it in words. */
export interface VerdictResult extends ChannelPeriod, VerdictRules {
  /** `null` when nothing happened in the period (no leads, no cost). */
  verdict: Verdict | null;
  rule: VerdictRule;
  cpl: number | null;
}

export function judgeChannel(period: ChannelPeriod, rules: VerdictRules): VerdictResult {
  const rule = verdictRule(period.leads, period.cost, period.revenue, rules.targetCpl, rules.minLeads);
  return { ...period, ...rules, verdict: VERDICT_OF_RULE[rule], rule, cpl: costPerLead(period.cost, period.leads) };
}

/**
 * The target CPL used when none is given: the blended CPL of the rows that
 * brought leads (Σcost / Σleads over those rows), or `null` if none did.
 */
export function blendedTargetCpl(leads: ArrayLike<number | null>, cost: ArrayLike<number | null>): number | null {
  let totalCost = 0;
  let totalLeads = 0;
  for (let row = 0; row < leads.length; row++) {
    const rowLeads = leads[row] ?? 0;
    if (rowLeads > 0) {
      totalLeads += rowLeads;
      totalCost += cost[row] ?? 0;
    }
  }
  return costPerLead(totalCost, totalLeads);
}

export interface ChannelsToJudge {
  periods: readonly ChannelPeriod[];
  /** One target for all rows, or one per row (`null` entries fall back to the blended target). */
  targetCpl?: number | null | readonly (number | null)[];
  minLeads?: number;
}

/** Verdicts for a set of channels in one period, with the default target filled in. */
export function judgeChannels({ periods, targetCpl, minLeads = DEFAULT_MIN_LEADS }: ChannelsToJudge): VerdictResult[] {
  const blended = blendedTargetCpl(
    periods.map((period) => period.leads),
    periods.map((period) => period.cost),
  );
  return periods.map((period, index) => {
    const given = Array.isArray(targetCpl) ? targetCpl[index] : targetCpl;
    return judgeChannel(period, { targetCpl: typeof given === 'number' ? given : blended, minLeads });
  });
}
