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
  /** The cell the chart's top-left corner is anchored to. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
  options: Readonly<Record<string, string | number | boolean>>;
}

export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 360;
/** Rows a chart of CHART_HEIGHT covers at the default row height, with a gap. */
export const ROWS_PER_CHART = 20;

export interface ChartTables {
  /** The channel table: its header row, how many channel rows, and its columns (1-based). */
  channels: { headerRow: number; rows: number; channelColumn: number; leadsColumn: number; cplColumn: number; targetColumn: number };
  /** The 12-month table: header row, month rows, and its Month, Leads and CPL columns (adjacent). */
  trend: { headerRow: number; rows: number; monthColumn: number; leadsColumn: number; cplColumn: number };
  titles: { leadsByChannel: string; cplAgainstTarget: string; trend: string; leadsAxis: string; cplAxis: string };
  /** The first column right of the report's tables, where the charts go. */
  anchorColumn: number;
}

function column(headerRow: number, rows: number, at: number, width = 1): SheetRegion {
  // The header row is always included, so a chart of a month with no channels is empty rather than invalid.
  return { row: headerRow, column: at, numRows: rows + 1, numColumns: width };
}

export function reportChartSpecs({ channels, trend, titles, anchorColumn }: ChartTables): ReportChartSpec[] {
  const common = { headerRows: 1, width: CHART_WIDTH, height: CHART_HEIGHT };
  return [
    {
      ...common,
      id: 'leads_by_channel',
      chartType: 'BAR',
      title: titles.leadsByChannel,
      ranges: [column(channels.headerRow, channels.rows, channels.channelColumn), column(channels.headerRow, channels.rows, channels.leadsColumn)],
      anchor: { row: 1, column: anchorColumn },
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
      anchor: { row: 1 + ROWS_PER_CHART, column: anchorColumn },
      options: { title: titles.cplAgainstTarget, 'legend.position': 'bottom', 'vAxis.title': titles.cplAxis },
    },
    {
      ...common,
      id: 'leads_and_cpl_trend',
      chartType: 'COMBO',
      title: titles.trend,
      ranges: [column(trend.headerRow, trend.rows, trend.monthColumn), column(trend.headerRow, trend.rows, trend.leadsColumn, trend.cplColumn - trend.leadsColumn + 1)],
      anchor: { row: 1 + 2 * ROWS_PER_CHART, column: anchorColumn },
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
