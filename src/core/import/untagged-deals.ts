/**
 * CRM deals that say nothing about where they came from: both the CRM's own
 * «Источник» field and utm_source are empty (blank or only spaces). Such a
 * deal goes to no channel by source, so its lead and its revenue are
 * missing from every channel's CPL and ROMI; the report says how many there
 * were. Counted per month the deal was created (the month its lead counts
 * in), every deal of the file, mapped to a channel or not.
 */
import type { RowSource } from './channel-mapping';

/** One month of a CRM file: its deals and how many of them carry no source and no UTM. */
export interface DealSourceCount {
  /** 'YYYY-MM', the month the deals were created. */
  month: string;
  deals: number;
  untagged: number;
}

export function isUntaggedDeal(source: Pick<RowSource, 'source' | 'utmSource'>): boolean {
  return source.source.trim() === '' && source.utmSource.trim() === '';
}

/** Counts deals by month as they are added; `counts()` lists them oldest month first. */
export function dealSourceCounter(): { add(month: string, source: RowSource): void; counts(): DealSourceCount[] } {
  const byMonth = new Map<string, DealSourceCount>();
  return {
    add(month, source) {
      const count = byMonth.get(month) ?? { month, deals: 0, untagged: 0 };
      count.deals++;
      if (isUntaggedDeal(source)) count.untagged++;
      byMonth.set(month, count);
    },
    counts: () => [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
  };
}
