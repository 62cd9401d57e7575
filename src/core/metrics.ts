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

/** Share of leads that became customers. */
export function leadToCustomerConversion(leads: number, customers: number): number | null {
  return leads > 0 ? customers / leads : null;
}

/** Relative change from `previous` to `current` (0.1 = +10 %); none when there was nothing before. */
export function relativeChange(current: number, previous: number): number | null {
  return previous !== 0 ? (current - previous) / Math.abs(previous) : null;
}
