import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport, importProblemText, type ImportOptions } from '../../../src/core/import';
import { importMessages } from '../../../src/core/i18n/import-messages';

const utf8 = (text: string) => new TextEncoder().encode(text);
const run = (bytes: Uint8Array, options: ImportOptions = {}) =>
  importExport(bytes, 'export.csv', DEFAULT_CHANNEL_MAPPING, options);

const BITRIX_HEADER = 'ID;Стадия сделки;Сумма;Валюта;Дата создания;Предполагаемая дата закрытия;Источник';

describe('bad input gets one clear problem', () => {
  it('an empty file, or one of blank lines', () => {
    for (const bytes of [new Uint8Array(), utf8('\n\r\n  \n'), utf8('\uFEFF')]) {
      const result = run(bytes);
      expect(result.problems.map((problem) => problem.key)).toEqual(['empty_file']);
      expect(result.figures).toEqual([]);
    }
  });

  it('an image renamed .csv', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = run(png);
    expect(result.problems.map((problem) => problem.key)).toEqual(['binary_file']);
    expect(importProblemText(result.problems[0]!, 'ru')).toBe(
      'Файл «export.csv» не текстовый (похож на картинку, PDF или архив). Выгрузите отчёт в CSV и выберите этот файл.',
    );
  });

  it("an XLSX (a ZIP) renamed .csv, and Bitrix24's HTML «Excel»", () => {
    expect(run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])).problems[0]?.key).toBe('spreadsheet_file');
    expect(run(utf8('<html><table><tr><td>ID</td></tr></table></html>')).problems[0]?.key).toBe('html_table');
  });

  it('no recognisable header: unknown, with the header for a mapping step', () => {
    const result = run(utf8('Отчёт\nКогда;Откуда;Сколько\n01.02.2026;сайт;100\n'));
    expect(result.format).toEqual({ id: 'unknown', header: ['Когда', 'Откуда', 'Сколько'], headerRow: 2 });
    expect(result.problems).toEqual([{ key: 'unknown_header', params: { file: 'export.csv', row: 2 } }]);
  });

  it('a header and no data rows', () => {
    expect(run(utf8(`${BITRIX_HEADER}\n`)).problems.map((problem) => problem.key)).toEqual(['no_rows']);
  });

  it('mixed currencies: counted, but no money added up', () => {
    const result = run(
      utf8(
        `${BITRIX_HEADER}\n1;Сделка успешна;100;RUB;01.02.2026;02.02.2026;Выставка\n2;Сделка успешна;5;USD;01.02.2026;02.02.2026;Выставка\n`,
      ),
    );
    expect(result.problems).toEqual([{ key: 'mixed_currencies', params: { currencies: 'RUB, USD' } }]);
    expect(result.figures).toEqual([
      { month: '2026-02', channel: 'events', leads: 2, qualified_leads: 0, customers: 2 },
    ]);
    expect(importProblemText(result.problems[0]!, 'ru')).toBe(
      'В файле несколько валют (RUB, USD): суммы не складываются. Выгружайте по одной валюте на файл.',
    );
  });

  it("a file in another currency than the template's adds no money", () => {
    const result = run(utf8('Date\tCampaignName\tCost\tCurrency\n2026-01-01\tA\t1000000\tUSD\n'), { currency: 'RUB' });
    expect(result.problems).toEqual([{ key: 'currency_mismatch', params: { found: 'USD', expected: 'RUB' } }]);
    expect(result.figures).toEqual([{ month: '2026-01', channel: 'ppc' }]);
  });

  it('a Metrica expense file holding Direct spend is read, with a warning that Direct is counted twice', () => {
    const csv = [
      'Date,UTMSource,UTMMedium,Expenses',
      '2026-03-02,yandex,cpc,1000',
      '2026-03-03,yandex_direct,,500',
      '2026-03-04,vk,cpm,300',
      '2026-03-05,yandex,organic,10',
    ].join('\n');
    const result = importExport(utf8(csv), 'metrica.csv', DEFAULT_CHANNEL_MAPPING);
    expect(result.problems).toEqual([{ key: 'metrica_holds_direct', params: { file: 'metrica.csv', rows: 2 } }]);
    expect(importProblemText(result.problems[0]!, 'ru')).toContain('«metrica.csv» 2 строки с расходом Яндекс Директа');
    expect(importProblemText(result.problems[0]!, 'en')).toContain('holds 2 rows of Yandex Direct spend');
    // A Direct export itself is not warned about.
    const direct = importExport(
      utf8('Date\tCampaignName\tCost\n2026-03-02\tBrand\t1000000\n'),
      'd.tsv',
      DEFAULT_CHANNEL_MAPPING,
    );
    expect(direct.problems.map((problem) => problem.key)).not.toContain('metrica_holds_direct');
  });

  it("all dates outside the template's year", () => {
    const result = run(utf8(`${BITRIX_HEADER}\n1;Новая;100;RUB;01.02.2025;;Выставка\n`), { year: 2026 });
    expect(result.problems).toEqual([{ key: 'all_outside_year', params: { file: 'export.csv', year: 2026 } }]);
    expect(result.figures).toEqual([]);
    expect(importProblemText(result.problems[0]!, 'ru')).toBe(
      'Все даты в файле «export.csv» вне 2026 года: ничего не учтено. Проверьте период выгрузки или год шаблона.',
    );
  });

  it('some dates outside the year: counted apart and said', () => {
    const result = run(
      utf8(`${BITRIX_HEADER}\n1;Новая;100;RUB;01.02.2025;;Выставка\n2;Новая;100;RUB;01.02.2026;;Выставка\n`),
      { year: 2026 },
    );
    expect(result.problems).toEqual([{ key: 'rows_outside_year', params: { count: 1, year: 2026 } }]);
    expect(result.figures).toEqual([
      { month: '2026-02', channel: 'events', leads: 1, qualified_leads: 0, customers: 0, revenue: 0 },
    ]);
  });

  it('a Google Ads report not segmented by day has no date column', () => {
    const result = run(utf8('Campaign,Clicks,Cost\nSearch,10,"1,000.00"\n'));
    expect(result.format).toEqual({ id: 'google_ads', kind: 'cabinet' });
    expect(result.problems.map((problem) => problem.key)).toEqual(['no_date_column']);
  });

  it('a won deal without a close date is a problem, not a customer', () => {
    const result = run(utf8(`${BITRIX_HEADER}\n1;Сделка успешна;100;RUB;01.02.2026;;Выставка\n`));
    expect(result.problems).toEqual([
      {
        key: 'bad_won_date',
        params: { row: 2, column: 'Предполагаемая дата закрытия', value: '' },
        row: 2,
        column: 'Предполагаемая дата закрытия',
      },
    ]);
    expect(result.figures[0]?.customers).toBe(0);
  });
});

describe('import messages', () => {
  it('have the same placeholders in both languages, and Russian ones carry no English words', () => {
    // A placeholder is `{name}` or a plural `{name:form|form}`: its name must match, its forms are words to check.
    const names = (text: string) => [...text.matchAll(/\{(\w+)[}:]/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(importMessages.en) as (keyof typeof importMessages.en)[]) {
      expect(names(importMessages.ru[key]), key).toEqual(names(importMessages.en[key]));
      const words =
        importMessages.ru[key]
          .replace(/\{\w+\}/g, '')
          .replace(/\{\w+:/g, '{')
          .match(/[A-Za-z_]{3,}/g) ?? [];
      // Product names, file formats and field names stay as their owners spell them.
      expect(
        words.filter(
          (word) =>
            ![
              'CSV',
              'XLSX',
              'xls',
              'PDF',
              'Excel',
              'API',
              'Google',
              'Ads',
              'amoCRM',
              'VK',
              'utm_source',
              'utm_medium',
              'utm_campaign',
              'utm',
            ].includes(word),
        ),
        key,
      ).toEqual([]);
    }
  });
});
