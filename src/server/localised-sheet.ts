import { LANGS, type Lang } from '../core/i18n/lang';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A tab the add-on names in the template's language ("Roles" / "Роли"),
 * found under either name, so switching the template's language neither
 * loses the tab nor makes a second one. Finding renames nothing: only a
 * build, once it knows the tab is its own, calls `nameInLang`.
 */
export function findLocalisedSheet(names: Readonly<Record<Lang, string>>, lang: Lang): Sheet | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const candidate of [lang, ...LANGS.filter((other) => other !== lang)]) {
    const sheet = spreadsheet.getSheetByName(names[candidate]);
    if (sheet) return sheet;
  }
  return null;
}

/** Gives the add-on's own tab its name in `lang`, unless a tab of that name already exists. */
export function nameInLang(sheet: Sheet, names: Readonly<Record<Lang, string>>, lang: Lang): void {
  if (sheet.getName() === names[lang]) return;
  if (SpreadsheetApp.getActiveSpreadsheet().getSheetByName(names[lang]) === null) sheet.setName(names[lang]);
}
