/**
 * Amounts written with a word and counts that are not whole, through the
 * pushed dist/Code.js as Sheets calls it, in both languages: each is
 * reported with the argument and the row, like "1 000 ₽" always was, and
 * never skipped as a label. Labels stay labels: text without a digit
 * anywhere, text with a digit only as a header above the first number.
 */
import { describe, expect, it } from 'vitest';
import { callGlobal, loadBundle } from './load-bundle';

const column = (...values: unknown[]) => values.map((value) => [value]);
const spreadsheetIn = (locale: string) => ({
  SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
});
const english = loadBundle(spreadsheetIn('en_US'));
const russian = loadBundle(spreadsheetIn('ru_RU'));

/** Texts a person types for an amount, and each must be reported, not skipped. */
const AMOUNTS_IN_WORDS = [
  '1 000 рублей',
  '2 000 руб',
  '2 000 руб.',
  '500р',
  '1 000 у.е.',
  '1200 rubles',
  '12k',
  '12К',
  '1,5 тыс',
  '1,5 тыс. руб.',
  '1,2 млрд',
  '~500',
  '≈ 700 $',
  'около 500',
  'approx. 300',
  '1 000 ₽',
  '300 USD',
  '1 000 ₽/мес',
  '300 $/month',
  '500+',
  '−1 200',
];

describe('an amount written with a word, in a data range', () => {
  it.each(AMOUNTS_IN_WORDS)('%s is reported with the argument and the row (en)', (text) => {
    expect(callGlobal(english, 'ROMI', column('Revenue', 1000, text), column('Cost', 100, 100)).error).toBe(
      `ROMI: revenue, row 3: "${text}" is text; enter it as a number`,
    );
  });

  it.each(AMOUNTS_IN_WORDS)('%s is reported with the argument and the row (ru)', (text) => {
    expect(callGlobal(russian, 'CPL', column('Затраты', text, 5000), column('Лиды', 10, 20)).error).toBe(
      `CPL: затраты (cost), строка 2: «${text}» записано как текст; введите это число как число`,
    );
  });

  it.each(AMOUNTS_IN_WORDS)('%s above the first number, where a header may stand, is reported too (en)', (text) => {
    expect(callGlobal(english, 'CPL', column(text, 1000), column(10, 20)).error).toBe(
      `CPL: cost, row 1: "${text}" is text; enter it as a number`,
    );
  });

  it.each(AMOUNTS_IN_WORDS)('%s alone as an argument is reported too', (text) => {
    expect(callGlobal(russian, 'CPL', text, 5).error).toMatch(
      /^CPL: затраты \(cost\), строка 1: «.+» записано как текст/,
    );
  });

  it('text with a digit below the first number is not a label (CHANNEL_VERDICT, ru)', () => {
    expect(callGlobal(russian, 'CHANNEL_VERDICT', column(10, 'Q2 2024', 5), column(100, 100, 100)).error).toBe(
      'CHANNEL_VERDICT: лиды (leads), строка 2: «Q2 2024» — текст с цифрами среди чисел; сумму или количество введите числом, а подпись поставьте выше первого числа',
    );
  });

  it('labels stay labels: "Итого" anywhere, "Q1 2024" as a header', () => {
    expect(
      callGlobal(
        russian,
        'CPL',
        column('Q1 2024', 'Затраты', 1000, 'Итого', 2000),
        column('Q1 2024', 'Лиды', 10, 'Итого', 20),
      ).value,
    ).toBe(100);
    expect(
      callGlobal(
        english,
        'ROMI',
        [
          ['Q1 2024', 'Q2 2024'],
          [150, 50],
          ['Total', ''],
        ],
        [
          ['Q1', 'Q2'],
          [100, 100],
          ['Total', ''],
        ],
      ).value,
    ).toBe(0);
  });
});

describe('a count of leads that is not whole', () => {
  it('=CPL(…) with 12.5 leads names the argument and the row, in both languages', () => {
    expect(callGlobal(russian, 'CPL', column(1000, 2000), column(10, 12.5)).error).toBe(
      'CPL: лиды (leads), строка 2: 12,5 — не целое число; лиды и клиенты считаются целыми числами (12, а не 12,5)',
    );
    expect(callGlobal(english, 'CPL', column(1000, 2000), column(10, 12.5)).error).toBe(
      'CPL: leads, row 2: 12.5 is not a whole number; leads and customers are counted in whole numbers (12, not 12.5)',
    );
    expect(callGlobal(english, 'CHANNEL_VERDICT', column(10, 0.5), column(100, 100)).error).toMatch(
      /^CHANNEL_VERDICT: leads, row 2: 0\.5 is not a whole number/,
    );
    expect(callGlobal(english, 'CPL', 1000, 12.5).error).toMatch(/^CPL: leads, row 1: 12\.5 is not a whole number/);
  });

  it('whole counts and fractional money pass', () => {
    expect(callGlobal(russian, 'CPL', column(1000.5, 999.5), column(10, 10)).value).toBe(100);
  });
});
