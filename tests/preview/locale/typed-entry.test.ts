/**
 * What Google Sheets makes of text typed into a cell, per locale, and of a
 * formula typed with the locale's separators. Sources: Ben Collins, "Google
 * Sheets location" (https://www.benlcollins.com/spreadsheets/sheets-location/:
 * decimal comma, `;` between arguments and `\` between array columns in the
 * comma locales), "Locale differences in Google Sheets"
 * (https://stackoverflow.com/questions/73767719: commas are never corrected
 * into semicolons) and the Google Sheets function list
 * (https://support.google.com/docs/table/25273: functions may be written in
 * the spreadsheet's language; they are stored in English).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaInLocale, storedFormula } from '../../../packages/preview/locale/formula-syntax';
import { readTypedNumber as readTypedEntry } from '../../../src/core/number-text';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('a number typed into a cell', () => {
  it.each([
    ['ru_RU', '15 000,50', 15000.5, '15000.50'],
    ['ru_RU', `15${NBSP}000,50`, 15000.5, '15000.50'],
    ['ru_RU', `1${NNBSP}000${NNBSP}000`, 1_000_000, '1000000'],
    ['ru_RU', '15000,50', 15000.5, '15000.50'],
    ['ru_RU', '12,5', 12.5, '12.5'],
    ['ru_RU', '50 000', 50000, '50000'],
    ['ru_RU', '1,000', 1, '1.000'],
    ['ru_RU', '-1 200', -1200, '-1200'],
    ['ru_RU', '12,5%', 0.125, '12.5%'],
    ['ru_RU', '12,5 %', 0.125, '12.5%'],
    ['ru_RU', '1 000 ₽', 1000, '1000₽'],
    ['ru_RU', '15 000,50 ₽', 15000.5, '15000.50₽'],
    ['en_US', '1,000.50', 1000.5, '1000.50'],
    ['en_US', '1,000', 1000, '1000'],
    ['en_US', '15000.50', 15000.5, '15000.50'],
    ['en_US', '$1,200', 1200, '$1200'],
    ['en_US', '-$5', -5, '-$5'],
    ['en_US', '15%', 0.15, '15%'],
  ])('%s: "%s" is the number %d', (locale, typed, value, canonical) => {
    expect(readTypedEntry(typed, locale)).toEqual({ kind: 'number', value, canonical });
  });

  it.each([
    ['ru_RU', '15000.50', 'wrong_decimal_mark'],
    ['ru_RU', '12.5', 'wrong_decimal_mark'],
    ['ru_RU', '1 00', 'bad_grouping'],
    ['ru_RU', '1,000.50', 'wrong_decimal_mark'],
    ['en_US', '12,5', 'wrong_decimal_mark'],
    ['en_US', '1 000', 'wrong_grouping'],
    ['en_US', '10,00,000', 'bad_grouping'],
  ])('%s: "%s" stays text, because of %s', (locale, typed, reason) => {
    expect(readTypedEntry(typed, locale)).toEqual({ kind: 'text', reason });
  });

  it.each([
    ['ru_RU', 'Итого'],
    ['ru_RU', '15.01.2026'],
    ['en_US', '01/15/2026'],
    ['en_US', 'PPC'],
  ])('%s: "%s" is left to Sheets\' own reading (a word, a date)', (locale, typed) => {
    expect(readTypedEntry(typed, locale)).toEqual({ kind: 'other' });
  });

  it('reads back every amount a Russian spreadsheet shows with grouping and a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const shown = `${whole.toLocaleString('ru-RU')},${String(cents).padStart(2, '0')}`;
        const read = readTypedEntry(shown, 'ru_RU');
        expect(read.kind).toBe('number');
        if (read.kind === 'number') expect(read.value).toBeCloseTo(whole + cents / 100, 2);
      }),
    );
  });
});

describe('a formula typed in a cell', () => {
  it.each([
    ['ru_RU', '=ROMI(KPI!I2:I12; KPI!E2:E12)', '=ROMI(KPI!I2:I12, KPI!E2:E12)'],
    ['ru_RU', '=СУММ(A1:A3)', '=SUM(A1:A3)'],
    ['ru_RU', '=сумм(A1; 2,5)', '=SUM(A1, 2.5)'],
    ['ru_RU', '=ЕСЛИ(A1>0,5; "да; нет, 1,5"; ЛОЖЬ)', '=IF(A1>0.5, "да; нет, 1,5", FALSE)'],
    ['ru_RU', "='Лист 1; копия'!A1*1,5", "='Лист 1; копия'!A1*1.5"],
    ['ru_RU', '=SUM({1\\2;3\\4})', '=SUM({1,2;3,4})'],
    ['ru_RU', '=ROMI(KPI_Revenue; KPI_Cost; 30%)', '=ROMI(KPI_Revenue, KPI_Cost, 30%)'],
    ['en_US', '=ROMI(B2:B30, C2:C30, 0.3)', '=ROMI(B2:B30, C2:C30, 0.3)'],
    ['en_US', '=SUM({1,2;3,4})', '=SUM({1,2;3,4})'],
  ])('%s: %s is stored as %s', (locale, typed, stored) => {
    expect(storedFormula(typed, locale)).toEqual({ ok: true, formula: stored });
  });

  it('refuses a comma between arguments in a semicolon locale, as Sheets does (a parse error)', () => {
    expect(storedFormula('=SUM(A1,B1)', 'ru_RU')).toEqual({ ok: false });
  });

  it('shows a stored formula in the locale it was typed in', () => {
    expect(formulaInLocale('=ROMI(KPI!I2:I12, KPI!E2:E12, 0.3)', 'ru_RU')).toBe('=ROMI(KPI!I2:I12; KPI!E2:E12; 0,3)');
    expect(formulaInLocale('=SUM({1,2;3,4})', 'ru_RU')).toBe('=SUM({1\\2;3\\4})');
    expect(formulaInLocale('=IF(A1, "a, b", 1.5)', 'en_US')).toBe('=IF(A1, "a, b", 1.5)');
  });
});
