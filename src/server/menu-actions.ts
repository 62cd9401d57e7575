/**
 * Menu items that run an action without opening the sidebar. The outcome is
 * shown as a toast; a problem as an alert, in the user's language.
 */
import { defaultTemplateSettings } from '../shared/template-settings';
import type { ActionResult } from '../shared/server-api';
import { buildKpiTemplate } from './actions/kpi-template-actions';
import { buildResponsibilityMatrix, savedOrDefaultTeam } from './actions/team-actions';
import { readSettings } from './settings-store';
import { currentUserLang } from './user-lang';
import { UserFacingError } from './user-facing-error';

function runFromMenu(action: () => ActionResult): void {
  try {
    const result = action();
    SpreadsheetApp.getActiveSpreadsheet().toast([result.message, ...result.details].join('\n'), 'Marketing KPI', 8);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    SpreadsheetApp.getUi().alert(error.message);
  }
}

export function menuBuildKpiTemplate(): void {
  runFromMenu(() => buildKpiTemplate(readSettings() ?? defaultTemplateSettings(currentUserLang(), new Date().getFullYear())));
}

export function menuBuildResponsibilityMatrix(): void {
  runFromMenu(() => buildResponsibilityMatrix(savedOrDefaultTeam()));
}
