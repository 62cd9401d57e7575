/**
 * The share of the month's CRM deals with no source and no UTM, from the
 * counts each import kept in the ledger (core/import/untagged-deals.ts,
 * core/kpi-import/deal-source-ledger.ts): every CRM source of the month
 * added up. A CRM source whose figures were imported before the add-on
 * counted makes the share unknown, never 0.
 */
import type { FieldValues } from '../kpi-import/import-fields';
import type { DealSourceLedger } from '../kpi-import/deal-source-ledger';
import type { MonthKey } from '../kpi/month';
import type { ImportContributions } from './reconciliation';

/**
 * Beyond one deal in ten without a source the report flags it: those deals
 * reach no channel, so a tenth of the leads and revenue is missing from
 * every channel's CPL and ROMI, enough to move a verdict near its target.
 */
export const UNTAGGED_DEALS_TOLERANCE_PERCENT = 10;

export type UntaggedDealsShare =
  | { kind: 'counted'; month: MonthKey; deals: number; untagged: number; flagged: boolean }
  | { kind: 'unknown'; month: MonthKey };

/** Whether a source's figures of the month are a CRM's: any field but spend (which comes from cabinets). */
function isCrmContribution(byChannel: Record<string, FieldValues> | undefined): boolean {
  return Object.values(byChannel ?? {}).some((fields) =>
    Object.entries(fields).some(([field, value]) => field !== 'spend' && value !== undefined),
  );
}

/** Whether `untagged` of `deals` is beyond the tolerance; in whole numbers, so 10 of 100 is exactly at it, not beyond. */
export function untaggedBeyondTolerance(untagged: number, deals: number): boolean {
  return untagged * 100 > deals * UNTAGGED_DEALS_TOLERANCE_PERCENT;
}

/** `null` when no CRM export brought figures or counts for `month`, or it had no deals created that month. */
export function untaggedDealsShare(
  contributions: ImportContributions,
  dealSources: DealSourceLedger | undefined,
  month: MonthKey,
): UntaggedDealsShare | null {
  const counts = dealSources ?? {};
  const sources = new Set<string>();
  for (const [source, byMonth] of Object.entries(contributions))
    if (isCrmContribution(byMonth[month])) sources.add(source);
  for (const [source, byMonth] of Object.entries(counts)) if (byMonth[month] !== undefined) sources.add(source);
  if (sources.size === 0) return null;
  let deals = 0;
  let untagged = 0;
  for (const source of sources) {
    const count = counts[source]?.[month];
    if (count === undefined) return { kind: 'unknown', month };
    deals += count.deals;
    untagged += count.untagged;
  }
  if (deals === 0) return null;
  return { kind: 'counted', month, deals, untagged, flagged: untaggedBeyondTolerance(untagged, deals) };
}
