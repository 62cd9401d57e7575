/**
 * Where a chart the server inserted sits, and what it is: the emulator
 * records charts and does not draw them, so the grid shows a box of the
 * chart's size at its anchor cell with its title, type and data ranges,
 * rather than nothing (which would not tell the truth about the sheet).
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { ChartSnapshot } from 'sheets-emulator';
import { cellA1 } from 'sheets-emulator/a1-notation';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import { chromeText } from './chrome-messages';

/** Sheets' size for a new chart when no width or height option is set. */
const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

function sizeOption(chart: ChartSnapshot, name: 'width' | 'height'): number {
  const value = chart.options[name];
  return typeof value === 'number' && value > 0 ? value : DEFAULT_CHART_SIZE[name];
}

/** Boxes without a position: main.ts places each at its anchor cell once the grid is drawn (only the browser knows row heights). */
export function chartPlaceholderViews(
  charts: readonly ChartSnapshot[],
  frozen: { rows: number; columns: number },
  lang: Lang,
): VElement[] {
  return charts.map((chart, index) => {
    const title = typeof chart.options.title === 'string' ? chart.options.title : '';
    // A chart anchored in the frozen rows or columns floats over them, as in Sheets, rather than under them.
    const overFrozen = chart.position.anchorRow <= frozen.rows || chart.position.anchorColumn <= frozen.columns;
    return h(
      'figure',
      {
        key: `chart-${chart.chartId ?? index}`,
        class: overFrozen ? 'chart-placeholder over-frozen' : 'chart-placeholder',
        'data-anchor': cellA1(chart.position.anchorRow, chart.position.anchorColumn),
        'data-anchor-row': chart.position.anchorRow,
        'data-anchor-column': chart.position.anchorColumn,
        'data-offset-x': chart.position.offsetX,
        'data-offset-y': chart.position.offsetY,
        'data-width': sizeOption(chart, 'width'),
        'data-height': sizeOption(chart, 'height'),
      },
      title && h('figcaption', { class: 'chart-title' }, title),
      h('div', { class: 'chart-kind' }, chromeText(lang, 'chart_kind', { type: chart.chartType.toLowerCase() })),
      h('div', { class: 'chart-ranges' }, chart.ranges.join(', ')),
      h('div', { class: 'chart-note' }, chromeText(lang, 'chart_not_drawn')),
    );
  });
}
