/**
 * The monthly report: what the sidebar offers (months, the default, months
 * already reported) and writing the report tab. Generating reads the KPI tab
 * once and writes only the report's own tab; an existing report of the month
 * is replaced only when the person said so.
 */
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { monthInWords } from '../../core/i18n/month-names';
import { reportMessages } from '../../core/i18n/report-messages';
import type { MonthKey } from '../../core/kpi/month';
import { lastImportOfMonth } from '../../core/report/import-as-of';
import { readKpiRecords } from '../../core/report/kpi-records';
import { buildMonthlyReport, type ReportSettings } from '../../core/report/monthly-report';
import { defaultReportMonth, preselectedReportMonth, reportMonthChoices } from '../../core/report/report-months';
import { buildReportSheetModel } from '../../core/report/report-sheet-model';
import { reportSummary } from '../../core/report/report-summary';
import { reportRequestSchema, type ReportOptions, type ReportRequest } from '../../shared/report-request';
import type { ActionResult } from '../../shared/server-api';
import { defaultTemplateSettings, type TemplateSettings } from '../../shared/template-settings';
import { describeReportRequestIssue } from '../../shared/request-issues';
import { withDocumentLock } from '../document-lock';
import { parsePayload } from '../parse-payload';
import { readLedger } from '../import/import-ledger-store';
import { readKpiTabRecords } from '../report/kpi-values';
import { clearReportSheet, writeReportSheet } from '../report/report-sheet-writer';
import { recordReportFingerprint, readReportTabState } from '../report/report-fingerprint-store';
import { findReportSheet, reportedMonths } from '../report/report-tabs';
import { readSettings } from '../settings-store';
import { readTeamMembers } from '../team-store';
import { spreadsheetToday } from '../spreadsheet-dates';
import { readSpreadsheetLang } from '../spreadsheet-lang';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { checkedCall, entryPointCall } from '../entry-point-spec';

/** The month already has a report and replacing it was not asked for; the menu catches this to ask. */
export class ReportExistsError extends UserFacingError {
  constructor(
    message: string,
    readonly month: MonthKey,
    readonly tabName: string,
    /** What replacing it would discard, said before the question ('' when the tab is as the add-on wrote it). */
    readonly warning: string,
  ) {
    super(message);
  }
}

/** The months to offer; the default is the last complete month with figures on the spreadsheet's clock (the menu and the sidebar share it). */
export function getReportOptions(): ReportOptions {
  const records = readKpiTabRecords(currentUserLang()) ?? readKpiRecords([]);
  const today = spreadsheetToday(SpreadsheetApp.getActiveSpreadsheet());
  const months = reportMonthChoices(records, today.month);
  const defaultMonth = defaultReportMonth(records, today);
  const reported = reportedMonths(SpreadsheetApp.getActiveSpreadsheet());
  return {
    months,
    defaultMonth,
    preselected: preselectedReportMonth(defaultMonth, months, today),
    existingReports: reported.months,
    editedReports: reported.edited,
  };
}

export function generateMonthlyReport(input: unknown): ActionResult {
  const lang = currentUserLang();
  const request = parseReportRequest(input, lang);
  return withDocumentLock(lang, () => writeMonthlyReport(request, new Date(), lang));
}

/**
 * Writes the report of `request.month` as of `generatedAt`; the caller holds
 * the document lock. Exported for the schedule, which runs without a sidebar.
 */
export function writeMonthlyReport(request: ReportRequest, generatedAt: Date, userLang: Lang): ActionResult {
  const settings = readSettings() ?? defaultTemplateSettings(readSpreadsheetLang(), generatedAt.getFullYear());
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = findReportSheet(spreadsheet, request.month, settings.sheetLang);
  if (existing && !request.replaceExisting) {
    const tabName = existing.getName();
    const state = readReportTabState(existing);
    const warning =
      state === 'as_written'
        ? ''
        : ` ${translate(reportMessages, userLang, state === 'edited' ? 'exists_edited' : 'exists_unchecked')}`;
    throw new ReportExistsError(
      translate(reportMessages, userLang, 'exists', { month: monthInWords(request.month, userLang), tab: tabName }) +
        warning,
      request.month,
      tabName,
      warning,
    );
  }
  const ledger = readLedger();
  const lastImportAt = lastImportOfMonth(ledger, request.month);
  const report = buildMonthlyReport({
    records: readKpiTabRecords(userLang),
    month: request.month,
    settings: reportSettingsOf(settings),
    team: readTeamMembers(),
    generatedAt,
    today: spreadsheetToday(spreadsheet, generatedAt),
    imports: {
      contributions: ledger.contributions,
      channelNames: Object.fromEntries(settings.channels.map((channel) => [channel.id, channel.name])),
      dealSources: ledger.dealSources,
      ...(ledger.vat ? { vat: ledger.vat } : {}),
      // The import's day on the spreadsheet's clock, as "today" is.
      lastImport: lastImportAt === null ? null : spreadsheetToday(spreadsheet, new Date(lastImportAt)),
    },
  });
  const model = buildReportSheetModel(report);
  let sheet: GoogleAppsScript.Spreadsheet.Sheet;
  if (existing) {
    clearReportSheet(existing);
    // A report written before the template's language changed takes the new language's name.
    if (existing.getName() !== model.tabName) existing.setName(model.tabName);
    sheet = existing;
  } else {
    sheet = spreadsheet.insertSheet(model.tabName, spreadsheet.getNumSheets());
  }
  writeReportSheet(sheet, model);
  recordReportFingerprint(sheet);
  sheet.activate();
  return {
    message: translate(reportMessages, userLang, existing ? 'replaced' : 'generated', {
      month: monthInWords(request.month, userLang),
      tab: model.tabName,
    }),
    details: reportSummary(report, userLang),
  };
}

function reportSettingsOf(settings: TemplateSettings): ReportSettings {
  return {
    departmentName: settings.departmentName,
    currency: settings.currency,
    sheetLang: settings.sheetLang,
    minLeads: settings.minLeads,
    targetRomi: settings.targetRomi,
    channels: settings.channels.map((channel) => ({
      name: channel.name,
      targetCpl: channel.targetCpl,
      targetRomi: channel.targetRomi,
    })),
  };
}

function parseReportRequest(input: unknown, lang: Lang): ReportRequest {
  return parsePayload(reportRequestSchema(), input, (issues) =>
    translate(reportMessages, lang, 'invalid_request', {
      details: issues.map((issue) => describeReportRequestIssue(issue, input, lang)).join('; '),
    }),
  );
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  /** The months a monthly report can be made for, the default one, and those already reported. */
  getReportOptions: entryPointCall(
    getReportOptions,
    [],
    'Sidebar: months to report on, the default month, months already reported.',
  ),
  /** Writes the report tab of a month; `request` is a ReportRequest, checked by the server. */
  generateMonthlyReport: checkedCall(
    generateMonthlyReport,
    ['request'],
    'Sidebar: writes the monthly report tab of a month.',
    [reportRequestSchema],
  ),
});
