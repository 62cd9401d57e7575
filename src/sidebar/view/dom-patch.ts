/**
 * Brings real DOM children in line with a VNode list, changing only what
 * differs. Elements are kept wherever possible (matched by `key`, else by
 * position and tag), so an input keeps its caret and focus while the user
 * types and the whole sidebar re-renders on every keystroke.
 */
import type { AttrValue, UiEvent, UiEventHandlers, UiEventName, VElement, VNode } from './vnode';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Attributes that are live properties of form controls: the attribute only sets the initial value. */
const PROPERTY_ATTRS = new Set(['value', 'checked']);

const renderedElements = new WeakMap<Node, VElement>();
const currentHandlers = new WeakMap<Node, UiEventHandlers>();
const listenedEvents = new WeakMap<Node, Set<UiEventName>>();

export function patchChildren(parent: Element, vnodes: readonly VNode[]): void {
  const document = parent.ownerDocument;
  const oldChildren = Array.from(parent.childNodes);
  const keyed = new Map<string, Node>();
  const unkeyed: Node[] = [];
  for (const node of oldChildren) {
    const key = renderedElements.get(node)?.key;
    if (key === undefined) unkeyed.push(node);
    else keyed.set(key, node);
  }

  let unkeyedCursor = 0;
  vnodes.forEach((vnode, index) => {
    let candidate: Node | undefined;
    if (vnode.kind === 'element' && vnode.key !== undefined) {
      candidate = keyed.get(vnode.key);
      keyed.delete(vnode.key);
    } else {
      candidate = unkeyed[unkeyedCursor];
      unkeyedCursor += 1;
    }
    const node = candidate && isSameKind(candidate, vnode) ? update(candidate, vnode) : create(document, vnode);
    const occupant = parent.childNodes[index] ?? null;
    if (occupant !== node) parent.insertBefore(node, occupant);
  });

  // Everything reused now sits at the front, in order; what is left over is gone from the view.
  while (parent.childNodes.length > vnodes.length) {
    const last = parent.childNodes[parent.childNodes.length - 1];
    if (!last) break;
    parent.removeChild(last);
  }
}

function isSameKind(node: Node, vnode: VNode): boolean {
  if (vnode.kind === 'text') return node.nodeType === TEXT_NODE;
  return (
    node.nodeType === ELEMENT_NODE &&
    (node as Element).tagName.toLowerCase() === vnode.tag &&
    renderedElements.get(node)?.key === vnode.key
  );
}

function create(document: Document, vnode: VNode): Node {
  if (vnode.kind === 'text') return document.createTextNode(vnode.text);
  return update(document.createElement(vnode.tag), vnode);
}

function update(node: Node, vnode: VNode): Node {
  if (vnode.kind === 'text') {
    const text = node as Text;
    if (text.data !== vnode.text) text.data = vnode.text;
    return text;
  }
  const element = node as Element;
  const previous = renderedElements.get(element);
  // The very description this element was drawn from last time: nothing in it can differ. Views build new
  // descriptions on each render; only a caller that keeps one for an unchanged part (the preview's grid) gets here.
  if (previous === vnode) return element;
  // Children first: a <select>'s value can only be set once its options exist.
  patchChildren(element, vnode.children);
  patchAttributes(element, previous?.attrs ?? {}, vnode.attrs);
  bindEvents(element, vnode.on);
  renderedElements.set(element, vnode);
  return element;
}

function patchAttributes(
  element: Element,
  previous: Readonly<Record<string, AttrValue>>,
  next: Readonly<Record<string, AttrValue>>,
): void {
  for (const name of Object.keys(previous)) {
    if (!(name in next) && !PROPERTY_ATTRS.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(next)) {
    if (PROPERTY_ATTRS.has(name)) setProperty(element, name, value);
    else if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else {
      const text = value === true ? '' : String(value);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
  }
}

/** Writes only when different: assigning an input's own value again would move its caret to the end. */
function setProperty(element: Element, name: string, value: AttrValue): void {
  const target = element as unknown as Record<string, unknown>;
  const next =
    name === 'checked' ? value === true : value === null || value === undefined || value === false ? '' : String(value);
  if (target[name] !== next) target[name] = next;
}

/** One listener per event type and element; it calls whatever handler the latest render supplied. */
function bindEvents(element: Element, handlers: UiEventHandlers): void {
  currentHandlers.set(element, handlers);
  let listened = listenedEvents.get(element);
  for (const name of Object.keys(handlers) as UiEventName[]) {
    if (!listened) {
      listened = new Set();
      listenedEvents.set(element, listened);
    }
    if (listened.has(name)) continue;
    listened.add(name);
    element.addEventListener(name, (event) => currentHandlers.get(element)?.[name]?.(toUiEvent(event)));
  }
}

function toUiEvent(event: Event): UiEvent {
  const target = event.target as { value?: unknown; files?: ArrayLike<Blob> | null } | null;
  return {
    value: typeof target?.value === 'string' ? target.value : '',
    ...(target?.files ? { files: Array.from(target.files) } : {}),
    key: 'key' in event && typeof event.key === 'string' ? event.key : '',
    preventDefault: () => event.preventDefault(),
  };
}
