/** The sheet tabs along the bottom, as in Sheets: add and list buttons (inert here), then a tab per visible sheet. */
import type { Lang } from '../../../src/core/i18n/lang';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import type { SheetTab } from '../preview-snapshot';
import { chromeText } from './chrome-messages';

export interface TabBarProps {
  lang: Lang;
  tabs: readonly SheetTab[];
  shown: string;
  onSelect(sheetName: string): void;
}

export function tabBarView({ lang, tabs, shown, onSelect }: TabBarProps): VElement {
  return h(
    'div',
    { class: 'tab-bar', role: 'tablist', 'aria-label': chromeText(lang, 'sheet_tabs') },
    h(
      'button',
      { type: 'button', class: 'tab-tool inert', title: chromeText(lang, 'add_sheet'), 'aria-disabled': 'true' },
      '+',
    ),
    h(
      'button',
      { type: 'button', class: 'tab-tool inert', title: chromeText(lang, 'all_sheets'), 'aria-disabled': 'true' },
      '☰',
    ),
    tabs
      .filter((sheet) => !sheet.hidden)
      .map((sheet) =>
        h(
          'button',
          {
            key: `sheet-${sheet.sheetId}`,
            type: 'button',
            role: 'tab',
            class: `sheet-tab${sheet.name === shown ? ' active' : ''}`,
            'aria-selected': sheet.name === shown ? 'true' : 'false',
            'data-sheet': sheet.name,
            style: sheet.tabColor ? `box-shadow: inset 0 -3px 0 ${sheet.tabColor}` : undefined,
            on: { click: () => onSelect(sheet.name) },
          },
          sheet.name,
        ),
      ),
  );
}
