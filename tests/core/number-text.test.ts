/**
 * One number reader (core/number-text) for its three callers, one table per
 * locale: what Sheets makes of an entry typed into a cell in that locale
 * (Google's Sheets help: "Format numbers in a spreadsheet",
 * https://support.google.com/docs/answer/56470, and "Set a spreadsheet's
 * location & calculation settings", https://support.google.com/docs/answer/58515:
 * the locale decides the decimal mark and the grouping; ru_RU writes
 * "15 000,50", en_US "15,000.50"), what a sidebar field makes of the same
 * text (either way, whatever the language), and what the import makes of it
 * in an export of that locale (a `;` file has a decimal comma, a `,` file
 * comma thousands: core/import/parse-amount). `—` is "not a number": text in
 * a cell (with the reason), NaN in a form (the schema reports it), invalid
 * in an import.
 */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/core/import/parse-amount';
import {
  formNumberText,
  looksLikeNumberText,
  readFormNumber,
  readTypedNumber,
  type NotNumberReason,
} from '../../src/core/number-text';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

type Cell = number | NotNumberReason | 'other';
/** [typed text, cell in the locale, sidebar field, export of the locale] */
type Row = [string, Cell, number | null | '—', number | null | '—'];

function cellReading(text: string, locale: string): Cell {
  const entry = readTypedNumber(text, locale);
  return entry.kind === 'number' ? entry.value : entry.kind === 'text' ? entry.reason : 'other';
}

function formReading(text: string): number | null | '—' {
  const value = readFormNumber(text);
  return value === null ? null : Number.isNaN(value) ? '—' : value;
}

function importReading(text: string, delimiter: ';' | ','): number | null | '—' {
  const reading = parseAmount(text, delimiter === ';' ? 'decimal' : 'thousands');
  return reading.kind === 'number' ? reading.value : reading.kind === 'empty' ? null : '—';
}

const RU_RU: Row[] = [
  ['15 000,50', 15000.5, 15000.5, 15000.5],
  [`15${NBSP}000,50`, 15000.5, 15000.5, 15000.5],
  [`1${NNBSP}000${NNBSP}000`, 1_000_000, 1_000_000, 1_000_000],
  ['15000,50', 15000.5, 15000.5, 15000.5],
  ['12,5', 12.5, 12.5, 12.5],
  ['50 000', 50000, 50000, 50000],
  ['-1 200', -1200, -1200, -1200],
  ['12,5 %', 0.125, '—', 12.5],
  ['1 000 ₽', 1000, '—', 1000],
  ['15 000,50 ₽', 15000.5, '—', 15000.5],
  // Written the English way: Sheets in ru_RU keeps it as text and says why; a form and an export still read it.
  ['15000.50', 'wrong_decimal_mark', 15000.5, 15000.5],
  // A `;` export's comma is its decimal mark, so its point groups: 1,0005 (no Russian export writes this).
  ['1,000.50', 'wrong_decimal_mark', 1000.5, 1.0005],
  ['1 00', 'bad_grouping', 100, 100],
  ['1.234,56', 'wrong_grouping', 1234.56, 1234.56],
  ['1,000', 1, 1000, 1],
  // A date: Sheets' own reading in a cell; a number field takes the points as grouping, as it takes "1.200.000".
  ['15.01.2026', 'other', 15012026, '—'],
  ['Итого', 'other', '—', '—'],
  ['', 'other', null, null],
];

const EN_US: Row[] = [
  ['1,000.50', 1000.5, 1000.5, 1000.5],
  ['1,000', 1000, 1000, 1000],
  ['15000.50', 15000.5, 15000.5, 15000.5],
  ['$1,200', 1200, '—', 1200],
  ['-$5', -5, '—', -5],
  ['15%', 0.15, '—', 15],
  ['1,000,000', 1_000_000, 1_000_000, 1_000_000],
  // Written the Russian way: text in an en_US cell, with the reason.
  ['12,5', 'wrong_decimal_mark', 12.5, 125],
  ['1 000', 'wrong_grouping', 1000, 1000],
  ['10,00,000', 'bad_grouping', 1_000_000, 1_000_000],
  ['01/15/2026', 'other', '—', '—'],
  ['PPC', 'other', '—', '—'],
];

describe.each([
  ['ru_RU', RU_RU, ';'],
  ['en_US', EN_US, ','],
] as const)('%s', (locale, table, delimiter) => {
  it.each(table)(`"%s": cell %s, sidebar %s, export %s`, (text, cell, form, imported) => {
    expect(cellReading(text, locale)).toEqual(cell);
    expect(formReading(text)).toEqual(form);
    expect(importReading(text, delimiter)).toEqual(imported);
  });
});

describe('a sidebar field', () => {
  it.each([
    ['1200', 1200],
    ['1 200', 1200],
    ['1\u00a0200,5', 1200.5],
    ['1,200', 1200],
    ['1.200,50', 1200.5],
    ['0,75', 0.75],
    ['  42  ', 42],
  ])("reads %j as %d, whatever the sidebar's language", (text, expected) => {
    expect(readFormNumber(text)).toBe(expected);
  });

  // The sidebar's own table from before the readers were merged (tests/sidebar/form-number.test.ts, parseFormNumber): kept whole.
  it.each([
    ['1200', 1200],
    ['1 200', 1200],
    ['1\u00a0200,5', 1200.5],
    ['1,200', 1200],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0,75', 0.75],
    ['1,000,000', 1_000_000],
    ['-3', -3],
    ['  42  ', 42],
  ])('reads %j as %d, as parseFormNumber did', (text, expected) => {
    expect(readFormNumber(text)).toBe(expected);
  });

  it('reads an empty field as null, and text that is no number as NaN for the schema to report', () => {
    expect(readFormNumber('   ')).toBeNull();
    for (const text of ['abc', '12a', '1e5', '--1', ',', "'"]) expect(readFormNumber(text)).toBeNaN();
  });

  it('reads back exactly what formNumberText writes', () => {
    for (const value of [0.125, 1200.5, 2026, 0.01, 99999.99])
      expect(readFormNumber(formNumberText(value))).toBe(value);
  });
});

describe('text a person meant as a number', () => {
  it.each([
    '1 000',
    '1 000,50',
    '$1,200',
    '12 500 ₽',
    '15%',
    '2024',
    '-300',
    '(300)',
    '1\u00a0000',
    '2 000 руб.',
    'USD 40',
    '1 000 рублей',
    '1200 rubles',
    '12k',
    '1,5 тыс',
    '~500',
    '12 шт',
    '500р',
    '1 000 у.е.',
    '1 000 ₽/мес',
    '300 $/month',
    '−1 200',
    'около 500',
    'approx. 300',
    '500+',
    '1,2 млрд',
    '12 тыс. ₽',
    '$1.2k',
  ])('treats %j as a number typed as text', (text) => expect(looksLikeNumberText(text)).toBe(true));
  it.each([
    'Revenue',
    'Q1 leads',
    'Q1 2024',
    'SEO',
    'Выручка',
    'Total, $',
    'n/a',
    '-',
    '',
    'Итого',
    'План на 2026',
    'Лиды, шт',
    'Около того',
    '2 квартал',
    'Top 10 каналов',
  ])('treats %j as a label', (text) => expect(looksLikeNumberText(text)).toBe(false));
});
