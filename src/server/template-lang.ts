import type { Lang } from '../core/i18n/lang';
import type { Currency } from '../shared/template-settings';
import { readSettings } from './settings-store';
import { readSpreadsheetLang } from './spreadsheet-lang';

export interface TemplateLocale {
  /** The language tabs are written in: the template's, once saved; else the spreadsheet's locale. */
  lang: Lang;
  /** The spreadsheet's one currency: the template's, once saved; else the usual one for the language. */
  currency: Currency;
}

export function readTemplateLocale(): TemplateLocale {
  const settings = readSettings();
  const lang = settings?.sheetLang ?? readSpreadsheetLang();
  return { lang, currency: settings?.currency ?? (lang === 'ru' ? 'RUB' : 'USD') };
}
