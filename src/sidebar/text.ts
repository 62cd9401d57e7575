import { translate, type MessageParams } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { sidebarMessages, type SidebarMessageKey } from '../core/i18n/sidebar-messages';

/** A sidebar string in `lang`: the one way views produce user-visible text. */
export function t(lang: Lang, key: SidebarMessageKey, params?: MessageParams): string {
  return translate(sidebarMessages, lang, key, params);
}
