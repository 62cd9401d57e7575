import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../packages/preview/addon-emulator';
import { chartPlaceholderViews } from '../../../packages/preview/page/chart-placeholder-view';
import type { VElement, VNode } from '../../../src/sidebar/view/vnode';

function text(node: VNode): string {
  return node.kind === 'text' ? node.text : node.children.map(text).join(' ');
}

describe('chart placeholders', () => {
  it('mark each inserted chart at its anchor cell, at its size, with its title, type and ranges', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Report');
    const chart = (title: string | null, row: number, width?: number) => {
      let builder = sheet
        .newChart()
        .setChartType(emulator.Charts.ChartType.COLUMN)
        .addRange(sheet.getRange('A1:B5'))
        .setPosition(row, 4, 10, 5);
      if (title) builder = builder.setOption('title', title);
      if (width) builder = builder.setOption('width', width);
      sheet.insertChart(builder.build());
    };
    chart('Leads by channel', 2, 480);
    chart(null, 30);
    const [first, second] = chartPlaceholderViews(
      emulator.snapshot('Report').charts,
      { rows: 2, columns: 0 },
      'en',
    ) as [VElement, VElement];
    expect(first.attrs).toMatchObject({
      'data-anchor': 'D2',
      'data-offset-x': 10,
      'data-offset-y': 5,
      'data-width': 480,
      'data-height': 371,
    });
    expect(text(first)).toContain('Leads by channel');
    expect(text(first)).toContain('Chart: column');
    expect(text(first)).toContain('Report!A1:B5');
    expect(second.attrs['data-anchor']).toBe('D30');
    // Anchored in a frozen row, the first floats over the frozen part; the second scrolls under it.
    expect(first.attrs.class).toBe('chart-placeholder over-frozen');
    expect(second.attrs.class).toBe('chart-placeholder');
    expect(second.attrs['data-width']).toBe(600);
  });
});
