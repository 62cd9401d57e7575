import type { Lang } from './lang';

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

export type MessageParams = Record<string, string | number>;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible, so a missing parameter shows up in tests. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}


/** The message `key` of `table` in `lang`, with its placeholders filled. */
export function translate<K extends string>(table: MessageTable<K>, lang: Lang, key: K, params?: MessageParams): string {
  return fillPlaceholders(table[lang][key], params);
}
