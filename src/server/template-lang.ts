import type { Lang } from '../core/i18n/lang';
import type { Currency, TemplateSettings } from '../shared/template-settings';
import { readSettings } from './settings-store';
import { currentUserLang } from './user-lang';

export interface TemplateLocale {
  /** The language tabs are written in: the template's, once saved; else the user's, as the template's defaults are. */
  lang: Lang;
  /** The spreadsheet's one currency: the template's, once saved; else the usual one for the language. */
  currency: Currency;
}

export function templateLocaleOf(settings: TemplateSettings | null, userLang: Lang): TemplateLocale {
  const lang = settings?.sheetLang ?? userLang;
  return { lang, currency: settings?.currency ?? (lang === 'ru' ? 'RUB' : 'USD') };
}

/** @param userLang the user's language, when the caller has it already (reading it again is two more service calls) */
export function readTemplateLocale(userLang: Lang = currentUserLang()): TemplateLocale {
  return templateLocaleOf(readSettings(), userLang);
}
