/**
 * What Sheets makes of a number typed into a cell (core/number-text,
 * readTypedNumber), the parts number-text.test.ts's tables leave out: the
 * sign before or after a currency sign, a currency sign on either side, the
 * entry rewritten for an en_US `setValue` (`canonical`), and grouping in
 * threes with the reason a badly grouped entry stays text. Sources as there:
 * Google's Sheets help, https://support.google.com/docs/answer/56470 and
 * https://support.google.com/docs/answer/58515.
 */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/core/import/parse-amount';
import { looksLikeNumberText, readFormNumber, readTypedNumber, type TypedEntry } from '../../src/core/number-text';

const number = (value: number, canonical: string): TypedEntry => ({ kind: 'number', value, canonical });
const text = (reason: 'wrong_decimal_mark' | 'bad_grouping' | 'wrong_grouping'): TypedEntry => ({
  kind: 'text',
  reason,
});
const OTHER: TypedEntry = { kind: 'other' };

describe('signs around a typed number', () => {
  it.each<[string, string, TypedEntry]>([
    ['-5', 'en_US', number(-5, '-5')],
    ['− 5', 'en_US', number(-5, '-5')],
    ['-$5', 'en_US', number(-5, '-$5')],
    ['$-5', 'en_US', number(-5, '-$5')],
    ['$ − 5', 'en_US', number(-5, '-$5')],
    ['-$-5', 'en_US', OTHER],
    ['$5', 'en_US', number(5, '$5')],
    ['€ 1,200', 'en_US', number(1200, '€1200')],
    ['£5', 'en_US', number(5, '£5')],
    ['5 ₽', 'ru_RU', number(5, '5₽')],
    ['1 000 ₽', 'ru_RU', number(1000, '1000₽')],
    ['-1 000 €', 'ru_RU', number(-1000, '-1000€')],
    ['12,5 %', 'ru_RU', number(0.125, '12.5%')],
    ['-50%', 'en_US', number(-0.5, '-50%')],
    ['$5%', 'en_US', number(0.05, '$5%')],
    ['$5$', 'en_US', OTHER],
    ['5 руб', 'ru_RU', OTHER],
    ['+5', 'en_US', OTHER],
    ['  42  ', 'en_US', number(42, '42')],
    ['%', 'en_US', OTHER],
    ['$', 'en_US', OTHER],
  ])('%j in %s', (typed, locale, expected) => {
    expect(readTypedNumber(typed, locale)).toEqual(expected);
  });
});

describe('grouping and decimal marks of a typed number', () => {
  it.each<[string, string, TypedEntry]>([
    ['1 000 000', 'ru_RU', number(1_000_000, '1000000')],
    ['12 345,5', 'ru_RU', number(12345.5, '12345.5')],
    ['999 999', 'ru_RU', number(999_999, '999999')],
    ['1000 000', 'ru_RU', text('bad_grouping')],
    ['1 0000', 'ru_RU', text('bad_grouping')],
    ['1 000 00', 'ru_RU', text('bad_grouping')],
    ['1 000,5 5', 'ru_RU', text('bad_grouping')],
    ['12,', 'ru_RU', text('bad_grouping')],
    ['1,5.5', 'ru_RU', text('wrong_decimal_mark')],
    ['1.5', 'ru_RU', text('wrong_decimal_mark')],
    ['1.500', 'ru_RU', text('wrong_decimal_mark')],
    ['1.500.000', 'ru_RU', text('wrong_grouping')],
    ['1 000.000', 'ru_RU', text('wrong_grouping')],
    ['1,500', 'en_US', number(1500, '1500')],
    ['12,345,678.25', 'en_US', number(12_345_678.25, '12345678.25')],
    ['1,5', 'en_US', text('wrong_decimal_mark')],
    ['1234,5', 'en_US', text('wrong_decimal_mark')],
    ['1,000,00', 'en_US', text('bad_grouping')],
    ['1000,000', 'en_US', text('wrong_decimal_mark')],
    ['1.5.5', 'en_US', text('wrong_grouping')],
    ['1.5,5', 'en_US', text('wrong_decimal_mark')],
    ['1.', 'en_US', text('bad_grouping')],
    ['0.5', 'en_US', number(0.5, '0.5')],
    ['007', 'en_US', number(7, '007')],
  ])('%j in %s', (typed, locale, expected) => {
    expect(readTypedNumber(typed, locale)).toEqual(expected);
  });

  it('reads the decimal-comma locales with a comma, the others with a point', () => {
    for (const locale of [
      'ru_RU',
      'uk_UA',
      'be_BY',
      'kk_KZ',
      'de_DE',
      'fr_FR',
      'es_ES',
      'it_IT',
      'pt_BR',
      'pl_PL',
      'cs_CZ',
      'nl_NL',
      'sv_SE',
      'fi_FI',
      'nb_NO',
      'da_DK',
      'tr_TR',
      'RU',
    ])
      expect(readTypedNumber('12,5', locale)).toEqual(number(12.5, '12.5'));
    for (const locale of ['en_US', 'en_GB', 'ja_JP', 'zh_CN', 'en_RU'])
      expect(readTypedNumber('12.5', locale)).toEqual(number(12.5, '12.5'));
  });

  it('leaves a date written with points to Sheets', () => {
    expect(readTypedNumber('1.1.26', 'ru_RU')).toEqual(OTHER);
    expect(readTypedNumber(' 15.01.2026 ', 'en_US')).toEqual(OTHER);
    expect(readTypedNumber('15.01.20261', 'ru_RU')).toEqual(text('wrong_grouping'));
  });
});

describe('a sidebar field, either way of writing', () => {
  it.each<[string, number]>([
    ['1.200.000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['1,2345', 1.2345],
    ['1,20', 1.2],
    ['1.5', 1.5],
    ['12,', 12],
    [',5', 0.5],
    ['.5', 0.5],
    ['+5', 5],
    ['.55', 0.55],
    ['1\u202f200', 1200],
  ])('reads %j as %d', (typed, expected) => {
    expect(readFormNumber(typed)).toBe(expected);
  });
  it.each(['1.2.3,4,5', '1,2,3.4.5', '5-', '1 2 3a', '.'])('reads %j as no number', (typed) => {
    expect(readFormNumber(typed)).toBeNaN();
  });
});

describe('text around a number', () => {
  it('is a number typed as text with spaces around a word for "about"', () => {
    expect(looksLikeNumberText('  ~500 ')).toBe(true);
    expect(looksLikeNumberText(' около 500')).toBe(true);
  });
  it('in an export: a currency sign alone is an empty cell, a bare decimal comma no number, "руб" without its point a currency', () => {
    expect(parseAmount(' ₽ ', 'decimal')).toEqual({ kind: 'empty' });
    expect(parseAmount('12,', 'decimal')).toEqual({ kind: 'invalid' });
    expect(parseAmount('2 000 руб', 'decimal')).toEqual({ kind: 'number', value: 2000 });
    expect(parseAmount(' 1 200,50 ', 'decimal')).toEqual({ kind: 'number', value: 1200.5 });
  });
});
