/**
 * The three numbers that decide (source articles): leads, cost per lead and
 * return on marketing investment. Plain numbers in, `null` where a figure
 * does not exist (no leads, no cost) so that callers decide how to show it.
 */

/** Cost per lead: (channel spend + attributed staff or contractor cost) / leads. */
export function costPerLead(spend: number, leads: number, staffCost = 0): number | null {
  return leads > 0 ? (spend + staffCost) / leads : null;
}

/**
 * Return on marketing investment as a ratio (0.35 = 35 %):
 * (revenue × margin − cost) / cost. A margin below 1 gives the margin-based
 * variant; negative means marketing costs more than it earns.
 */
export function returnOnMarketingInvestment(revenue: number, cost: number, margin = 1): number | null {
  return cost > 0 ? (revenue * margin - cost) / cost : null;
}

/** Share of leads that became customers. */
export function leadToCustomerConversion(leads: number, customers: number): number | null {
  return leads > 0 ? customers / leads : null;
}

/** Relative change from `previous` to `current` (0.1 = +10 %); none when there was nothing before. */
export function relativeChange(current: number, previous: number): number | null {
  return previous !== 0 ? (current - previous) / Math.abs(previous) : null;
}
