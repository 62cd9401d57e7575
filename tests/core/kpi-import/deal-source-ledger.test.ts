/**
 * The ledger keeps each CRM source's count of deals without a source per
 * month the way it keeps contributions: a newer export replaces its months,
 * two files of one source in one import add up, a covered month without
 * deals is 0 of 0 (known), undoing puts the counts back, and a ledger
 * written before the count keeps having none (unknown, never 0).
 */
import { describe, expect, it } from 'vitest';
import {
  dealSourcesDiffer,
  replacedDealSources,
  type DealSourceLedger,
} from '../../../src/core/kpi-import/deal-source-ledger';
import { emptyLedger, type ImportLedger } from '../../../src/core/kpi-import/import-ledger';
import { planKpiImport, type ImportBatch } from '../../../src/core/kpi-import/plan-import';
import { planUndo, recordImport } from '../../../src/core/kpi-import/record-import';

const crm = (dealSources: ImportBatch['dealSources'], months = ['2026-03', '2026-04']): ImportBatch => ({
  source: 'amocrm_leads',
  months,
  figures: [{ month: '2026-03', channel: 'ppc', values: { leads: 3 }, rows: 3 }],
  dealSources,
});
const cabinet: ImportBatch = {
  source: 'yandex_direct_wizard',
  months: ['2026-03'],
  figures: [{ month: '2026-03', channel: 'ppc', values: { spend: 100 }, rows: 1 }],
};

function imported(ledger: ImportLedger, batches: ImportBatch[], id: string): ImportLedger {
  const plan = planKpiImport(ledger, batches, () => ({ value: '', formula: '' }));
  return recordImport(ledger, plan, batches, { id, at: '2026-03-05T10:00:00Z', by: '', files: [] }).ledger;
}

describe("the ledger's count of deals without a source", () => {
  it('a newer export of a source replaces its months; a covered month without deals is 0 of 0', () => {
    const first = replacedDealSources({}, [crm([{ month: '2026-03', deals: 10, untagged: 4 }])]);
    expect(first).toEqual({
      amocrm_leads: { '2026-03': { deals: 10, untagged: 4 }, '2026-04': { deals: 0, untagged: 0 } },
    });
    const second = replacedDealSources(first, [crm([{ month: '2026-03', deals: 12, untagged: 1 }], ['2026-03'])]);
    expect(second.amocrm_leads).toEqual({
      '2026-03': { deals: 12, untagged: 1 },
      '2026-04': { deals: 0, untagged: 0 },
    });
  });

  it('two files of one source in one import add up; another source keeps its own', () => {
    const before: DealSourceLedger = { bitrix24_deals: { '2026-03': { deals: 5, untagged: 5 } } };
    const next = replacedDealSources(before, [
      crm([{ month: '2026-03', deals: 10, untagged: 4 }], ['2026-03']),
      crm([{ month: '2026-03', deals: 7, untagged: 2 }], ['2026-03']),
    ]);
    expect(next).toEqual({
      bitrix24_deals: { '2026-03': { deals: 5, untagged: 5 } },
      amocrm_leads: { '2026-03': { deals: 17, untagged: 6 } },
    });
    expect(before).toEqual({ bitrix24_deals: { '2026-03': { deals: 5, untagged: 5 } } });
  });

  it('a cabinet import, or a sidebar that did not count, changes no count and adds none', () => {
    const counted = replacedDealSources({}, [crm([{ month: '2026-03', deals: 1, untagged: 0 }])]);
    expect(replacedDealSources(counted, [cabinet])).toBe(counted);
    expect(imported(emptyLedger(), [cabinet, crm(undefined)], 'a').dealSources).toBeUndefined();
  });

  it('recordImport keeps the counts and undoing the import puts back what was there', () => {
    const older = imported(emptyLedger(), [crm(undefined)], 'old');
    expect(older.dealSources).toBeUndefined();
    const newer = imported(older, [crm([{ month: '2026-03', deals: 8, untagged: 2 }])], 'new');
    expect(newer.dealSources).toEqual({
      amocrm_leads: { '2026-03': { deals: 8, untagged: 2 }, '2026-04': { deals: 0, untagged: 0 } },
    });
    const entry = newer.log[0];
    if (!entry) throw new Error('no log entry');
    const undone = planUndo(newer, entry, () => ({ value: 3, formula: '' })).ledger;
    // Back to the older ledger's state: no count at all, so the report says "unknown", not 0.
    expect(undone.dealSources).toBeUndefined();
    expect(dealSourcesDiffer(undone.dealSources ?? {}, {})).toBe(false);
  });

  it('differ compares counts, not the order they were stored in', () => {
    const a: DealSourceLedger = { s: { '2026-03': { deals: 2, untagged: 1 }, '2026-04': { deals: 0, untagged: 0 } } };
    const b: DealSourceLedger = { s: { '2026-04': { deals: 0, untagged: 0 }, '2026-03': { deals: 2, untagged: 1 } } };
    expect(dealSourcesDiffer(a, b)).toBe(false);
    expect(dealSourcesDiffer(a, { s: { '2026-03': { deals: 2, untagged: 2 } } })).toBe(true);
  });
});
