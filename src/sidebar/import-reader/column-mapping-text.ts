/** The saved column mappings' and the VAT question's words, carried by the export reader so the sidebar's first load stays light. */
import { translate, type MessageParams } from '../../core/i18n/catalog';
import { columnMappingMessages, type ColumnMappingMessageKey } from '../../core/i18n/column-mapping-messages';
import type { Lang } from '../../core/i18n/lang';
import { importVatMessages, type ImportVatMessageKey } from '../../core/i18n/import-vat-messages';

export function columnMappingText(lang: Lang, key: ColumnMappingMessageKey, params?: MessageParams): string {
  return translate(columnMappingMessages, lang, key, params);
}

export function vatText(lang: Lang, key: ImportVatMessageKey, params?: MessageParams): string {
  return translate(importVatMessages, lang, key, params);
}
