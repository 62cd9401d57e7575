/**
 * Opens the sidebar (dist/Sidebar.html, built by scripts/build-sidebar.ts).
 * The page asks the server for its state, language included, once it loads;
 * only the title, which Sheets draws, is chosen here.
 */
import { translate } from '../core/i18n/catalog';
import { menuMessages } from '../core/i18n/menu-messages';
import { currentUserLang } from './user-lang';

/** The file name in dist/ without `.html`, as HtmlService wants it. */
export const SIDEBAR_FILE = 'Sidebar';

export function showSidebar(): void {
  const title = translate(menuMessages, currentUserLang(), 'sidebar_title');
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(page);
}
