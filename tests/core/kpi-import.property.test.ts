/**
 * The import plan over a modelled tab, for any figures: importing the same
 * batches twice changes nothing the second time; a newer export of a
 * source replaces its months; import then undo gives the tab back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, importCellKey, type ImportField } from '../../src/core/kpi-import/import-fields';
import { emptyLedger, undoableEntry, type ImportLedger } from '../../src/core/kpi-import/import-ledger';
import { planKpiImport, type CellState, type ImportBatch } from '../../src/core/kpi-import/plan-import';
import { planUndo, recordImport } from '../../src/core/kpi-import/record-import';
import type { SheetsScalar } from '../../src/core/sheet-values';

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const CHANNELS = ['ppc', 'seo'];

const figure = fc.record({
  month: fc.constantFrom(...MONTHS),
  channel: fc.constantFrom(...CHANNELS),
  rows: fc.integer({ min: 1, max: 50 }),
  values: fc.record(
    { spend: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100), leads: fc.nat(500) },
    { requiredKeys: [] },
  ),
});
const batch = fc.record({
  source: fc.constantFrom('yandex_direct_wizard', 'google_ads', 'amocrm_leads'),
  months: fc.subarray(MONTHS),
  figures: fc.array(figure, { maxLength: 6 }),
});
/** What a person typed before any import: a few cells. */
const typed = fc.dictionary(
  fc.constantFrom(...MONTHS.flatMap((m) => CHANNELS.flatMap((c) => IMPORT_FIELDS.map((f) => importCellKey(m, c, f))))),
  fc.oneof(fc.nat(99), fc.constant('n/a')),
  { maxKeys: 3 },
);

type Tab = Map<string, SheetsScalar>;

function reader(tab: Tab) {
  return (month: string, channel: string, field: ImportField): CellState => ({
    value: tab.get(importCellKey(month, channel, field)) ?? '',
    formula: '',
  });
}

function apply(tab: Tab, ledger: ImportLedger, batches: ImportBatch[], id: string): ImportLedger {
  const plan = planKpiImport(ledger, batches, reader(tab));
  for (const cell of plan.cells) if (cell.write) tab.set(cell.key, cell.after);
  return recordImport(ledger, plan, batches, { id, at: '2026-04-01T00:00:00Z', by: '', files: [] }).ledger;
}

describe('the import plan', () => {
  it('changes nothing when the same files come again', () => {
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 3 }), typed, (batches, cells) => {
        const tab: Tab = new Map(Object.entries(cells));
        const ledger = apply(tab, emptyLedger(), batches, 'a');
        expect(planKpiImport(ledger, batches, reader(tab)).cells.filter((cell) => cell.write)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("never writes a cell a person typed, and a newer export replaces its source's months", () => {
    fc.assert(
      fc.property(batch, batch, typed, (first, second, cells) => {
        const tab: Tab = new Map(Object.entries(cells));
        const newer = { ...second, source: first.source };
        const ledger = apply(tab, apply(tab, emptyLedger(), [first], 'a'), [newer], 'b');
        for (const [key, value] of Object.entries(cells)) expect(tab.get(key)).toBe(value);
        // Every untyped cell holds what the newer export says for its months, else what the first said.
        const covered = new Set([...newer.months, ...newer.figures.map((each) => each.month)]);
        const expected = new Map<string, number>();
        for (const each of first.figures)
          if (!covered.has(each.month))
            for (const field of IMPORT_FIELDS)
              if (each.values[field as 'spend'] !== undefined)
                expected.set(
                  importCellKey(each.month, each.channel, field),
                  (expected.get(importCellKey(each.month, each.channel, field)) ?? 0) +
                    (each.values[field as 'spend'] ?? 0),
                );
        for (const each of newer.figures)
          for (const field of IMPORT_FIELDS)
            if (each.values[field as 'spend'] !== undefined)
              expected.set(
                importCellKey(each.month, each.channel, field),
                (expected.get(importCellKey(each.month, each.channel, field)) ?? 0) +
                  (each.values[field as 'spend'] ?? 0),
              );
        for (const [key, value] of expected)
          if (!(key in cells)) expect(tab.get(key)).toBeCloseTo(Math.round(value * 100) / 100, 2);
        expect(Object.keys(ledger.contributions).every((source) => source === first.source)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('import then undo gives the tab back', () => {
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 3 }), typed, (batches, cells) => {
        const tab: Tab = new Map(Object.entries(cells));
        const before = new Map(tab);
        const ledger = apply(tab, emptyLedger(), batches, 'a');
        const entry = undoableEntry(ledger);
        if (!entry) throw new Error('an entry to undo');
        const undo = planUndo(ledger, entry, (key) => ({ value: tab.get(key) ?? '', formula: '' }));
        for (const cell of undo.restore) tab.set(cell.key, cell.before.value);
        const shown = (map: Tab) => [...map].filter(([, value]) => value !== '').sort();
        expect(shown(tab)).toEqual(shown(before));
        expect(undo.ledger.contributions).toEqual({});
        expect(undo.ledger.written).toEqual({});
      }),
      { numRuns: 100 },
    );
  });
});
