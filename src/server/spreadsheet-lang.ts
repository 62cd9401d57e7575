import { langFromLocale, type Lang } from '../core/i18n/lang';
import type { FunctionContext } from '../functions/function-context';

/** The spreadsheet's language (File → Settings → Locale); English when it cannot be read. */
export function readSpreadsheetLang(): Lang {
  try {
    return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** A context for one custom-function call: the locale is read at most once, and only if needed. */
export function sheetsFunctionContext(): FunctionContext {
  let lang: Lang | undefined;
  return { lang: () => (lang ??= readSpreadsheetLang()) };
}
