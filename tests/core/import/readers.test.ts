import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport, type ChannelMapping } from '../../../src/core/import';
import { commaRoleOfColumn, parseAmount } from '../../../src/core/import/parse-amount';
import { parseDate } from '../../../src/core/import/parse-date';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('amounts', () => {
  it.each([
    ['1234,56', 'decimal', 1234.56],
    ['1 234,56', 'decimal', 1234.56],
    ['1\u00a0234\u00a0567,5', 'decimal', 1234567.5],
    ['1.234,56', 'decimal', 1234.56],
    ['1234.56', 'decimal', 1234.56],
    ['1,234.56', 'thousands', 1234.56],
    ['260,580', 'thousands', 260580],
    ['-15,5', 'decimal', -15.5],
    ['620,00 ₽', 'decimal', 620],
  ] as const)('%s (comma %s) → %d', (text, role, value) => {
    expect(parseAmount(text, role)).toEqual({ kind: 'number', value });
  });
  it('reads -- and blanks as empty, words as not a number', () => {
    expect(parseAmount('--', 'decimal')).toEqual({ kind: 'empty' });
    expect(parseAmount(' ', 'decimal')).toEqual({ kind: 'empty' });
    expect(parseAmount('12abc', 'decimal')).toEqual({ kind: 'invalid' });
    expect(parseAmount('1,2,3', 'decimal')).toEqual({ kind: 'invalid' });
  });
  it('lets the column decide what a lone comma means', () => {
    expect(commaRoleOfColumn(['50,000', '1,5'], ',')).toBe('decimal');
    expect(commaRoleOfColumn(['50,000', '1,250,000'], ';')).toBe('thousands');
    expect(commaRoleOfColumn(['50,000'], ',')).toBe('thousands');
    expect(commaRoleOfColumn(['50,000'], ';')).toBe('decimal');
  });
});

describe('dates', () => {
  it.each([
    ['15.01.2026', { year: 2026, month: 1, day: 15 }],
    ['05-01-2026 10:15:00', { year: 2026, month: 1, day: 5 }],
    ['2026-03-01', { year: 2026, month: 3, day: 1 }],
    ['2026-03-01T23:59:59+03:00', { year: 2026, month: 3, day: 1 }],
    ['1.2.2026', { year: 2026, month: 2, day: 1 }],
  ])('%s', (text, day) => {
    expect(parseDate(text)).toEqual({ kind: 'day', day });
  });
  it('reads ranges and refuses dates that are not in the calendar', () => {
    expect(parseDate('2026-01-30/2026-02-01')).toEqual({
      kind: 'range',
      from: { year: 2026, month: 1, day: 30 },
      to: { year: 2026, month: 2, day: 1 },
    });
    expect(parseDate('01.01.2026 - 31.01.2026').kind).toBe('range');
    expect(parseDate('31.02.2026')).toEqual({ kind: 'invalid' });
    expect(parseDate('2026-02-01/2026-01-01')).toEqual({ kind: 'invalid' });
    expect(parseDate('не закрыта')).toEqual({ kind: 'invalid' });
    expect(parseDate('--')).toEqual({ kind: 'empty' });
  });
});

describe('an unknown file read through a column mapping', () => {
  const file = utf8(
    'Выгрузка из таблицы\nКогда;Метка;Канал;Сколько\n03.03.2026;yandex;cpc;1 000,50\n04.03.2026;newsite;cpc;10\n05.03.2026;yandex;cpc;оплата\n',
  );
  it('is unknown without the mapping, with the header to map', () => {
    const result = importExport(file, 'my.csv', DEFAULT_CHANNEL_MAPPING);
    expect(result.format).toEqual({ id: 'unknown', header: ['Когда', 'Метка', 'Канал', 'Сколько'], headerRow: 2 });
  });
  it('gives figures, the unmapped source and the bad row with the mapping', () => {
    const result = importExport(file, 'my.csv', DEFAULT_CHANNEL_MAPPING, {
      columns: { kind: 'cabinet', date: 'Когда', utmSource: 'Метка', utmMedium: 'Канал', spend: 'Сколько' },
    });
    expect(result.format).toEqual({ id: 'mapped', kind: 'cabinet' });
    expect(result.figures).toEqual([{ month: '2026-03', channel: 'ppc', spend: 1000.5 }]);
    expect(result.unmapped).toEqual({
      rows: 1,
      spend: 10,
      revenue: 0,
      sources: [
        {
          source: 'cabinet=mapped utm_source=newsite utm_medium=cpc',
          rows: 1,
          spend: 10,
          revenue: 0,
          match: { utmSource: 'newsite', utmMedium: 'cpc' },
        },
      ],
    });
    expect(result.problems).toEqual([
      { key: 'bad_amount', params: { row: 5, column: 'Сколько', value: 'оплата' }, row: 5, column: 'Сколько' },
    ]);
  });
  it('names a mapped column the file does not have', () => {
    const result = importExport(file, 'my.csv', DEFAULT_CHANNEL_MAPPING, {
      columns: { kind: 'cabinet', date: 'Дата', spend: 'Сколько' },
    });
    expect(result.problems).toEqual([
      { key: 'mapping_column_missing', params: { column: 'Дата', role: 'date' }, column: 'Дата' },
    ]);
    expect(result.figures).toEqual([]);
  });
});

describe('sources → channels', () => {
  const wizard = utf8('Дата;Кампания;Расход (руб.)\n01.04.2026;Бренд | поиск;100\n02.04.2026;Ретаргетинг;50\n');
  it('a campaign-name pattern before the cabinet rule sends a campaign elsewhere', () => {
    const mapping: ChannelMapping = {
      rules: [{ channel: 'brand', campaignPattern: 'бренд*' }, ...DEFAULT_CHANNEL_MAPPING.rules],
    };
    expect(importExport(wizard, 'direct.csv', mapping).figures).toEqual([
      { month: '2026-04', channel: 'brand', spend: 100 },
      { month: '2026-04', channel: 'ppc', spend: 50 },
    ]);
  });
  it('with no rule for the cabinet, every row is listed as unmapped with its money', () => {
    const result = importExport(wizard, 'direct.csv', { rules: [] });
    expect(result.figures).toEqual([]);
    expect(result.unmapped.rows).toBe(2);
    expect(result.unmapped.spend).toBe(150);
  });
});
