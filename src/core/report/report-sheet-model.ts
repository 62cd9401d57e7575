/**
 * The report tab as data: every cell with its format and colour, the column
 * widths and the charts, in the template's language. A snapshot: values
 * only, never formulas, so the tab stays the record of what was reported.
 */
import { widthToShow } from '../text-width';
import { monthInWords } from '../i18n/month-names';
import { translate, type MessageParams } from '../i18n/catalog';
import { formatNumber } from '../i18n/number-format';
import { reportMessages } from '../i18n/report-messages';
import { HEADER_COLOURS, VERDICT_COLOURS } from '../kpi/kpi-colours';
import { monthSerial } from '../kpi/month';
import { numberFormatFor } from '../kpi/number-formats';
import type { VerdictResult } from '../verdict';
import type { ChannelReportRow } from './channel-table';
import { reportChartSpecs, type ReportChartSpec } from './report-charts';
import {
  COUNT_FORMAT,
  DATE_TIME_FORMAT,
  figureFormat,
  MONTH_FORMAT,
  PERCENT_FORMAT,
  pointsFormat,
  SIGNED_PERCENT_FORMAT,
  signedFormat,
} from './report-formats';
import { figure, text, toReportGrid, type ReportCell, type ReportGrid, type ReportRow } from './report-grid';
import type { MonthlyReport } from './monthly-report';
import { monthsBefore } from './report-months';
import { reportTabName } from './report-tab-name';
import { channelReason, costBasisText, dataQualityText, verdictText } from './report-text';
import { describeSheetRows } from './sheet-row-list';

type ReportMessageKey = keyof (typeof reportMessages)['en'];

/** The channel table's columns, in order; the widest table sets the tab's width. */
const CHANNEL_COLUMNS = [
  'channel',
  'leads',
  'lead_share',
  'spend',
  'total_cost',
  'cpl',
  'target_cpl',
  'cpl_against_target',
  'revenue',
  'romi',
  'leads_change',
  'cpl_change',
  'verdict',
  'reason',
  'verdict_1',
  'verdict_2',
] as const;
type ChannelColumn = (typeof CHANNEL_COLUMNS)[number];

/**
 * Pixel widths, wide enough for the Russian labels as on the KPI tab: a
 * verdict ("МАСШТАБИРОВАТЬ") in the table's verdict columns and in the
 * second column, where the Scale and Drop lists put theirs.
 */
function columnWidth(key: ChannelColumn): number {
  if (key === 'channel') return 240;
  if (key === 'reason') return 380;
  if (key === 'leads' || key === 'verdict' || key === 'verdict_1' || key === 'verdict_2') return 150;
  return 110;
}

export const REPORT_WIDTH = CHANNEL_COLUMNS.length;

/** Widest a column grows to show its labels; longer text wraps or runs into empty cells beside it. */
const MAX_FITTED_WIDTH = 420;

/**
 * The width that shows every label of a column whole: a wrapped cell's
 * longest word, and all of a text that a filled cell beside it would cut
 * ("Маркетинговые затраты (бюджет + штат)" beside its figure). A text with
 * an empty cell to its right runs on into it, as in Sheets, and needs no room.
 */
function widthToShowColumn(rows: readonly ReportRow[], column: number): number {
  let width = 0;
  for (const row of rows) {
    const cell = row[column];
    if (!cell || typeof cell.value !== 'string' || cell.value === '') continue;
    const neighbour = row[column + 1];
    const cut = neighbour !== undefined && neighbour.value !== '' && neighbour.value !== null;
    if (!cell.wrap && !cut) continue;
    width = Math.max(width, widthToShow(cell.value, { bold: cell.bold === true, wrap: cell.wrap === true }));
  }
  return Math.min(width, MAX_FITTED_WIDTH);
}

/** 1-based column of a channel-table column. */
export function channelColumn(key: ChannelColumn): number {
  return CHANNEL_COLUMNS.indexOf(key) + 1;
}

/** The 12-month table's columns; Month, Leads and CPL first and adjacent, for the trend chart. */
const TREND_COLUMNS = ['month', 'leads', 'cpl', 'qualified_leads', 'total_cost', 'revenue', 'romi'] as const;

const SECTION_BACKGROUND = '#e8f0fe';
const TITLE_COLOUR = '#1a73e8';

/** Where each part of the report is (1-based rows), for the charts and for tests. */
export interface ReportLayout {
  generatedAtCell: { row: number; column: number };
  headlineHeaderRow: number;
  channelHeaderRow: number;
  channelRows: number;
  scaleHeaderRow: number;
  dropHeaderRow: number;
  qualityFirstRow: number;
  qualityRows: number;
  trendHeaderRow: number;
  trendRows: number;
}

export interface ReportSheetModel {
  tabName: string;
  grid: ReportGrid;
  /** Pixel widths of the report's columns, from column 1. */
  columnWidths: number[];
  frozenRows: number;
  charts: ReportChartSpec[];
  layout: ReportLayout;
}

export function buildReportSheetModel(report: MonthlyReport): ReportSheetModel {
  const { settings } = report;
  const lang = settings.sheetLang;
  const say = (key: ReportMessageKey, params?: MessageParams) => translate(reportMessages, lang, key, params);
  const inWords = (month: string) => monthInWords(month, lang);
  const money = numberFormatFor('money', settings.currency);
  const precise = numberFormatFor('money_precise', settings.currency);
  const rows: ReportRow[] = [];
  /** Adds a row; returns its 1-based sheet row. */
  const add = (row: ReportRow) => rows.push(row);
  const blankLine = () => add([]);
  const section = (title: string) => add([text(title, { bold: true, background: SECTION_BACKGROUND })]);
  const header = (labels: string[]) => add(labels.map((label) => text(label, { bold: true, background: HEADER_COLOURS.background, fontColor: HEADER_COLOURS.font, wrap: true })));
  const metaLine = (label: ReportMessageKey, value: ReportCell) => add([text(say(label), { bold: true }), value]);

  // Title and where the figures come from.
  add([text(say('title', { department: settings.departmentName, month: inWords(report.month) }), { bold: true, fontColor: TITLE_COLOUR })]);
  const generatedAtRow = metaLine('label_generated_at', figure(report.generatedAt, DATE_TIME_FORMAT));
  metaLine('label_snapshot', text(say('snapshot')));
  metaLine('label_source', text(sourceText(report, say)));
  if (report.sourceRows.read) metaLine('label_rows_read', text(say('rows_read', report.sourceRows.read)));
  metaLine('label_compared_with', figure(monthSerial(report.previousMonth), MONTH_FORMAT));
  metaLine('label_costs_counted', text(costBasisText(report.costBasis, lang)));
  blankLine();

  // Headline figures against the previous month.
  section(say('section_headline'));
  const headlineHeaderRow = header([
    say('col_figure'),
    `${say('col_this_month')} (${inWords(report.month)})`,
    `${say('col_previous_month')} (${inWords(report.previousMonth)})`,
    say('col_change'),
    say('col_change_percent'),
  ]);
  for (const item of report.headline) {
    const format = figureFormat(item.kind, settings.currency);
    const change =
      item.kind === 'ratio'
        ? figure(item.change === null ? null : item.change * 100, pointsFormat(say('points_unit')))
        : figure(item.change, signedFormat(format));
    add([text(say(`fig_${item.key}`)), figure(item.current, format), figure(item.previous, format), change, figure(item.changeRatio, SIGNED_PERCENT_FORMAT)]);
  }
  blankLine();

  // The channels, sorted by leads.
  section(say('section_channels', { month: inWords(report.month) }));
  const channelHeaderRow = header(
    CHANNEL_COLUMNS.map((key) => {
      if (key === 'verdict_1') return say('col_verdict_of', { month: inWords(report.previousMonth) });
      if (key === 'verdict_2') return say('col_verdict_of', { month: inWords(monthsBefore(report.month, 2)) });
      return say(`col_${key}`);
    }),
  );
  for (const row of report.channels) add(channelRow(row));
  if (report.channels.length === 0) add([text(say('no_channels'))]);
  if (report.blendedTargetCpl !== null) add([text(say('blended_target', { cpl: formatNumber(report.blendedTargetCpl, lang, 0) }))]);
  blankLine();

  // What to scale and what to drop or rework.
  section(say('section_scale'));
  const scaleHeaderRow = header([say('col_channel'), say('col_verdict'), say('col_reason')]);
  addVerdictList(report.scale, 'scale_empty');
  blankLine();
  section(say('section_drop'));
  const dropHeaderRow = header([say('col_channel'), say('col_verdict'), say('col_reason')]);
  addVerdictList(report.dropOrRework, 'drop_empty');
  blankLine();

  // What is missing or unreadable.
  section(say('section_quality'));
  const qualityFirstRow = rows.length + 1;
  for (const note of report.notes) add([text(dataQualityText(note, lang))]);
  if (report.notes.length === 0) add([text(say('quality_ok'))]);
  const qualityRows = rows.length - qualityFirstRow + 1;
  blankLine();

  // The last twelve months.
  section(say('section_trend'));
  const trendHeaderRow = header(TREND_COLUMNS.map((key) => say(`col_${key}`)));
  for (const totals of report.trend) {
    add([
      figure(monthSerial(totals.month), MONTH_FORMAT),
      figure(totals.leads, COUNT_FORMAT),
      figure(totals.cpl, precise),
      figure(totals.qualifiedLeads, COUNT_FORMAT),
      figure(totals.totalCost, money),
      figure(totals.revenue, money),
      figure(totals.romi, PERCENT_FORMAT),
    ]);
  }

  const charts = reportChartSpecs({
    channels: {
      headerRow: channelHeaderRow,
      rows: report.channels.length,
      channelColumn: channelColumn('channel'),
      leadsColumn: channelColumn('leads'),
      cplColumn: channelColumn('cpl'),
      targetColumn: channelColumn('target_cpl'),
    },
    trend: { headerRow: trendHeaderRow, rows: report.trend.length, monthColumn: 1, leadsColumn: 2, cplColumn: 3 },
    titles: {
      leadsByChannel: say('chart_leads_by_channel', { month: inWords(report.month) }),
      cplAgainstTarget: say('chart_cpl_against_target', { month: inWords(report.month) }),
      trend: say('chart_trend'),
      leadsAxis: say('col_leads'),
      cplAxis: say('col_cpl'),
    },
    anchorColumn: REPORT_WIDTH + 2,
  });

  return {
    tabName: reportTabName(report.month, lang),
    grid: toReportGrid(rows, REPORT_WIDTH),
    columnWidths: CHANNEL_COLUMNS.map((key, index) => Math.max(columnWidth(key), widthToShowColumn(rows, index))),
    frozenRows: 1,
    charts,
    layout: {
      generatedAtCell: { row: generatedAtRow, column: 2 },
      headlineHeaderRow,
      channelHeaderRow,
      channelRows: report.channels.length,
      scaleHeaderRow,
      dropHeaderRow,
      qualityFirstRow,
      qualityRows,
      trendHeaderRow,
      trendRows: report.trend.length,
    },
  };

  function channelRow(row: ChannelReportRow): ReportRow {
    return [
      text(row.channel),
      figure(row.leads, COUNT_FORMAT),
      figure(row.leadShare, PERCENT_FORMAT),
      figure(row.spend, money),
      figure(row.totalCost, money),
      figure(row.cpl, precise),
      figure(row.targetCpl, precise),
      figure(row.cplAgainstTarget, SIGNED_PERCENT_FORMAT),
      figure(row.revenue, money),
      figure(row.romi, PERCENT_FORMAT),
      figure(row.leadsChange, signedFormat(COUNT_FORMAT)),
      figure(row.cplChange, SIGNED_PERCENT_FORMAT),
      verdictCell(row.hasData ? row.judgement : null),
      // Wrapped: the verdicts of the months before stand right of it.
      text(channelReason(row, lang), { wrap: true }),
      verdictCell(row.history[0]),
      verdictCell(row.history[1]),
    ];
  }

  function verdictCell(result: VerdictResult | null): ReportCell {
    const colours = result?.verdict ? VERDICT_COLOURS[result.verdict] : null;
    return text(verdictText(result, lang), colours ? { background: colours.background, fontColor: colours.font, bold: true } : {});
  }

  function addVerdictList(list: readonly ChannelReportRow[], emptyKey: ReportMessageKey): void {
    for (const row of list) add([text(row.channel), verdictCell(row.judgement), text(channelReason(row, lang))]);
    if (list.length === 0) add([text(say(emptyKey))]);
  }
}

function sourceText(report: MonthlyReport, say: (key: ReportMessageKey, params?: MessageParams) => string): string {
  if (!report.kpiTabFound) return say('source_no_tab');
  if (report.sourceRows.month.length === 0) return say('source_none');
  return say('source_rows', { rows: describeSheetRows(report.sourceRows.month) });
}
