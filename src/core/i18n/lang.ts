/** The two languages the add-on speaks. */
export type Lang = 'en' | 'ru';

export const LANGS: readonly Lang[] = ['en', 'ru'];

/**
 * Reads a Sheets or browser locale ("ru", "ru_RU", "en-GB", "") as one of our
 * languages: Russian for any `ru*` locale, English for everything else,
 * including a locale that could not be read at all.
 */
export function langFromLocale(locale: unknown): Lang {
  return typeof locale === 'string' && /^ru(?:[-_]|$)/i.test(locale.trim()) ? 'ru' : 'en';
}
