/** The bar above the sidebar: the title the server gave it (HtmlOutput.setTitle) and a close button, as Sheets draws them. */
import type { Lang } from '../../../src/core/i18n/lang';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import { chromeText } from './chrome-messages';

export function sidebarHeaderView(props: { lang: Lang; title: string; onClose(): void }): VElement {
  return h(
    'div',
    { class: 'sidebar-panel-header' },
    h('h2', { id: 'sidebar-panel-title', class: 'sidebar-panel-title' }, props.title),
    h(
      'button',
      {
        id: 'sidebar-close',
        type: 'button',
        class: 'sidebar-panel-close',
        'aria-label': chromeText(props.lang, 'close'),
        on: { click: () => props.onClose() },
      },
      '✕',
    ),
  );
}
