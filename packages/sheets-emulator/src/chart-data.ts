/** An embedded chart as plain data: what Sheet.insertChart recorded. */
import type { GridRange } from './grid-range';

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartData {
  /** Set when the chart is inserted into a sheet. */
  chartId: number | null;
  /** Apps Script's Charts.ChartType name: 'COLUMN', 'LINE', 'PIE', … */
  chartType: string;
  ranges: readonly GridRange[];
  position: ChartPosition;
  /** Options by their Google Charts path: 'title', 'hAxis.title', 'legend.position', 'isStacked', … */
  options: Readonly<Record<string, unknown>>;
  numHeaders: number;
  transposeRowsAndColumns: boolean;
}
