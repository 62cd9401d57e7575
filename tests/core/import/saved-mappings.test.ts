/**
 * Saved column mappings, matched to a file's header by its column names
 * (order, case and spacing aside), and the list's changes: one mapping per
 * name and per header, renames refusing a taken name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSavedMapping,
  headerSignature,
  renameSavedMapping,
  withoutSavedMapping,
  withSavedMapping,
  type SavedColumnMapping,
} from '../../../src/core/import/saved-mappings';

const habr: SavedColumnMapping = {
  name: 'Хабр',
  header: ['Дата', 'Площадка', 'Метка', 'Сумма'],
  columns: { kind: 'cabinet', date: 'Дата', spend: 'Сумма', utmSource: 'Метка' },
};
const events: SavedColumnMapping = {
  name: 'Events',
  header: ['Day', 'Event', 'Cost'],
  columns: { kind: 'cabinet', date: 'Day', spend: 'Cost', campaign: 'Event' },
};

describe('matching a header to a saved mapping', () => {
  it('finds the mapping made for the same column names, in any order, case and spacing', () => {
    expect(findSavedMapping([' сумма', 'МЕТКА', 'Дата ', 'Площадка'], [events, habr])).toBe(habr);
    expect(findSavedMapping(['Day', 'Cost', 'Event', ''], [events, habr])).toBe(events);
  });

  it('offers nothing for a header with a column more or fewer', () => {
    expect(findSavedMapping(['Дата', 'Площадка', 'Метка', 'Сумма', 'НДС'], [habr])).toBeNull();
    expect(findSavedMapping(['Дата', 'Метка', 'Сумма'], [habr])).toBeNull();
    expect(findSavedMapping([], [habr])).toBeNull();
  });

  it('reads ё as е and a no-break space as a space, as the import does', () => {
    const saved = { ...habr, header: ['Дата', 'Расход всё', 'Метка'] };
    expect(findSavedMapping(['дата', 'Расход\u00a0все', 'метка'], [saved])).toBe(saved);
  });

  it('matches every shuffled, re-cased copy of a header and never a header missing a column', () => {
    const name = fc.stringMatching(/^[A-Za-zА-Яа-я][A-Za-zА-Яа-я0-9 ]{0,10}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 2, maxLength: 8, selector: (cell) => headerSignature([cell]) }),
        fc.infiniteStream(fc.boolean()),
        (header, upper) => {
          const saved: SavedColumnMapping = { name: 'x', header, columns: { kind: 'cabinet', date: header[0] ?? '' } };
          const flips = upper.take(header.length);
          const shuffled = [...header]
            .reverse()
            .map((cell) => (flips.next().value ? cell.toUpperCase() : ` ${cell.toLowerCase()} `));
          expect(findSavedMapping(shuffled, [saved])).toBe(saved);
          expect(findSavedMapping(header.slice(1), [saved])).toBeNull();
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('the saved list', () => {
  it('puts a saved mapping first, replacing one of the same name or the same columns', () => {
    const list = withSavedMapping([habr], events);
    expect(list.map((item) => item.name)).toEqual(['Events', 'Хабр']);
    const again = withSavedMapping(list, {
      ...habr,
      name: '  Habr ads ',
      header: ['Метка', 'Сумма', 'Дата', 'Площадка'],
    });
    expect(again.map((item) => item.name)).toEqual(['Habr ads', 'Events']);
    const sameName = withSavedMapping(again, { ...events, name: 'habr ADS' });
    expect(sameName.map((item) => item.name)).toEqual(['habr ADS']);
  });

  it('renames, refusing a name another mapping has and a mapping that is gone', () => {
    expect(renameSavedMapping([habr, events], 'хабр', 'Habr')).toEqual({
      ok: true,
      saved: [{ ...habr, name: 'Habr' }, events],
    });
    expect(renameSavedMapping([habr, events], 'Хабр', ' events ')).toEqual({ ok: false, reason: 'name_taken' });
    expect(renameSavedMapping([habr], 'Хабр', 'ХАБР')).toEqual({ ok: true, saved: [{ ...habr, name: 'ХАБР' }] });
    expect(renameSavedMapping([habr], 'VK', 'Habr')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('deletes by name, and says when there is no such mapping', () => {
    expect(withoutSavedMapping([habr, events], 'EVENTS')).toEqual([habr]);
    expect(withoutSavedMapping([habr], 'Events')).toBeNull();
  });
});
