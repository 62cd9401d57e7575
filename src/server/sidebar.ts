/**
 * Opens the sidebar (dist/Sidebar.html, built by scripts/build-sidebar.ts).
 * The page itself asks the server for the user's language once it loads;
 * only the title, which Sheets draws, is chosen here.
 */
import { translate } from '../core/i18n/catalog';
import { langFromLocale } from '../core/i18n/lang';
import { sidebarMessages } from '../core/i18n/sidebar-messages';

/** The file name in dist/ without `.html`, as HtmlService wants it. */
export const SIDEBAR_FILE = 'Sidebar';

export function showSidebar(): void {
  const title = translate(sidebarMessages, langFromLocale(readUserLocale()), 'sidebar_title');
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(page);
}

/**
 * The title follows the user's Google locale. The language saved from the
 * sidebar's own switch is applied by the page; the server actions own that
 * store, and the title is the add-on's name in either language.
 */
function readUserLocale(): string {
  try {
    return Session.getActiveUserLocale();
  } catch {
    return '';
  }
}
