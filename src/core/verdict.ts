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

/** Why a verdict was given, with the figures needed to say it in words. */
export type VerdictReason =
  | { rule: 'no_activity' }
  | { rule: 'spend_no_leads'; cost: number }
  | { rule: 'too_few_leads'; leads: number; minLeads: number }
  | { rule: 'cpl_high_and_losing_money'; cpl: number; target: number; revenue: number; cost: number }
  | { rule: 'cpl_high'; cpl: number; target: number }
  | { rule: 'losing_money'; revenue: number; cost: number }
  | { rule: 'cpl_well_below_target'; cpl: number; target: number }
  | { rule: 'cpl_near_target'; cpl: number; target: number }
  | { rule: 'no_target'; cpl: number };

export interface VerdictResult {
  /** `null` when nothing happened in the period (no leads, no cost). */
  verdict: Verdict | null;
  reason: VerdictReason;
}

export function judgeChannel(period: ChannelPeriod, rules: VerdictRules): VerdictResult {
  const { leads, cost, revenue } = period;
  if (leads === 0 && cost === 0) return { verdict: null, reason: { rule: 'no_activity' } };
  if (leads === 0) return { verdict: 'DROP', reason: { rule: 'spend_no_leads', cost } };
  if (leads < rules.minLeads) return { verdict: 'TEST', reason: { rule: 'too_few_leads', leads, minLeads: rules.minLeads } };

  const cpl = costPerLead(cost, leads) ?? 0;
  const target = rules.targetCpl;
  const cplHigh = target !== null && cpl > target;
  const losingMoney = revenue !== null && revenue < cost;

  if (cplHigh && losingMoney) {
    return { verdict: 'DROP', reason: { rule: 'cpl_high_and_losing_money', cpl, target, revenue, cost } };
  }
  if (cplHigh) return { verdict: 'OPTIMIZE', reason: { rule: 'cpl_high', cpl, target } };
  if (losingMoney) return { verdict: 'OPTIMIZE', reason: { rule: 'losing_money', revenue, cost } };
  if (target === null) return { verdict: 'KEEP', reason: { rule: 'no_target', cpl } };
  if (cpl <= SCALE_THRESHOLD * target) return { verdict: 'SCALE', reason: { rule: 'cpl_well_below_target', cpl, target } };
  return { verdict: 'KEEP', reason: { rule: 'cpl_near_target', cpl, target } };
}

/**
 * The target CPL used when none is given: the blended CPL of the channels
 * that brought leads (Σcost / Σleads over those rows), or `null` if none did.
 */
export function blendedTargetCpl(periods: readonly ChannelPeriod[]): number | null {
  let cost = 0;
  let leads = 0;
  for (const period of periods) {
    if (period.leads > 0) {
      cost += period.cost;
      leads += period.leads;
    }
  }
  return costPerLead(cost, leads);
}

export interface ChannelsToJudge {
  periods: readonly ChannelPeriod[];
  /** One target for all rows, or one per row (`null` entries fall back to the blended target). */
  targetCpl?: number | null | readonly (number | null)[];
  minLeads?: number;
}

/** Verdicts for a set of channels in one period, with the default target filled in. */
export function judgeChannels({ periods, targetCpl, minLeads = DEFAULT_MIN_LEADS }: ChannelsToJudge): VerdictResult[] {
  const blended = blendedTargetCpl(periods);
  return periods.map((period, index) => {
    const given = Array.isArray(targetCpl) ? targetCpl[index] : targetCpl;
    return judgeChannel(period, { targetCpl: typeof given === 'number' ? given : blended, minLeads });
  });
}
