import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/core/i18n/catalog';
import { langFromLocale } from '../../src/core/i18n/lang';
import { formatNumber, formatPercent } from '../../src/core/i18n/number-format';
import { pluralForm } from '../../src/core/i18n/plural';
import { functionMessages } from '../../src/core/i18n/function-messages';
import { verdictMessages } from '../../src/core/i18n/verdict-messages';
import { menuMessages } from '../../src/core/i18n/menu-messages';

describe('i18n', () => {
  it('reads locales', () => {
    expect(langFromLocale('ru_RU')).toBe('ru');
    expect(langFromLocale('ru')).toBe('ru');
    expect(langFromLocale('en_GB')).toBe('en');
    expect(langFromLocale('rue')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
  it('formats numbers the way each language writes them', () => {
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 'ru')).toBe('1\u00a0234\u00a0567,89');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatPercent(0.4, 'en')).toBe('40\u00a0%');
  });
  it('picks Russian plural forms', () => {
    const forms = ['строка', 'строки', 'строк'] as const;
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => pluralForm('ru', n, forms))).toEqual([
      'строка',
      'строки',
      'строк',
      'строк',
      'строка',
      'строки',
      'строк',
      'строк',
    ]);
  });
  it('keeps placeholders visible when a parameter is missing', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it.each([functionMessages, verdictMessages, menuMessages])('has the same placeholders in both languages', (table) => {
    for (const key of Object.keys(table.en) as (keyof typeof table.en)[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(table.ru[key]), String(key)).toEqual(names(table.en[key]));
    }
  });
});
