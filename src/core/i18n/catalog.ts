import type { Lang } from './lang';
import { pluralForm } from './plural';

/**
 * One feature's messages in both languages. English is the source of truth
 * for the keys; the Russian table must have exactly the same keys, which the
 * type checker enforces through `defineMessages`.
 */
export interface MessageTable<K extends string> {
  en: Record<K, string>;
  ru: Record<K, string>;
}

export function defineMessages<K extends string>(table: MessageTable<K>): MessageTable<K> {
  return table;
}

/**
 * Each feature's table is written as `() => defineMessages({…})` and read
 * through `builtOnce`: a custom-function call loads every table's file and
 * reads at most one table.
 */
export { builtOnce } from '../built-once';

export type MessageParams = Record<string, string | number>;

/**
 * Replaces `{name}` placeholders, and `{name:one|few|many}` with the count and
 * its noun by the plural helper ("{rows:строка|строки|строк}" → "132 строки";
 * English gives one|many: "{rows:row|rows}" → "1 row"). An unknown
 * placeholder stays visible, so a missing parameter shows up in tests.
 */
export function fillPlaceholders(template: string, params: MessageParams = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)(?::([^{}]+))?\}/g, (whole, name: string, forms: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (forms === undefined) return String(value);
    const [one = '', few = one, many = few] = forms.split('|');
    // A count may come formatted for the language ("1 000"), so its grouping is dropped before choosing the form.
    const count = typeof value === 'number' ? value : Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    const nouns = lang === 'en' ? ([one, few, few] as const) : ([one, few, many] as const);
    return `${String(value)} ${pluralForm(lang, count, nouns)}`;
  });
}

/** The message `key` of `table` in `lang`, with its placeholders filled. */
export function translate<K extends string>(
  table: MessageTable<K>,
  lang: Lang,
  key: K,
  params?: MessageParams,
): string {
  return fillPlaceholders(table[lang][key], params, lang);
}
