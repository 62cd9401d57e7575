import { LANGS, type Lang } from '../core/i18n/lang';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A tab the add-on names in the template's language ("Roles" / "Роли"),
 * found under either name, so switching the template's language neither
 * loses the tab nor makes a second one. Found under the other language's
 * name, it is renamed — unless a tab of the new name already exists.
 */
export function findLocalisedSheet(names: Readonly<Record<Lang, string>>, lang: Lang): Sheet | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const current = spreadsheet.getSheetByName(names[lang]);
  if (current) return current;
  for (const other of LANGS) {
    if (other === lang) continue;
    const sheet = spreadsheet.getSheetByName(names[other]);
    if (sheet) return sheet.setName(names[lang]);
  }
  return null;
}

/** The tab, made if there is none. */
export function findOrInsertLocalisedSheet(names: Readonly<Record<Lang, string>>, lang: Lang): { sheet: Sheet; created: boolean } {
  const existing = findLocalisedSheet(names, lang);
  return existing ? { sheet: existing, created: false } : { sheet: SpreadsheetApp.getActiveSpreadsheet().insertSheet(names[lang]), created: true };
}
