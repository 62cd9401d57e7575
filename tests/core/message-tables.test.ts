/**
 * Every message table the add-on and the preview speak from, checked as a
 * whole: both languages have the same placeholders; a count is always
 * written by the plural helper (`{rows:строка|строки|строк}`, never
 * "{rows} строк"); Russian text holds no English words other than the
 * names and codes listed here; and the plural helper gives the right form
 * for every count.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillPlaceholders, type MessageTable } from '../../src/core/i18n/catalog';
import { chromeMessages } from '../../packages/preview/page/chrome-messages';

const I18N = join(import.meta.dirname, '../../src/core/i18n');
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    readdirSync(I18N)
      .filter((file) => file.endsWith('.ts'))
      .map(
        async (file) =>
          [file, (await import(pathToFileURL(join(I18N, file)).href)) as Record<string, unknown>] as const,
      ),
  ),
);

function isTable(value: unknown): value is MessageTable<string> {
  if (typeof value !== 'object' || value === null) return false;
  const { en, ru } = value as Record<string, unknown>;
  return (
    typeof en === 'object' &&
    en !== null &&
    typeof ru === 'object' &&
    ru !== null &&
    Object.values(en).every((text) => typeof text === 'string')
  );
}

const TABLES: [string, MessageTable<string>][] = [
  ...Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([, value]) => isTable(value))
      .map(
        ([name, value]) =>
          [`${file.replace(/.*\//, '')} ${name}`, value as MessageTable<string>] as [string, MessageTable<string>],
      ),
  ),
  ['chrome-messages.ts chromeMessages', chromeMessages],
];

/**
 * Latin words a Russian message may hold: the add-on's and Google's names,
 * the functions' and their arguments' names, codes and units.
 */
const ALLOWED_LATIN = new Set([
  'KPI',
  'ROMI',
  'ROI',
  'CPL',
  'CAC',
  'CHANNEL_VERDICT',
  'RACI_CHECK',
  'ROLE_LOAD',
  'STAFFING_CHECK',
  'RACI',
  'R',
  'A',
  'C',
  'I',
  'SEO',
  'PR',
  'JSON',
  // File formats and an extension, as a file dialog shows them.
  'XLSX',
  'xls',
  'Email',
  'Telegram',
  'Google',
  'Sheets',
  'Apps',
  'Script',
  'ID',
  'URL',
  'IT',
  'RUB',
  'USD',
  'EUR',
  'YYYY',
  'MM',
  'npm',
  'start',
  'Ads',
  'VK',
  'SMM',
  'PPC',
  'CRM',
  'B2B',
  'SaaS',
  'UTM',
  // The custom functions' argument names, as Sheets' argument help shows them.
  'revenue',
  'cost',
  'leads',
  'extra_cost',
  'margin',
  'target_cpl',
  'min_leads',
  'target_romi',
  'matrix',
  'role_names',
  'max_responsible',
  'company_headcount',
  'department_people',
  // Language codes and the language's own name on its switch; a template file's field and format code.
  'en',
  'ru',
  'English',
  'format',
  'marketing',
  'kpi',
  'template',
  // Keys, a system's name, and the matrix columns' id codes (role:…, person:…).
  'Ctrl',
  'Mac',
  'role',
  'person',
  'API',
  // Import sources and file formats: services' names, UTM parameter names.
  'amoCRM',
  'PDF',
  'CSV',
  'TSV',
  'XLSX',
  'xls',
  'Excel',
  'utm_source',
  'utm_medium',
  'utm_campaign',
]);

const COUNTED_NOUNS =
  /\{\w+\}\s+(строк|столб|канал|месяц|лид|человек|люд|рол|символ|ячеек|ячейк|направлен|сотрудник|rows?\b|columns?\b|channels?\b|months?\b|people\b|persons?\b|roles?\b|characters?\b|cells?\b|directions?\b)/u;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?::[^{}]+)?\}/g)].map((match) => match[1] ?? '').sort();
}

describe('every message table', () => {
  it('is found: the i18n folder and the preview give at least a dozen tables', () => {
    expect(TABLES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(TABLES)('%s: the same keys and placeholders in both languages', (_name, table) => {
    expect(Object.keys(table.ru).sort()).toEqual(Object.keys(table.en).sort());
    for (const key of Object.keys(table.en))
      expect(placeholders(table.ru[key] ?? ''), key).toEqual(placeholders(table.en[key] ?? ''));
  });

  it.each(TABLES)(
    '%s: counts go through the plural helper (one|many in English, one|few|many in Russian)',
    (_name, table) => {
      for (const lang of ['en', 'ru'] as const) {
        for (const [key, text] of Object.entries(table[lang])) {
          expect(COUNTED_NOUNS.test(text), `${lang}.${key}: ${text}`).toBe(false);
          for (const match of text.matchAll(/\{\w+:([^{}]+)\}/g))
            expect(match[1]?.split('|').length, `${lang}.${key}`).toBe(lang === 'en' ? 2 : 3);
        }
      }
    },
  );

  it.each(TABLES)('%s: Russian text has no English words but names and codes', (_name, table) => {
    for (const [key, text] of Object.entries(table.ru)) {
      const words = text.replace(/\{[^{}]*\}/g, ' ').match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
      // A cell reference in an example formula (A1) is a code, not a word.
      const english = words.filter((word) => !ALLOWED_LATIN.has(word) && !/^[A-Z]{1,3}\d+$/.test(word));
      expect(english, `ru.${key}: ${text}`).toEqual([]);
    }
  });

  it('fills a plural placeholder with the right form for every count', () => {
    const ru = '{n:строка|строки|строк}';
    expect([1, 2, 4, 5, 11, 21, 22, 132, 1000].map((n) => fillPlaceholders(ru, { n }, 'ru'))).toEqual([
      '1 строка',
      '2 строки',
      '4 строки',
      '5 строк',
      '11 строк',
      '21 строка',
      '22 строки',
      '132 строки',
      '1000 строк',
    ]);
    expect([0, 1, 2].map((n) => fillPlaceholders('{n:row|rows}', { n }, 'en'))).toEqual(['0 rows', '1 row', '2 rows']);
    fc.assert(
      fc.property(fc.nat(10 ** 6), (n) => {
        const text = fillPlaceholders('{n:столбец|столбца|столбцов}', { n }, 'ru');
        const last = n % 10;
        const teen = n % 100 >= 11 && n % 100 <= 14;
        const expected = !teen && last === 1 ? 'столбец' : !teen && last >= 2 && last <= 4 ? 'столбца' : 'столбцов';
        expect(text).toBe(`${n} ${expected}`);
      }),
    );
  });
});
