/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE, where properties and
 * data are off limits, so it only builds the menu, in the user's language.
 */
import { langFromLocale } from '../core/i18n/lang';
import { translate } from '../core/i18n/catalog';
import { menuMessages } from '../core/i18n/menu-messages';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = langFromLocale(readUserLocale());
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(translate(menuMessages, lang, 'open_sidebar'), 'showSidebar')
    .addItem(translate(menuMessages, lang, 'build_kpi_template'), 'menuBuildKpiTemplate')
    .addItem(translate(menuMessages, lang, 'restore_kpi_columns'), 'menuRestoreKpiColumns')
    .addItem(translate(menuMessages, lang, 'build_responsibility_matrix'), 'menuBuildResponsibilityMatrix')
    .addItem(translate(menuMessages, lang, 'generate_monthly_report'), 'menuGenerateMonthlyReport')
    .addSeparator()
    .addItem(translate(menuMessages, lang, 'release_structure_lock'), 'menuReleaseStructureLock')
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Session.getActiveUserLocale works in AuthMode.NONE; anything else falls back to English. */
function readUserLocale(): string {
  try {
    return Session.getActiveUserLocale();
  } catch {
    return '';
  }
}
