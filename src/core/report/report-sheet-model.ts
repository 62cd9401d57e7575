/**
 * The report tab as data: every cell with its format and colour, the column
 * widths and the charts, in the template's language. A snapshot: values
 * only, never formulas, so the tab stays the record of what was reported.
 *
 * Read top to bottom as a CEO reads it: the month's figures against the
 * month before, the month in a few sentences, the decisions with their
 * reasons; then the detail (channels, twelve months and the year to date,
 * data quality); at the end how every figure is counted and where it came
 * from. Every table is REPORT_WIDTH columns or fewer, and the columns add
 * up to no more than A4_LANDSCAPE_WIDTH, so the page prints at 100 %.
 */
import { widthToShow } from '../text-width';
import { breakIntoLines } from '../text-lines';
import { monthInWords } from '../i18n/month-names';
import { translate, type MessageParams } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { formatNumber, formatPercent } from '../i18n/number-format';
import { kpiMessages } from '../i18n/kpi-messages';
import { reportMessages } from '../i18n/report-messages';
import { formatName } from '../import/format-name';
import { HEADER_COLOURS, VERDICT_COLOURS } from '../kpi/kpi-colours';
import { monthSerial, parseMonthKey } from '../kpi/month';
import { shareOfPlan } from '../metrics';
import { numberFormatFor } from '../kpi/number-formats';
import type { VerdictResult } from '../verdict';
import type { ChannelReportRow } from './channel-table';
import type { MonthFigures } from './month-figures';
import { reportChartSpecs, ROWS_PER_CHART, type ReportChartSpec } from './report-charts';
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
import { moneyText, reportSentences } from './report-sentences';
import { reportTabName } from './report-tab-name';
import { channelReason, costBasisText, dataQualityText, verdictText } from './report-text';
import { describeSheetRows } from './sheet-row-list';
import { UNTAGGED_DEALS_TOLERANCE_PERCENT } from './untagged-deals-share';

type ReportMessageKey = keyof (typeof reportMessages)['en'];

/** "5 December" / "5 декабря": a day of the report's month. */
function dayInWords(
  month: string,
  day: number,
  say: (key: ReportMessageKey, params?: MessageParams) => string,
): string {
  return say(`date_m${parseMonthKey(month).month}` as ReportMessageKey, { day });
}

/**
 * The printable width of an A4 landscape page in Sheets at 100 %, in
 * pixels: 297 mm = 11.69 in, less Sheets' "Normal" margins of 0.7 in each
 * side, = 10.29 in at 96 px per inch.
 */
export const A4_LANDSCAPE_WIDTH = 988;

/**
 * The report's columns: A holds labels and channel names, B a verdict or
 * the month's figure, C–I figures. Pixel widths before fitting (942 in
 * all); a column widens where a label or a figure needs it.
 */
const BASE_WIDTHS = [176, 150, 88, 88, 88, 88, 88, 88, 88] as const;
export const REPORT_WIDTH = BASE_WIDTHS.length;

/** The channel table's columns, in order: the verdict beside the name, CAC among the figures. */
const CHANNEL_COLUMNS = [
  'channel',
  'verdict',
  'leads',
  'total_cost',
  'cpl',
  'target_cpl',
  'cac',
  'revenue',
  'romi',
] as const;
type ChannelColumn = (typeof CHANNEL_COLUMNS)[number];

/** The plan-and-fact table's columns: each plan, its figure's share of it (revenue's figure is in the channel table). */
const PLAN_COLUMNS = [
  'channel',
  'plan_spend',
  'spend',
  'of_plan',
  'plan_leads',
  'leads',
  'of_plan',
  'plan_revenue',
  'of_plan',
] as const;

/** The twelve months' columns; the year to date is the last line, under the same headers. */
const TREND_COLUMNS = [
  'month',
  'leads',
  'qualified_short',
  'marketing_cost',
  'cpl',
  'cac',
  'revenue',
  'romi',
  'department_roi',
] as const;

/** 1-based column of a channel-table column. */
export function channelColumn(key: ChannelColumn): number {
  return CHANNEL_COLUMNS.indexOf(key) + 1;
}

/** 1-based column of a trend-table column. */
export function trendColumn(key: (typeof TREND_COLUMNS)[number]): number {
  return TREND_COLUMNS.indexOf(key) + 1;
}

/** Widest a column grows to show its labels. */
const MAX_FITTED_WIDTH = 240;

/**
 * Pixels a line of running text may take: the page, less a cell's padding.
 * text-width's estimate errs wide, so a line measured to this width ends
 * inside the page.
 */
const LINE_WIDTH = A4_LANDSCAPE_WIDTH - 12;
/** Column B at its widest: a verdict ("МАСШТАБИРОВАТЬ") in bold. */
const VERDICT_WIDTH = 161;

const SECTION_BACKGROUND = '#e8f0fe';
const TITLE_COLOUR = '#1a73e8';

/** Where each part of the report is (1-based rows), for the charts and for tests. */
export interface ReportLayout {
  generatedAtCell: { row: number; column: number };
  headlineHeaderRow: number;
  /** The pacing table's header (a month still running), else 0. */
  pacingHeaderRow: number;
  summaryFirstRow: number;
  summaryRows: number;
  decisionsHeaderRow: number;
  /** The rows naming each group of decisions. */
  scaleRow: number;
  dropRow: number;
  keepRow: number;
  channelHeaderRow: number;
  channelRows: number;
  /** The plan-and-fact table's header, else 0 (no plan entered: a line says so). */
  planHeaderRow: number;
  trendHeaderRow: number;
  trendRows: number;
  yearToDateRow: number;
  qualityFirstRow: number;
  qualityRows: number;
  definitionsRow: number;
  /** The last row of the first screen (the decisions end there). */
  firstScreenLastRow: number;
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
  const rows: ReportRow[] = [];
  /** Adds a row; returns its 1-based sheet row. */
  const add = (row: ReportRow) => rows.push(row);
  const blankLine = () => add([]);
  const section = (title: string) => add([text(title, { bold: true, background: SECTION_BACKGROUND })]);
  const header = (labels: string[]) =>
    add(
      labels.map((label) =>
        text(label, { bold: true, background: HEADER_COLOURS.background, fontColor: HEADER_COLOURS.font, wrap: true }),
      ),
    );
  /** A paragraph as rows of one cell each, every line inside the page. */
  const paragraph = (words: string, column = 1, bold = false) => {
    const width = LINE_WIDTH - BASE_WIDTHS.slice(0, column - 1).reduce((sum, each) => sum + each, 0);
    let first = 0;
    for (const line of breakIntoLines(words, width, bold)) {
      const at = add([...Array.from({ length: column - 1 }, () => text('')), text(line, { bold })]);
      first ||= at;
    }
    return first;
  };

  // The first screen: the month's figures against the month before.
  add([
    text(say('title', { department: settings.departmentName, month: inWords(report.month) }), {
      bold: true,
      fontColor: TITLE_COLOUR,
    }),
  ]);
  blankLine();
  section(say('section_headline'));
  // The plan's columns only where the KPI tab holds a plan for the month: blank ones would only say "no plan" nine times.
  const hasPlan = report.headline.some((item) => item.plan !== null);
  const planHeaders = hasPlan ? [say('col_plan'), say('col_of_plan')] : [];
  const headlineHeaderRow = header([
    say('col_figure'),
    capitalised(inWords(report.month)),
    capitalised(inWords(report.previousMonth)),
    say('col_change'),
    say('col_change_percent'),
    ...planHeaders,
  ]);
  for (const item of report.headline) {
    const format = figureFormat(item.kind, settings.currency);
    const change =
      item.kind === 'ratio'
        ? figure(item.change === null ? null : item.change * 100, pointsFormat(say('points_unit')))
        : figure(item.change, signedFormat(format));
    const plan = hasPlan ? [figure(item.plan, format), figure(item.ofPlan, PERCENT_FORMAT)] : [];
    add([
      text(item.column ? translate(kpiMessages, lang, `col_${item.key}`) : say(`fig_${item.key}`), { wrap: true }),
      figure(item.current, format),
      figure(item.previous, format),
      change,
      figure(item.changeRatio, SIGNED_PERCENT_FORMAT),
      ...plan,
    ]);
  }
  blankLine();

  // A month still running: where it is heading against the plan.
  let pacingHeaderRow = 0;
  if (report.pacing) {
    const { day, days, asOf } = report.pacing;
    const date = dayInWords(report.month, day, say);
    section(say(asOf === 'import' ? 'section_pacing_import' : 'section_pacing', { day, days, date }));
    pacingHeaderRow = header([
      say('col_figure'),
      say(asOf === 'import' ? 'col_so_far_import' : 'col_so_far', { date }),
      say(asOf === 'import' ? 'col_plan_to_date_import' : 'col_plan_to_date', { date }),
      say('col_forecast'),
      say('col_plan'),
      say('col_per_day_left'),
    ]);
    for (const row of report.pacing.rows) {
      const format = row.key === 'leads' ? COUNT_FORMAT : money;
      // Leads per day are fractions (2.4 a day): shown with a decimal, not rounded to 2.
      const perDay = row.key === 'leads' ? '#,##0.0' : money;
      add([
        text(say(`fig_${row.key}`), { wrap: true }),
        figure(row.soFar, format),
        figure(row.planToDate, format),
        figure(row.forecast, format),
        figure(row.plan, format),
        figure(row.perDayLeft, perDay),
      ]);
    }
    blankLine();
  }

  // The month in words.
  section(say('section_summary'));
  const summaryFirstRow = rows.length + 1;
  for (const sentence of reportSentences(report, lang)) paragraph(sentence);
  const summaryRows = rows.length - summaryFirstRow + 1;
  blankLine();

  // The decisions, each channel with the reason its verdict names.
  section(say('section_decisions'));
  const decisionsHeaderRow = header([say('col_channel'), say('col_verdict'), say('col_reason')]);
  const scaleRow = addDecisionGroup('section_scale', report.scale, 'scale_empty');
  const dropRow = addDecisionGroup('section_drop', report.dropOrRework, 'drop_empty');
  const keepRow = addDecisionGroup('section_keep', report.keepTesting, 'keep_empty');
  const firstScreenLastRow = rows.length;
  blankLine();

  // The detail: the channels, with their charts right under the table.
  section(say('section_channels', { month: inWords(report.month) }));
  const channelHeaderRow = header(CHANNEL_COLUMNS.map((key) => say(`col_${key}`)));
  for (const row of report.channels) add(channelRow(row));
  if (report.channels.length === 0) add([text(say('no_channels'))]);
  if (report.blendedTargetCpl !== null)
    add([text(say('blended_target', { cpl: moneyText(report.blendedTargetCpl, settings.currency, lang) }))]);
  blankLine();
  const channelChartsRow = rows.length + 1;
  for (let index = 0; index < ROWS_PER_CHART; index++) blankLine();

  // The plan beside the fact, channel by channel, then the month's and the year's totals.
  section(say('section_plan', { month: inWords(report.month) }));
  let planHeaderRow = 0;
  if (hasPlan) {
    planHeaderRow = header(PLAN_COLUMNS.map((key) => say(`col_${key}`)));
    for (const row of report.channels)
      add(
        planRow(
          text(row.channel, { wrap: true }),
          row.planSpend,
          row.spend,
          row.planLeads,
          row.leads,
          row.planRevenue,
          row.revenue,
        ),
      );
    const month = report.figures;
    add(
      planRow(
        text(say('plan_all_channels'), { bold: true }),
        month.plan.spend,
        month.spend,
        month.plan.leads,
        month.leads,
        month.plan.revenue,
        month.revenue,
      ),
    );
    const year = report.yearToDate;
    add(
      planRow(
        text(say('year_to_date', { year: parseMonthKey(report.month).year, month: inWords(report.month) }), {
          bold: true,
        }),
        year.plan.spend,
        year.spend,
        year.plan.leads,
        year.leads,
        year.plan.revenue,
        year.revenue,
      ),
    );
  } else {
    paragraph(say('no_plan', { month: inWords(report.month) }));
  }
  blankLine();

  // The last twelve months and the year to date, the trend chart under them.
  section(say('section_trend'));
  const trendHeaderRow = header(TREND_COLUMNS.map((key) => say(`col_${key}`)));
  for (const figures of report.trend) add(trendRow(figure(monthSerial(figures.month), MONTH_FORMAT), figures));
  const yearToDateRow = add(
    trendRow(
      text(say('year_to_date', { year: parseMonthKey(report.month).year, month: inWords(report.month) }), {
        bold: true,
      }),
      report.yearToDate,
    ),
  );
  blankLine();
  const trendChartRow = rows.length + 1;
  for (let index = 0; index < ROWS_PER_CHART; index++) blankLine();

  // What is missing or unreadable.
  section(say('section_quality'));
  const qualityFirstRow = rows.length + 1;
  for (const note of report.notes) add([text(dataQualityText(note, lang))]);
  if (report.notes.length === 0) add([text(say('quality_ok'))]);
  const qualityRows = rows.length - qualityFirstRow + 1;
  blankLine();

  // How every figure is counted, and where this report's came from.
  const definitionsRow = section(say('section_definitions'));
  for (const key of ['def_lead', 'def_qualified', 'def_customer', 'def_romi', 'def_channel_cost', 'def_plan'] as const)
    paragraph(say(key, { minLeads: settings.minLeads }));
  if (report.pacing) {
    const { day, days, asOf } = report.pacing;
    paragraph(
      say(asOf === 'import' ? 'def_pacing_import' : 'def_pacing', {
        day,
        days,
        date: dayInWords(report.month, day, say),
      }),
    );
  }
  paragraph(costBasisText(report.costBasis, lang));
  paragraph(say('def_vat'));
  if (report.importVat && report.importVat.length > 0)
    paragraph(
      say('def_vat_imports', {
        answers: report.importVat
          .map(({ source, vat }) => {
            const name = formatName(source, lang);
            return vat.included
              ? say('vat_answer_included', { source: name, rate: formatNumber(vat.rate, lang) })
              : say('vat_answer_net', { source: name });
          })
          .join('; '),
      }),
    );
  for (const key of ['def_month', 'def_verdicts'] as const) paragraph(say(key, { minLeads: settings.minLeads }));
  if (report.reconciliation) paragraph(say('def_reconciliation'));
  if (report.untaggedDeals)
    paragraph(say('def_untagged_deals', { tolerance: formatPercent(UNTAGGED_DEALS_TOLERANCE_PERCENT / 100, lang) }));
  paragraph(sourceText(report, say));
  if (report.sourceRows.read) paragraph(say('rows_read', report.sourceRows.read));
  paragraph(say('snapshot'));
  const generatedAtRow = add([
    text(say('label_generated_at'), { bold: true }),
    figure(report.generatedAt, DATE_TIME_FORMAT),
  ]);

  const columnWidths = BASE_WIDTHS.map((base, index) =>
    Math.max(base, widthToShowColumn(rows, index, lang, settings.currency)),
  );
  const tablesWidth = columnWidths.reduce((sum, each) => sum + each, 0);
  const charts = reportChartSpecs({
    channels: {
      headerRow: channelHeaderRow,
      rows: report.channels.length,
      channelColumn: channelColumn('channel'),
      leadsColumn: channelColumn('leads'),
      cplColumn: channelColumn('cpl'),
      targetColumn: channelColumn('target_cpl'),
    },
    trend: {
      headerRow: trendHeaderRow,
      rows: report.trend.length,
      monthColumn: trendColumn('month'),
      leadsColumn: trendColumn('leads'),
      cplColumn: trendColumn('cpl'),
    },
    titles: {
      leadsByChannel: say('chart_leads_by_channel', { month: inWords(report.month) }),
      cplAgainstTarget: say('chart_cpl_against_target', { month: inWords(report.month) }),
      trend: say('chart_trend'),
      leadsAxis: say('col_leads'),
      cplAxis: say('col_cpl'),
    },
    channelChartsRow,
    trendChartRow,
    width: tablesWidth,
  });

  return {
    tabName: reportTabName(report.month, lang),
    grid: toReportGrid(rows, REPORT_WIDTH),
    columnWidths,
    frozenRows: 1,
    charts,
    layout: {
      generatedAtCell: { row: generatedAtRow, column: 2 },
      headlineHeaderRow,
      pacingHeaderRow,
      summaryFirstRow,
      summaryRows,
      decisionsHeaderRow,
      scaleRow,
      dropRow,
      keepRow,
      channelHeaderRow,
      channelRows: report.channels.length,
      planHeaderRow,
      trendHeaderRow,
      trendRows: report.trend.length,
      yearToDateRow,
      qualityFirstRow,
      qualityRows,
      definitionsRow,
      firstScreenLastRow,
    },
  };

  function channelRow(row: ChannelReportRow): ReportRow {
    return [
      // Wrapped: a long channel name ("Рекомендации и повторные продажи") takes two lines rather than the page's width.
      text(row.channel, { wrap: true }),
      verdictCell(row.hasData ? row.judgement : null),
      figure(row.leads, COUNT_FORMAT),
      figure(row.totalCost, money),
      figure(row.cpl, money),
      figure(row.targetCpl, money),
      figure(row.cac, money),
      figure(row.revenue, money),
      figure(row.romi, PERCENT_FORMAT),
    ];
  }

  /**
   * A channel's (or a total's) plan and fact: spend, leads and revenue, each
   * with its share of the plan. A total is named in bold, its figures are
   * not: a year's amounts in bold roubles ("18 547 000 ₽") would widen three
   * columns past the page.
   */
  function planRow(
    first: ReportCell,
    planSpend: number | null,
    spend: number | null,
    planLeads: number | null,
    leads: number | null,
    planRevenue: number | null,
    revenue: number | null,
  ): ReportRow {
    return [
      first,
      figure(planSpend, money),
      figure(spend, money),
      figure(shareOfPlan(spend, planSpend), PERCENT_FORMAT),
      figure(planLeads, COUNT_FORMAT),
      figure(leads, COUNT_FORMAT),
      figure(shareOfPlan(leads, planLeads), PERCENT_FORMAT),
      figure(planRevenue, money),
      figure(shareOfPlan(revenue, planRevenue), PERCENT_FORMAT),
    ];
  }

  /** A month's line of the trend, or the year to date's (named in bold; figures plain, as planRow's). */
  function trendRow(first: ReportCell, figures: MonthFigures): ReportRow {
    return [
      first,
      figure(figures.leads, COUNT_FORMAT),
      figure(figures.qualifiedLeads, COUNT_FORMAT),
      figure(figures.marketingCost, money),
      figure(figures.cpl, money),
      figure(figures.cac, money),
      figure(figures.revenue, money),
      figure(figures.romi, PERCENT_FORMAT),
      figure(figures.departmentRoi, PERCENT_FORMAT),
    ];
  }

  function verdictCell(result: VerdictResult | null): ReportCell {
    const colours = result?.verdict ? VERDICT_COLOURS[result.verdict] : null;
    return text(
      verdictText(result, lang),
      colours ? { background: colours.background, fontColor: colours.font, bold: true } : {},
    );
  }

  /** A group's name, then each channel with its verdict and the reason (on as many lines as it needs); returns the name's row. */
  function addDecisionGroup(
    title: ReportMessageKey,
    list: readonly ChannelReportRow[],
    emptyKey: ReportMessageKey,
  ): number {
    const titleRow = add([text(say(title), { bold: true })]);
    for (const row of list) {
      const reasonWidth = LINE_WIDTH - BASE_WIDTHS[0] - VERDICT_WIDTH;
      const [firstLine = '', ...more] = breakIntoLines(channelReason(row, lang), reasonWidth);
      add([text(row.channel, { wrap: true }), verdictCell(row.judgement), text(firstLine)]);
      for (const line of more) add([text(''), text(''), text(line)]);
    }
    if (list.length === 0) add([text(say(emptyKey))]);
    return titleRow;
  }
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function sourceText(report: MonthlyReport, say: (key: ReportMessageKey, params?: MessageParams) => string): string {
  if (!report.kpiTabFound) return say('source_no_tab');
  if (report.sourceRows.month.length === 0) return say('source_none');
  return say('source_rows', { rows: describeSheetRows(report.sourceRows.month) });
}

/**
 * The width that shows every label and figure of a column whole: a wrapped
 * cell's longest word, and all of a cell that a filled cell beside it would
 * cut. A cell with an empty cell to its right runs on into it, as in
 * Sheets, and needs no room.
 */
function widthToShowColumn(
  rows: readonly ReportRow[],
  column: number,
  lang: Lang,
  currency: MonthlyReport['settings']['currency'],
): number {
  let width = 0;
  for (const row of rows) {
    const cell = row[column];
    if (!cell || cell.value === '' || cell.value === null) continue;
    const neighbour = row[column + 1];
    const cut = neighbour !== undefined && neighbour.value !== '' && neighbour.value !== null;
    if (!cell.wrap && !cut) continue;
    const shown =
      typeof cell.value === 'string'
        ? cell.value
        : typeof cell.value === 'number'
          ? shownNumber(cell.value, cell.format ?? '', lang, currency)
          : '';
    width = Math.max(width, widthToShow(shown, { bold: cell.bold === true, wrap: cell.wrap === true }));
  }
  return Math.min(width, MAX_FITTED_WIDTH);
}

/** A number about as its format shows it, to measure: per cent, money with its sign, or a count. */
function shownNumber(
  value: number,
  format: string,
  lang: Lang,
  currency: MonthlyReport['settings']['currency'],
): string {
  const sign = format.startsWith('+') && value > 0 ? '+' : '';
  // Points carry their unit ("pp", "п.п."): four letters' room for it.
  if (format.includes('0.0" ')) return `${sign}${formatNumber(value, lang, 1)} 0000`;
  if (format.includes('%')) return `${sign}${formatNumber(value * 100, lang, 1)}%`;
  if (format.includes('"'))
    return `${sign}${format.includes('.00') ? `${moneyText(value, currency, lang)},00` : moneyText(value, currency, lang)}`;
  return `${sign}${formatNumber(value, lang, 1)}`;
}
