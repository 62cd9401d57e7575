/**
 * Writes a report sheet model into its tab with a fixed number of batched
 * calls: one per cell attribute over the whole report, a few for column
 * widths, and one builder per chart. The count does not grow with channels.
 */
import type { ReportChartSpec } from '../../core/report/report-charts';
import type { ReportSheetModel } from '../../core/report/report-sheet-model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Empties a tab of an earlier report in place, so formulas elsewhere that point at it keep pointing at it. */
export function clearReportSheet(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
}

export function writeReportSheet(sheet: Sheet, model: ReportSheetModel): void {
  const { grid } = model;
  const region = sheet.getRange(1, 1, grid.height, grid.width);
  // Formats first: a text cell is '@' before its value arrives, so a channel called "2024" stays text.
  region.setNumberFormats(grid.numberFormats);
  region.setValues(grid.values);
  region.setBackgrounds(grid.backgrounds);
  region.setFontColors(grid.fontColors);
  region.setFontWeights(grid.fontWeights);
  // Headers wrap, as on the KPI and Roles tabs: "Previous month (2025-11)" is longer than its column.
  region.setWraps(grid.wraps);
  sheet.setFrozenRows(model.frozenRows);
  for (const run of widthRuns(model.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  for (const chart of model.charts) sheet.insertChart(buildChart(sheet, chart));
}

/** Adjacent columns of the same width, set in one call. */
function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, index) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count += 1;
    else runs.push({ start: index + 1, count: 1, width });
  });
  return runs;
}

function buildChart(sheet: Sheet, spec: ReportChartSpec): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder = sheet.newChart().setChartType(Charts.ChartType[spec.chartType]).setNumHeaders(spec.headerRows);
  for (const range of spec.ranges)
    builder = builder.addRange(sheet.getRange(range.row, range.column, range.numRows, range.numColumns));
  for (const [option, value] of Object.entries(spec.options)) builder = builder.setOption(option, value);
  return builder
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .setPosition(spec.anchor.row, spec.anchor.column, spec.anchor.offsetX, 0)
    .build();
}
