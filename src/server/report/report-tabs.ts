/** Finding report tabs: the one of a month (in either language's name) and every month already reported. */
import type { Lang } from '../../core/i18n/lang';
import type { MonthKey } from '../../core/kpi/month';
import { monthOfReportTab, reportTabNames } from '../../core/report/report-tab-name';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function findReportSheet(spreadsheet: Spreadsheet, month: MonthKey, lang: Lang): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const name of reportTabNames(month, lang)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** Months that have a report tab, newest first. */
export function reportedMonths(spreadsheet: Spreadsheet): MonthKey[] {
  const months = spreadsheet.getSheets().flatMap((sheet) => {
    const month = monthOfReportTab(sheet.getName());
    return month ? [month] : [];
  });
  return [...new Set(months)].sort().reverse();
}
