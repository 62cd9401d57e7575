/** Reading VNode trees in tests, the way a person (or a screen reader) reads the page. */
import type { UiEvent, UiEventName, VElement, VNode } from '../../../src/sidebar/view/vnode';

export function elements(root: VNode): VElement[] {
  if (root.kind === 'text') return [];
  return [root, ...root.children.flatMap(elements)];
}

export function findById(root: VNode, id: string): VElement | undefined {
  return elements(root).find((element) => element.attrs.id === id);
}

export function byId(root: VNode, id: string): VElement {
  const found = findById(root, id);
  if (!found) throw new Error(`no element #${id}`);
  return found;
}

export function allByTestId(root: VNode, testId: string): VElement[] {
  return elements(root).filter((element) => element.attrs['data-testid'] === testId);
}

export function textOf(node: VNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

/** Every string a user can meet: text, and the attributes read aloud or shown as tooltips. */
export function visibleStrings(root: VNode): string[] {
  const strings: string[] = [];
  const walk = (node: VNode) => {
    if (node.kind === 'text') {
      if (node.text.trim()) strings.push(node.text);
      return;
    }
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = node.attrs[name];
      if (typeof value === 'string') strings.push(value);
    }
    node.children.forEach(walk);
  };
  walk(root);
  return strings;
}

export function isDisabled(element: VElement): boolean {
  return element.attrs.disabled === true;
}

export function fire(element: VElement, name: UiEventName, value = '', key = ''): { defaultPrevented: boolean } {
  const handler = element.on[name];
  if (!handler) throw new Error(`#${String(element.attrs.id)} has no ${name} handler`);
  const result = { defaultPrevented: false };
  const event: UiEvent = { value, key, preventDefault: () => (result.defaultPrevented = true) };
  handler(event);
  return result;
}
