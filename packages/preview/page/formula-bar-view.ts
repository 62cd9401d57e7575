/** The name box (the selected cell's A1) and the formula bar (its formula, or its value as typed). */
import type { Lang } from '../../../src/core/i18n/lang';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import { chromeText } from './chrome-messages';

export function formulaBarView(props: { lang: Lang; a1: string; content: string }): VElement {
  return h(
    'div',
    { class: 'formula-bar' },
    h('div', { id: 'name-box', class: 'name-box', 'aria-label': chromeText(props.lang, 'name_box') }, props.a1),
    h('div', { class: 'fx', 'aria-hidden': 'true' }, 'fx'),
    h(
      'div',
      { id: 'formula-content', class: 'formula-content', 'aria-label': chromeText(props.lang, 'formula_bar') },
      props.content,
    ),
  );
}
