import { translate, type MessageParams } from '../../../core/i18n/catalog';
import { importSectionMessages, type ImportSectionMessageKey } from '../../../core/i18n/import-section-messages';
import type { Lang } from '../../../core/i18n/lang';

/** A string of the "Import data" section in `lang`: the one way its views produce user-visible text. */
export function s(lang: Lang, key: ImportSectionMessageKey, params?: MessageParams): string {
  return translate(importSectionMessages, lang, key, params);
}

/** The section's words for a status line (action-status.ts), read in the language the line is drawn in. */
export function words(key: ImportSectionMessageKey): (lang: Lang) => string {
  return (lang) => s(lang, key);
}
