/**
 * The spreadsheet's title and menu bar. Sheets' own menus are drawn for a
 * familiar look and do nothing; Extensions holds the add-on's menu (from the
 * server's `createAddonMenu().addToUi()`), a script's custom menus follow
 * Help, and the preview's own tools sit apart at the right.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { MenuEntry, MenuRecord } from 'sheets-emulator';
import { h, type VElement, type VNode } from '../../../src/sidebar/view/vnode';
import { chromeText, type ChromeMessageKey } from './chrome-messages';

export type OpenMenu = 'extensions' | 'preview' | `custom:${number}` | null;

export interface MenuBarProps {
  lang: Lang;
  spreadsheetName: string;
  addonName: string;
  menus: readonly MenuRecord[];
  openMenu: OpenMenu;
  documentLockHeld: boolean;
  onToggleMenu(menu: OpenMenu): void;
  onRunItem(functionName: string): void;
  onToggleDocumentLock(): void;
  onReopenSidebar(): void;
}

const SHEETS_MENUS: readonly ChromeMessageKey[] = [
  'menu_file',
  'menu_edit',
  'menu_view',
  'menu_insert',
  'menu_format',
  'menu_data',
  'menu_tools',
];

function entriesView(entries: readonly MenuEntry[], props: MenuBarProps): VNode[] {
  return entries.map((entry) => {
    switch (entry.kind) {
      case 'separator':
        return h('div', { class: 'menu-separator', role: 'separator' });
      case 'item':
        return h(
          'button',
          {
            type: 'button',
            class: 'menu-item',
            role: 'menuitem',
            'data-menu-function': entry.functionName,
            on: { click: () => props.onRunItem(entry.functionName) },
          },
          entry.caption,
        );
      case 'submenu':
        return submenuView(entry.caption, entry.entries, props);
    }
  });
}

/** A row that opens its entries beside it on hover or focus, as Sheets' submenus do. */
function submenuView(caption: string, entries: readonly MenuEntry[], props: MenuBarProps, id?: string): VElement {
  return h(
    'div',
    { class: 'menu-submenu', id },
    h('button', { type: 'button', class: 'menu-item has-submenu', role: 'menuitem', 'aria-haspopup': 'menu' }, caption),
    h('div', { class: 'menu-dropdown submenu', role: 'menu' }, entriesView(entries, props)),
  );
}

function topMenu(id: string, label: string, menu: OpenMenu, props: MenuBarProps, dropdown: readonly VNode[]): VElement {
  const open = props.openMenu === menu;
  return h(
    'div',
    { class: `menu${open ? ' open' : ''}` },
    h(
      'button',
      {
        id,
        type: 'button',
        class: 'menu-button',
        'aria-haspopup': 'menu',
        'aria-expanded': open ? 'true' : 'false',
        on: { click: () => props.onToggleMenu(open ? null : menu) },
      },
      label,
    ),
    open && h('div', { class: 'menu-dropdown', role: 'menu' }, dropdown),
  );
}

export function menuBarView(props: MenuBarProps): VElement {
  const { lang } = props;
  const addonMenus = props.menus.filter((menu) => menu.kind === 'addon');
  const customMenus = props.menus.map((menu, index) => ({ menu, index })).filter(({ menu }) => menu.kind === 'custom');
  const inert = (key: ChromeMessageKey) =>
    h(
      'button',
      {
        type: 'button',
        class: 'menu-button inert',
        title: chromeText(lang, 'not_in_preview'),
        'aria-disabled': 'true',
      },
      chromeText(lang, key),
    );

  return h(
    'header',
    { class: 'sheets-header' },
    h(
      'div',
      { class: 'title-row' },
      h('div', { class: 'sheets-logo', 'aria-hidden': 'true' }, h('div', { class: 'sheets-logo-grid' })),
      h('div', { class: 'doc-title', id: 'doc-title' }, props.spreadsheetName),
      h('div', { class: 'preview-badge' }, chromeText(lang, 'preview_badge')),
    ),
    h(
      'nav',
      { class: 'menu-bar', role: 'menubar' },
      SHEETS_MENUS.map(inert),
      topMenu(
        'menu-extensions',
        chromeText(lang, 'menu_extensions'),
        'extensions',
        props,
        addonMenus.map((menu) => submenuView(menu.caption ?? props.addonName, menu.entries, props, 'menu-addon')),
      ),
      inert('menu_help'),
      customMenus.map(({ menu, index }) =>
        topMenu(`menu-custom-${index}`, menu.caption ?? '', `custom:${index}`, props, entriesView(menu.entries, props)),
      ),
      h('div', { class: 'menu-spacer' }),
      topMenu('menu-preview', chromeText(lang, 'menu_preview'), 'preview', props, [
        h(
          'button',
          {
            id: 'preview-document-lock',
            type: 'button',
            class: 'menu-item checkable',
            role: 'menuitemcheckbox',
            'aria-checked': props.documentLockHeld ? 'true' : 'false',
            on: { click: () => props.onToggleDocumentLock() },
          },
          chromeText(lang, 'hold_document_lock'),
        ),
        h(
          'button',
          {
            id: 'preview-reopen-sidebar',
            type: 'button',
            class: 'menu-item',
            role: 'menuitem',
            on: { click: () => props.onReopenSidebar() },
          },
          chromeText(lang, 'reopen_sidebar'),
        ),
      ]),
    ),
  );
}
