/**
 * The three numbers that decide (source articles): leads, cost per lead and
 * return on marketing investment. Plain numbers in, `null` where a figure
 * does not exist (no leads, no cost) so that callers decide how to show it.
 */

/**
 * Money closer than this is the same money: a tenth of a cent. Sums of cents
 * in binary floating point are off by far less (0.1 + 0.2 against 0.3 is off
 * by 5.6e-17), so a break-even channel never reads as losing money, while any
 * real difference, one cent or more, still counts.
 */
export const MONEY_TOLERANCE = 0.001;

/** Cost per lead: (channel spend + attributed staff or contractor cost) / leads. */
export function costPerLead(spend: number, leads: number, staffCost = 0): number | null {
  return leads > 0 ? (spend + staffCost) / leads : null;
}

/**
 * Return on marketing investment as a ratio (0.35 = 35 %):
 * (revenue × margin − cost) / cost. A margin below 1 gives the margin-based
 * variant; negative means marketing costs more than it earns. A gain
 * within MONEY_TOLERANCE of 0 is break-even: exactly 0.
 */
export function returnOnMarketingInvestment(revenue: number, cost: number, margin = 1): number | null {
  if (cost <= 0) return null;
  const gain = revenue * margin - cost;
  // Break-even summed from cents (0.1 + 0.2 against 0.3) is 0, not −1.85e-16: it must not read as a loss.
  return Math.abs(gain) <= MONEY_TOLERANCE ? 0 : gain / cost;
}

/** Customer acquisition cost: cost / customers; `null` without customers or without a cost. */
export function customerAcquisitionCost(cost: number | null, customers: number | null): number | null {
  return customers !== null && customers > 0 && cost !== null ? cost / customers : null;
}

/** Cost per qualified lead: cost / qualified leads (the leads left after the non-target ones are disqualified). */
export function costPerQualifiedLead(cost: number | null, qualifiedLeads: number | null): number | null {
  return qualifiedLeads !== null && qualifiedLeads > 0 && cost !== null ? cost / qualifiedLeads : null;
}

/** How much of the plan a figure reached (1 = 100 %); `null` without a plan above 0 or without the figure. */
export function shareOfPlan(actual: number | null, plan: number | null): number | null {
  return actual !== null && plan !== null && plan > 0 ? actual / plan : null;
}

/** Share of leads that became customers. */
export function leadToCustomerConversion(leads: number, customers: number): number | null {
  return leads > 0 ? customers / leads : null;
}

/** Relative change from `previous` to `current` (0.1 = +10 %); none when there was nothing before. */
export function relativeChange(current: number, previous: number): number | null {
  return previous !== 0 ? (current - previous) / Math.abs(previous) : null;
}
