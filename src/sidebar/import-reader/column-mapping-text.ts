/** The saved column mappings' words, carried by the export reader so the sidebar's first load stays light. */
import { translate, type MessageParams } from '../../core/i18n/catalog';
import { columnMappingMessages, type ColumnMappingMessageKey } from '../../core/i18n/column-mapping-messages';
import type { Lang } from '../../core/i18n/lang';

export function columnMappingText(lang: Lang, key: ColumnMappingMessageKey, params?: MessageParams): string {
  return translate(columnMappingMessages, lang, key, params);
}
