import { describe, expect, it } from 'vitest';
import { reportMessages } from '../../../src/core/i18n/report-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('report messages', () => {
  const keys = Object.keys(reportMessages.en) as (keyof typeof reportMessages.en)[];

  it('use the same placeholders in both languages', () => {
    for (const key of keys)
      expect(placeholders(reportMessages.ru[key]), key).toEqual(placeholders(reportMessages.en[key]));
  });

  it('are really translated, apart from names and symbols', () => {
    const same = keys.filter((key) => reportMessages.en[key] === reportMessages.ru[key]);
    expect(same.sort()).toEqual(['col_cac', 'col_cpl', 'col_romi', 'fig_cpl', 'no_verdict']);
  });
});
