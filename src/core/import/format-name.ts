/**
 * An export's format in words, defined once for the import's preview, its log, the
 * Sources table and the report: "Yandex Direct report (report wizard)".
 */
import { translate } from '../i18n/catalog';
import { type ImportFormatMessageKey, importFormatMessages } from '../i18n/import-format-messages';
import type { Lang } from '../i18n/lang';
import type { DetectedFormat } from './types';

function isFormatKey(key: string): key is ImportFormatMessageKey {
  return key in importFormatMessages.en;
}

/**
 * A detected format, or a format id as the import log and the Sources table keep it. A mapped file's source
 * (`mapped:<name>`) reads as a file read with a column mapping; an id with no name (a log of a later version)
 * is shown as it is.
 */
export function formatName(format: DetectedFormat | string, lang: Lang): string {
  const id = typeof format === 'string' ? format : format.id;
  const key = `format_${id.startsWith('mapped:') ? 'mapped' : id}`;
  return isFormatKey(key) ? translate(importFormatMessages, lang, key) : id;
}
