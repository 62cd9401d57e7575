/** The list a drop-down cell opens: one button per item of its validation list. */
import { h, type VElement } from '../../../src/sidebar/view/vnode';

export function dropdownListView(props: { items: readonly string[]; onPick(item: string): void }): VElement[] {
  return props.items.map((item) =>
    h(
      'button',
      {
        type: 'button',
        class: 'dropdown-option',
        role: 'option',
        'data-option': item,
        on: { click: () => props.onPick(item) },
      },
      item,
    ),
  );
}
