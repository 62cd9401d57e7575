/**
 * The ledger's count of CRM deals without a source (core/import/untagged-deals.ts),
 * per source and month, kept the way contributions are: a newer export of a
 * source replaces its months, never adds to them; two files of one source in
 * one import add up. A month the file covers without a deal created in it
 * counts 0 of 0, which is known; a month no counted import covers has no
 * entry, which is unknown (ledgers written before the count have none).
 */
import type { DealSourceCount } from '../import/untagged-deals';
import type { ImportBatch } from './plan-import';

export interface DealCount {
  deals: number;
  untagged: number;
}

/** source → 'YYYY-MM' → the deals created that month and how many carry no source and no UTM. */
export type DealSourceLedger = Record<string, Record<string, DealCount>>;

/** The counts after `batches` are imported; batches that did not count (cabinets) change nothing. */
export function replacedDealSources(current: DealSourceLedger, batches: readonly ImportBatch[]): DealSourceLedger {
  const bySource = new Map<string, Map<string, DealCount>>();
  for (const batch of batches) {
    if (!batch.dealSources) continue;
    const months = bySource.get(batch.source) ?? new Map<string, DealCount>();
    for (const month of [...batch.months, ...batch.dealSources.map((count) => count.month)])
      if (!months.has(month)) months.set(month, { deals: 0, untagged: 0 });
    for (const count of batch.dealSources) addCount(months, count);
    bySource.set(batch.source, months);
  }
  if (bySource.size === 0) return current;
  const next: DealSourceLedger = {};
  for (const [source, months] of Object.entries(current)) next[source] = { ...months };
  for (const [source, months] of bySource) next[source] = { ...next[source], ...Object.fromEntries(months) };
  return next;
}

function addCount(months: Map<string, DealCount>, count: DealSourceCount): void {
  const sum = months.get(count.month) ?? { deals: 0, untagged: 0 };
  months.set(count.month, { deals: sum.deals + count.deals, untagged: sum.untagged + count.untagged });
}

/** Each source × month `batches` replace, with what the ledger held before (`null`: no count), for undoing. */
export function dealSourcesBefore(
  current: DealSourceLedger,
  batches: readonly ImportBatch[],
): { source: string; month: string; before: DealCount | null }[] {
  const seen = new Set<string>();
  const before: { source: string; month: string; before: DealCount | null }[] = [];
  for (const batch of batches) {
    if (!batch.dealSources) continue;
    for (const month of [...batch.months, ...batch.dealSources.map((count) => count.month)]) {
      const id = `${batch.source}|${month}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const held = current[batch.source]?.[month];
      before.push({ source: batch.source, month, before: held ? { ...held } : null });
    }
  }
  return before;
}

/** The counts with `undo`'s source months put back as they were. */
export function restoredDealSources(
  current: DealSourceLedger,
  undo: readonly { source: string; month: string; before: DealCount | null }[],
): DealSourceLedger {
  const next: DealSourceLedger = {};
  for (const [source, months] of Object.entries(current)) next[source] = { ...months };
  for (const item of undo) {
    const months = next[item.source] ?? {};
    if (item.before === null) delete months[item.month];
    else months[item.month] = { ...item.before };
    if (Object.keys(months).length === 0) delete next[item.source];
    else next[item.source] = months;
  }
  return next;
}

/** Whether two ledgers' counts differ (key order aside). */
export function dealSourcesDiffer(a: DealSourceLedger, b: DealSourceLedger): boolean {
  const entries = (ledger: DealSourceLedger) =>
    Object.entries(ledger)
      .flatMap(([source, months]) =>
        Object.entries(months).map(([month, count]) => `${source}|${month}|${count.deals}|${count.untagged}`),
      )
      .sort()
      .join('\n');
  return entries(a) !== entries(b);
}
