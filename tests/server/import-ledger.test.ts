/**
 * The import ledger stays small enough for document properties: the log
 * keeps 30 entries and undo data for the newest 5, and shrinking drops undo
 * data oldest first, then the oldest entries, never the newest.
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger, undoableEntry, type ImportLedger } from '../../src/core/kpi-import/import-ledger';
import { planKpiImport, type ImportBatch } from '../../src/core/kpi-import/plan-import';
import { LEDGER_BUDGET_BYTES } from '../../src/server/import/import-ledger-store';
import {
  MAX_LOG_ENTRIES,
  MAX_UNDOABLE_ENTRIES,
  recordImport,
  shrinkLedger,
} from '../../src/core/kpi-import/record-import';

const MONTHS = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);
const CHANNELS = ['ppc', 'smm', 'telegram', 'seo', 'pr', 'email', 'events', 'referrals'];

/** A CRM export of a whole year for every channel, its figures shifted by `n` so each import changes every cell. */
function yearOfDeals(n: number): ImportBatch {
  return {
    source: 'amocrm_leads',
    months: MONTHS,
    figures: MONTHS.flatMap((month) =>
      CHANNELS.map((channel, index) => ({
        month,
        channel,
        rows: 10,
        values: { leads: n + index, qualified_leads: n, customers: 1, revenue: 1000 * n + 0.5 },
      })),
    ),
  };
}

function importMany(count: number): ImportLedger {
  let ledger = emptyLedger();
  const tab = new Map<string, number | ''>();
  for (let n = 1; n <= count; n++) {
    const batches = [yearOfDeals(n)];
    const plan = planKpiImport(ledger, batches, (month, channel, field) => ({
      value: tab.get(`${month}|${channel}|${field}`) ?? '',
      formula: '',
    }));
    for (const cell of plan.cells) if (cell.write) tab.set(cell.key, cell.after);
    ledger = recordImport(ledger, plan, batches, {
      id: `i${n}`,
      at: '2026-04-01T00:00:00Z',
      by: 'head@example.com',
      files: [],
    }).ledger;
  }
  return ledger;
}

describe('the import ledger', () => {
  it('keeps 30 entries, undo data for the newest 5, and fits its budget by dropping the older undo data', () => {
    const ledger = importMany(40);
    expect(ledger.log).toHaveLength(MAX_LOG_ENTRIES);
    expect(ledger.log.filter((entry) => entry.undo).map((entry) => entry.id)).toEqual(
      ['i40', 'i39', 'i38', 'i37', 'i36'].slice(0, MAX_UNDOABLE_ENTRIES),
    );
    // A whole year of 8 channels is 384 cells an import: five such undos are more than the ledger's 150 KB.
    expect(JSON.stringify(ledger).length).toBeGreaterThan(LEDGER_BUDGET_BYTES);
    const stored = shrinkLedger(ledger, (candidate) => JSON.stringify(candidate).length <= LEDGER_BUDGET_BYTES);
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(LEDGER_BUDGET_BYTES);
    expect(stored.log).toHaveLength(MAX_LOG_ENTRIES);
    expect(undoableEntry(stored)?.id).toBe('i40');
    expect(stored.log.filter((entry) => entry.undo).length).toBeGreaterThanOrEqual(1);
  });

  it('shrinks undo data oldest first, then the oldest entries, keeping the newest', () => {
    const ledger = importMany(6);
    const size = (candidate: ImportLedger) => JSON.stringify(candidate).length;
    const noUndoButNewest = shrinkLedger(
      ledger,
      (candidate) => candidate.log.filter((entry) => entry.undo).length <= 1,
    );
    expect(noUndoButNewest.log.map((entry) => [entry.id, Boolean(entry.undo)])).toEqual([
      ['i6', true],
      ['i5', false],
      ['i4', false],
      ['i3', false],
      ['i2', false],
      ['i1', false],
    ]);
    const tiny = shrinkLedger(ledger, (candidate) => size(candidate) < size(noUndoButNewest) - 1);
    expect(tiny.log.map((entry) => entry.id)).toEqual(['i6', 'i5', 'i4', 'i3', 'i2'].slice(0, tiny.log.length));
    expect(tiny.log[0]?.undo).toBeDefined();
    // Nothing smaller than the newest entry: it is kept as it is.
    expect(shrinkLedger(ledger, () => false).log.map((entry) => entry.id)).toEqual(['i6']);
  });
});
