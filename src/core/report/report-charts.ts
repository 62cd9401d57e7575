/**
 * The report's charts as plain data: type, title, the regions of the report
 * tab they read, where they sit, and their options by Google Charts path
 * (what EmbeddedChartBuilder.setOption takes). The server builds each with
 * sheet.newChart(); tests compare the specs with the tab's layout.
 */

/** A rectangle of the report tab, 1-based like Sheet.getRange(row, column, numRows, numColumns). */
export interface SheetRegion {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type ReportChartId = 'leads_by_channel' | 'cpl_against_target' | 'leads_and_cpl_trend';

export interface ReportChartSpec {
  id: ReportChartId;
  /** Apps Script's Charts.ChartType name. */
  chartType: 'BAR' | 'COLUMN' | 'COMBO';
  title: string;
  /** The first region is the labels (domain); the rest are series. Each starts with its header row. */
  ranges: SheetRegion[];
  headerRows: number;
  anchor: ChartAnchor;
  width: number;
  height: number;
  options: Readonly<Record<string, string | number | boolean>>;
}

/** The cell the chart's top-left corner is anchored to, and how far right of that cell's left edge it starts. */
export interface ChartAnchor {
  row: number;
  column: number;
  offsetX: number;
}

const CHART_HEIGHT = 300;
/** Rows a chart of CHART_HEIGHT covers at Sheets' default row height (21 px), with a row of air under it. */
export const ROWS_PER_CHART = 16;
/** Pixels between two charts side by side. */
const CHART_GAP = 12;

export interface ChartTables {
  /** The channel table: its header row, how many channel rows, and its columns (1-based). */
  channels: {
    headerRow: number;
    rows: number;
    channelColumn: number;
    leadsColumn: number;
    cplColumn: number;
    targetColumn: number;
  };
  /** The 12-month table: header row, month rows, and its Month, Leads and CPL columns. */
  trend: { headerRow: number; rows: number; monthColumn: number; leadsColumn: number; cplColumn: number };
  titles: { leadsByChannel: string; cplAgainstTarget: string; trend: string; leadsAxis: string; cplAxis: string };
  /** The first row under each table, left free for its charts. */
  channelChartsRow: number;
  trendChartRow: number;
  /** The tables' width in pixels: the charts stay inside it. */
  width: number;
}

function column(headerRow: number, rows: number, at: number, width = 1): SheetRegion {
  // The header row is always included, so a chart of a month with no channels is empty rather than invalid.
  return { row: headerRow, column: at, numRows: rows + 1, numColumns: width };
}

/** The charts, each right under the table it draws: the channel table's two side by side, the trend's across the table's width. */
export function reportChartSpecs({
  channels,
  trend,
  titles,
  channelChartsRow,
  trendChartRow,
  width,
}: ChartTables): ReportChartSpec[] {
  const half = Math.floor((width - CHART_GAP) / 2);
  const common = { headerRows: 1, height: CHART_HEIGHT };
  return [
    {
      ...common,
      id: 'leads_by_channel',
      chartType: 'BAR',
      title: titles.leadsByChannel,
      ranges: [
        column(channels.headerRow, channels.rows, channels.channelColumn),
        column(channels.headerRow, channels.rows, channels.leadsColumn),
      ],
      anchor: { row: channelChartsRow, column: 1, offsetX: 0 },
      width: half,
      options: { title: titles.leadsByChannel, 'legend.position': 'none', 'hAxis.title': titles.leadsAxis },
    },
    {
      ...common,
      id: 'cpl_against_target',
      chartType: 'COLUMN',
      title: titles.cplAgainstTarget,
      ranges: [
        column(channels.headerRow, channels.rows, channels.channelColumn),
        column(channels.headerRow, channels.rows, channels.cplColumn),
        column(channels.headerRow, channels.rows, channels.targetColumn),
      ],
      anchor: { row: channelChartsRow, column: 1, offsetX: half + CHART_GAP },
      width: half,
      options: { title: titles.cplAgainstTarget, 'legend.position': 'bottom', 'vAxis.title': titles.cplAxis },
    },
    {
      ...common,
      id: 'leads_and_cpl_trend',
      chartType: 'COMBO',
      title: titles.trend,
      ranges: [
        column(trend.headerRow, trend.rows, trend.monthColumn),
        column(trend.headerRow, trend.rows, trend.leadsColumn),
        column(trend.headerRow, trend.rows, trend.cplColumn),
      ],
      anchor: { row: trendChartRow, column: 1, offsetX: 0 },
      width,
      options: {
        title: titles.trend,
        'legend.position': 'bottom',
        // Leads as bars on the left axis, CPL as a line on the right: two units, one chart.
        seriesType: 'bars',
        'series.1.type': 'line',
        'series.1.targetAxisIndex': 1,
        'vAxes.0.title': titles.leadsAxis,
        'vAxes.1.title': titles.cplAxis,
      },
    },
  ];
}
