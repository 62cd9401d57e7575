/** Finding report tabs: the one of a month (in either language's name) and every month already reported. */
import type { Lang } from '../../core/i18n/lang';
import type { MonthKey } from '../../core/kpi/month';
import { monthOfReportTab, reportTabNames } from '../../core/report/report-tab-name';
import { readReportTabState } from './report-fingerprint-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function findReportSheet(
  spreadsheet: Spreadsheet,
  month: MonthKey,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const name of reportTabNames(month, lang)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** Months that have a report tab, newest first, and those whose tab was changed by hand (or cannot be checked). */
export function reportedMonths(spreadsheet: Spreadsheet): { months: MonthKey[]; edited: MonthKey[] } {
  const months = new Set<MonthKey>();
  const edited = new Set<MonthKey>();
  for (const sheet of spreadsheet.getSheets()) {
    const month = monthOfReportTab(sheet.getName());
    if (!month) continue;
    months.add(month);
    if (readReportTabState(sheet) !== 'as_written') edited.add(month);
  }
  const newestFirst = (list: Set<MonthKey>) => [...list].sort().reverse();
  return { months: newestFirst(months), edited: newestFirst(edited) };
}
