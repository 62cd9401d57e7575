import { describe, expect, it } from 'vitest';
import { sidebarMessages } from '../../src/core/i18n/sidebar-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('sidebar messages', () => {
  const keys = Object.keys(sidebarMessages.en) as (keyof typeof sidebarMessages.en)[];

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(sidebarMessages.ru).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(sidebarMessages.en[key].trim(), key).not.toBe('');
      expect(sidebarMessages.ru[key].trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys)
      expect(placeholders(sidebarMessages.ru[key]), key).toEqual(placeholders(sidebarMessages.en[key]));
  });

  it('is really translated: Russian text is in Cyrillic except names and codes', () => {
    const sameInBoth = keys.filter((key) => sidebarMessages.en[key] === sidebarMessages.ru[key]);
    expect(sameInBoth.sort()).toEqual(['lang_name_en', 'lang_name_ru']);
  });
});
