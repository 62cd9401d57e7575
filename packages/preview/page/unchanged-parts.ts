/**
 * Keeps the parts of a view that did not change as the very objects drawn
 * before, so that `patchChildren` passes over them without reading the DOM
 * (dom-patch skips an element drawn from the same description). A KPI tab
 * has thousands of cells and a typed cell changes a few: comparing
 * descriptions here is plain JavaScript, where patching each cell again read
 * every attribute of every cell from the DOM.
 */
import type { VElement, VNode } from '../../../src/sidebar/view/vnode';

/** `next`, with each subtree equal to the one at the same place in `previous` replaced by `previous`'s. */
export function keepUnchangedParts(next: VElement, previous: VElement | null): VElement {
  if (previous === null) return next;
  return reuse(next, previous) as VElement;
}

function reuse(next: VNode, previous: VNode | undefined): VNode {
  if (previous === undefined) return next;
  if (next.kind === 'text' || previous.kind === 'text')
    return next.kind === 'text' && previous.kind === 'text' && next.text === previous.text ? previous : next;
  if (next.tag !== previous.tag || next.key !== previous.key || hasHandlers(next) || hasHandlers(previous)) return next;
  let allKept = sameAttributes(next, previous) && next.children.length === previous.children.length;
  const children = next.children.map((child, index) => {
    const kept = reuse(child, previous.children[index]);
    if (kept !== previous.children[index]) allKept = false;
    return kept;
  });
  return allKept ? previous : { ...next, children };
}

function hasHandlers(element: VElement): boolean {
  return Object.keys(element.on).length > 0;
}

function sameAttributes(a: VElement, b: VElement): boolean {
  const names = Object.keys(a.attrs);
  if (names.length !== Object.keys(b.attrs).length) return false;
  return names.every((name) => name in b.attrs && a.attrs[name] === b.attrs[name]);
}
