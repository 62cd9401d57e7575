/** What the sidebar reads when it opens, and the user's language switch. */
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { serverMessages } from '../../core/i18n/server-messages';
import { defaultTemplateSettings } from '../../shared/template-settings';
import type { SidebarState } from '../../shared/server-api';
import { findKpiSheet } from '../kpi/kpi-tab';
import { parseSettings } from '../parse-settings';
import { readSettings, settingsTexts, writeSettings, writeUserLang } from '../settings-store';
import { assertDocumentPropertiesHold } from '../property-room';
import { templateLocaleOf } from '../template-lang';
import { readTeamState } from './team-state';
import { readShareState } from './share-actions';
import { readDataImportState } from './data-import-actions';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { withDocumentLock } from '../document-lock';
import { authorizeStructureChange } from '../sharing/structure-access';
import { entryPointCall } from '../entry-point-spec';

export function getSidebarState(): SidebarState {
  const userLang = currentUserLang();
  const saved = readSettings();
  return {
    userLang,
    settings: saved ?? defaultTemplateSettings(userLang, new Date().getFullYear()),
    settingsSaved: saved !== null,
    kpiTabExists: findKpiSheet() !== null,
    team: readTeamState(templateLocaleOf(saved, userLang)),
    sharing: readShareState(),
    dataImport: readDataImportState(userLang),
  };
}

export function setUserLang(lang: unknown): SidebarState {
  if (lang !== 'en' && lang !== 'ru') {
    throw new UserFacingError(
      translate(serverMessages, currentUserLang(), 'invalid_language', { value: String(lang) }),
    );
  }
  writeUserLang(lang as Lang);
  return getSidebarState();
}

export function saveSettings(input: unknown): SidebarState {
  const lang = currentUserLang();
  const settings = parseSettings(input, lang);
  withDocumentLock(lang, () => {
    authorizeStructureChange(lang);
    assertDocumentPropertiesHold(settingsTexts(settings), lang);
    writeSettings(settings);
  });
  return getSidebarState();
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  getSidebarState: entryPointCall(getSidebarState, [], "Sidebar: the template settings and the user's language."),
  setUserLang: entryPointCall(setUserLang, ['lang'], "Sidebar: saves the user's sidebar language."),
  saveSettings: entryPointCall(saveSettings, ['settings'], 'Sidebar: checks and saves the template settings.'),
});
