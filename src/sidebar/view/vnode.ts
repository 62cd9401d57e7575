/**
 * A description of the sidebar's DOM as plain data. Views are pure functions
 * that return these trees, so they can be tested in Node without a browser;
 * `dom-patch.ts` is the only code that turns them into real elements.
 */

/** What a handler needs from a DOM event, and nothing more, so tests can fire one without a browser. */
export interface UiEvent {
  /** The `value` of the input or select the event came from ('' for others). */
  readonly value: string;
  /** The key of a keyboard event ('' for others). */
  readonly key: string;
  /** The files a file input holds after its change (none for others). */
  readonly files?: readonly Blob[];
  preventDefault(): void;
}

export type UiEventName = 'click' | 'input' | 'change' | 'keydown';
export type UiEventHandler = (event: UiEvent) => void;
export type UiEventHandlers = Partial<Record<UiEventName, UiEventHandler>>;

/** `true` writes an empty attribute (`disabled`), `false`/`null`/`undefined` leaves it out. */
export type AttrValue = string | number | boolean | null | undefined;

export interface VElement {
  readonly kind: 'element';
  readonly tag: string;
  /** Identifies an element among its siblings across renders, so a moved channel row keeps its DOM node. */
  readonly key: string | undefined;
  /** HTML attributes; `value` and `checked` are applied as live properties (see dom-patch). */
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly on: UiEventHandlers;
  readonly children: readonly VNode[];
}

export interface VText {
  readonly kind: 'text';
  readonly text: string;
}

export type VNode = VElement | VText;

/** Attributes plus the two special entries `key` and `on`. */
export interface ElementProps {
  key?: string;
  on?: UiEventHandlers;
  [attribute: string]: AttrValue | UiEventHandlers;
}

/** A child as written in a view: strings become text, `false`/`null`/`undefined` are skipped (conditional parts). */
export type Child = VNode | string | false | null | undefined | readonly Child[];

function flattenChildren(children: readonly Child[], into: VNode[]): VNode[] {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (typeof child === 'string') into.push({ kind: 'text', text: child });
    else if (isChildList(child)) flattenChildren(child, into);
    else into.push(child);
  }
  return into;
}

function isChildList(child: VNode | readonly Child[]): child is readonly Child[] {
  return Array.isArray(child);
}

function isAttrValue(value: AttrValue | UiEventHandlers): value is AttrValue {
  return value === null || typeof value !== 'object';
}

/** Builds an element description: `h('button', { id: 'kpi-build', on: { click } }, 'Build')`. */
export function h(tag: string, props: ElementProps = {}, ...children: Child[]): VElement {
  const attrs: Record<string, AttrValue> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'key' || name === 'on' || value === undefined) continue;
    if (isAttrValue(value)) attrs[name] = value;
  }
  return {
    kind: 'element',
    tag,
    key: props.key,
    attrs,
    on: props.on ?? {},
    children: flattenChildren(children, []),
  };
}
