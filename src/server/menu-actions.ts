/**
 * Menu items that run an action without opening the sidebar. The outcome is
 * shown as a toast; a problem as an alert, in the user's language.
 */
import { monthInWords } from '../core/i18n/month-names';
import { defaultTemplateSettings } from '../shared/template-settings';
import type { ActionResult } from '../shared/server-api';
import { translate } from '../core/i18n/catalog';
import { menuMessages } from '../core/i18n/menu-messages';
import { reportMessages } from '../core/i18n/report-messages';
import { buildKpiTemplate, restoreKpiColumns } from './actions/kpi-template-actions';
import { buildResponsibilityMatrix, savedOrDefaultTeam } from './actions/team-actions';
import { generateMonthlyReport, getReportOptions, ReportExistsError } from './actions/report-actions';
import { releaseStructureLock } from './actions/release-lock-actions';
import { readSettings } from './settings-store';
import { currentUserLang } from './user-lang';
import { monthOfTypedText } from '../core/report/report-months';
import type { ReportOptions } from '../shared/report-request';
import { UserFacingError } from './user-facing-error';

/** `action` returns `null` when the person chose to do nothing: then there is nothing to report. */
function runFromMenu(action: () => ActionResult | null): void {
  try {
    const result = action();
    if (!result) return;
    const title = translate(menuMessages, currentUserLang(), 'sidebar_title');
    SpreadsheetApp.getActiveSpreadsheet().toast([result.message, ...result.details].join('\n'), title, 8);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    SpreadsheetApp.getUi().alert(error.userMessage);
  }
}

export function menuBuildKpiTemplate(): void {
  runFromMenu(() =>
    buildKpiTemplate(readSettings() ?? defaultTemplateSettings(currentUserLang(), new Date().getFullYear())),
  );
}

/** What the KPI tab's "a column is missing" message points to. */
export function menuRestoreKpiColumns(): void {
  runFromMenu(() => restoreKpiColumns());
}

export function menuBuildResponsibilityMatrix(): void {
  runFromMenu(() => buildResponsibilityMatrix(savedOrDefaultTeam()));
}

/**
 * Asks which month to report on (blank: the last complete month with
 * figures, the sidebar's default too), then writes it. When that month
 * already has a report, the person is asked before it is replaced.
 */
export function menuGenerateMonthlyReport(): void {
  runFromMenu(() => {
    const month = askReportMonth(getReportOptions());
    if (month === null) return null;
    try {
      return generateMonthlyReport({ month, replaceExisting: false });
    } catch (error) {
      if (!(error instanceof ReportExistsError)) throw error;
      const ui = SpreadsheetApp.getUi();
      const question = translate(reportMessages, currentUserLang(), 'replace_question', {
        month: monthInWords(error.month, currentUserLang()),
        tab: error.tabName,
        warning: error.warning,
      });
      if (ui.alert(question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
      return generateMonthlyReport({ month, replaceExisting: true });
    }
  });
}

/** The month the person typed (YYYY-MM or MM.YYYY), the default for a blank answer, `null` on Cancel. */
function askReportMonth(options: ReportOptions): string | null {
  const lang = currentUserLang();
  const ui = SpreadsheetApp.getUi();
  const fallback = options.preselected ?? options.months[0] ?? '';
  const say = (key: 'month_prompt_title' | 'month_prompt', params?: Record<string, string>) =>
    translate(reportMessages, lang, key, params);
  const response = ui.prompt(
    say('month_prompt_title'),
    say('month_prompt', { month: monthInWords(fallback, lang), example: fallback }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const typed = response.getResponseText().trim();
  if (typed === '') return fallback;
  const month = monthOfTypedText(typed);
  if (month === null)
    throw new UserFacingError(
      translate(reportMessages, lang, 'month_prompt_invalid', { value: typed, example: fallback }),
    );
  return month;
}
/** Always in the menu, so the owner (or a shared drive's manager) can never be locked out of the template. */
export function menuReleaseStructureLock(): void {
  runFromMenu(() => releaseStructureLock());
}
