/**
 * CRM deals with no source and no UTM, counted at import: by the month the
 * deal was created, every deal of the file (mapped to a channel or not),
 * only rows whose «Источник» and utm_source are both empty; a property
 * checks the counts against a plain recount over random rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport, isUntaggedDeal } from '../../../src/core/import';

const HEADER = ['Дата создания сделки', 'Этап сделки', 'Бюджет', 'Дата закрытия', 'Источник', 'utm_source'];

function amoExport(rows: string[][]): Uint8Array {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return new TextEncoder().encode(`${[HEADER, ...rows].map((row) => row.map(quote).join(';')).join('\n')}\n`);
}

const read = (bytes: Uint8Array) => importExport(bytes, 'amo.csv', DEFAULT_CHANNEL_MAPPING, { year: 2026 });

describe('deals without a source or UTM', () => {
  it('is a deal whose source and utm_source are both empty or blank; either one filled is a source', () => {
    expect(isUntaggedDeal({ source: '', utmSource: '' })).toBe(true);
    expect(isUntaggedDeal({ source: '  ', utmSource: '\t' })).toBe(true);
    expect(isUntaggedDeal({ source: 'Выставка', utmSource: '' })).toBe(false);
    expect(isUntaggedDeal({ source: '', utmSource: 'yandex' })).toBe(false);
  });

  it('counts by the month a deal was created, mapped or not, and leaves out deals created outside the year', () => {
    const result = read(
      amoExport([
        ['05.01.2026', 'Первичный контакт', '0', '', '', 'yandex'],
        ['06.01.2026', 'Первичный контакт', '0', '', '', ''],
        ['07.01.2026', 'Первичный контакт', '0', '', 'Партнёр без правила', ''],
        ['08.01.2026', 'Успешно реализовано', '1000', '03.02.2026', ' ', ' '],
        ['09.02.2026', 'Первичный контакт', '0', '', '', ''],
        ['20.12.2025', 'Успешно реализовано', '500', '10.01.2026', '', ''],
      ]),
    );
    expect(result.format.id).toBe('amocrm_leads');
    // The deal of December 2025 counts as January's customer, not as a deal of 2025 or of January.
    expect(result.dealSources).toEqual([
      { month: '2026-01', deals: 4, untagged: 2 },
      { month: '2026-02', deals: 1, untagged: 1 },
    ]);
  });

  it('a cabinet export counts no deals', () => {
    const cabinet = new TextEncoder().encode(
      'Date,UTMSource,UTMMedium,Expenses,Currency\n2026-01-05,yandex,cpc,100,RUB\n',
    );
    const result = importExport(cabinet, 'metrica.csv', DEFAULT_CHANNEL_MAPPING, { year: 2026 });
    expect(result.format.id).toBe('yandex_metrica_expenses');
    expect(result.dealSources).toEqual([]);
  });

  it('equals a plain recount over random rows (blank, spaced and filled sources and UTMs)', () => {
    const text = fc.constantFrom('', ' ', '  ', 'yandex', 'Выставка', 'vk');
    const row = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      source: text,
      utm: text,
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const result = read(
          amoExport(
            rows.map((each) => [
              `${String(each.day).padStart(2, '0')}.${String(each.month).padStart(2, '0')}.2026`,
              'Первичный контакт',
              '0',
              '',
              each.source,
              each.utm,
            ]),
          ),
        );
        const expected = new Map<string, { deals: number; untagged: number }>();
        for (const each of rows) {
          const month = `2026-${String(each.month).padStart(2, '0')}`;
          const count = expected.get(month) ?? { deals: 0, untagged: 0 };
          count.deals += 1;
          if (each.source.trim() === '' && each.utm.trim() === '') count.untagged += 1;
          expected.set(month, count);
        }
        expect(result.dealSources).toEqual(
          [...expected.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, ...count })),
        );
      }),
      { numRuns: 60 },
    );
  });
});
