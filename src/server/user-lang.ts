import { langFromLocale, type Lang } from '../core/i18n/lang';
import { readUserLang } from './settings-store';

/** The sidebar user's language: their saved choice, else their Google account's locale. */
export function currentUserLang(): Lang {
  return readUserLang() ?? langFromLocale(safeUserLocale());
}

function safeUserLocale(): string {
  try {
    return Session.getActiveUserLocale();
  } catch {
    return '';
  }
}
