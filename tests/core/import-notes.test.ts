/**
 * The import's note on a KPI cell: the file of each source adding to it,
 * and whose note it is (ours while it holds what we left, by its hash).
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger, type ImportLedger } from '../../src/core/kpi-import/import-ledger';
import { importNote, noteHash, planNotes } from '../../src/core/kpi-import/import-notes';

const KEY = '2026-03|ppc|spend';

function ledger(): ImportLedger {
  return {
    ...emptyLedger(),
    contributions: {
      yandex_direct_wizard: { '2026-03': { ppc: { spend: 100 } } },
      google_ads: { '2026-03': { ppc: { spend: 50 } }, '2026-04': { ppc: { spend: 5 } } },
    },
    written: { [KEY]: 150 },
    log: [
      {
        id: 'b',
        at: '2026-12-07T10:00:00Z',
        by: '',
        files: [
          {
            name: 'direct-new.csv',
            format: 'yandex_direct_wizard',
            source: 'yandex_direct_wizard',
            hash: '',
            rows: 1,
            from: '2026-03',
            to: '2026-03',
          },
        ],
        changed: 1,
        keptTyped: 0,
        undone: true,
      },
      {
        id: 'a',
        at: '2026-12-05T10:00:00Z',
        by: '',
        files: [
          {
            name: 'direct.csv',
            format: 'yandex_direct_wizard',
            source: 'yandex_direct_wizard',
            hash: '',
            rows: 1,
            from: '2026-01',
            to: '2026-03',
          },
          {
            name: 'google.csv',
            format: 'google_ads',
            source: 'google_ads',
            hash: '',
            rows: 1,
            from: '2026-03',
            to: '2026-04',
          },
        ],
        changed: 1,
        keptTyped: 0,
        undone: false,
      },
    ],
  };
}

const day = (iso: string) => iso.slice(0, 10);

describe('the note on an imported cell', () => {
  it("names each source's file from the newest import not undone, one line each", () => {
    expect(importNote(ledger(), KEY, 'ru', day)).toBe(
      'Импорт: «google.csv», 2026-12-05\nИмпорт: «direct.csv», 2026-12-05',
    );
    expect(importNote(ledger(), '2026-04|ppc|spend', 'en', day)).toBe('Imported: "google.csv", 2026-12-05');
    expect(importNote(ledger(), '2026-03|ppc|leads', 'en', day)).toBe('');
  });

  it("writes ours on a cell with no note or with the note we left, and keeps a person's", () => {
    const base = ledger();
    const first = planNotes(
      base,
      [KEY],
      () => '',
      () => 'N1',
    );
    expect(first.writes).toEqual([{ key: KEY, note: 'N1' }]);
    expect(first.notes).toEqual({ [KEY]: noteHash('N1') });
    const again = planNotes(
      { ...base, notes: first.notes },
      [KEY],
      () => 'N1',
      () => 'N2',
    );
    expect(again.writes).toEqual([{ key: KEY, note: 'N2' }]);
    const same = planNotes(
      { ...base, notes: first.notes },
      [KEY],
      () => 'N1',
      () => 'N1',
    );
    expect(same.writes).toEqual([]);
    const edited = planNotes(
      { ...base, notes: first.notes },
      [KEY],
      () => 'N1 — checked',
      () => 'N2',
    );
    expect(edited).toEqual({ writes: [], notes: {} });
    const persons = planNotes(
      base,
      [KEY],
      () => 'Счёт агентства',
      () => 'N2',
    );
    expect(persons).toEqual({ writes: [], notes: {} });
  });

  it('clears our note when the cell no longer holds an imported figure, and skips cells the tab lacks', () => {
    const gone = { ...ledger(), written: {}, notes: { [KEY]: noteHash('N1') } };
    expect(
      planNotes(
        gone,
        [KEY],
        () => 'N1',
        () => 'N1',
      ),
    ).toEqual({ writes: [{ key: KEY, note: '' }], notes: {} });
    expect(
      planNotes(
        ledger(),
        [KEY],
        () => null,
        () => 'N1',
      ),
    ).toEqual({ writes: [], notes: {} });
  });

  it('hashes to 8 hex digits that tell notes apart', () => {
    expect(noteHash('Импорт: «a.csv», 07.12.2026')).toMatch(/^[0-9a-f]{8}$/);
    expect(noteHash('a')).not.toBe(noteHash('b'));
  });
});
