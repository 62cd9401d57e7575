/**
 * Just enough of the DOM for dom-patch.ts: nodes with children,
 * attributes, listeners and the `value` property, plus a <select> whose
 * value can only be one of its options (as in a browser). It records what
 * was written, so tests can see that unchanged values are left alone.
 */
export class FakeNode {
  parentNode: FakeElement | null = null;
  constructor(
    readonly ownerDocument: FakeDocument,
    readonly nodeType: number,
  ) {}
}

export class FakeText extends FakeNode {
  constructor(
    ownerDocument: FakeDocument,
    public data: string,
  ) {
    super(ownerDocument, 3);
  }
}

export class FakeElement extends FakeNode {
  readonly childNodes: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  readonly tagName: string;
  valueWrites = 0;
  private currentValue = '';

  constructor(ownerDocument: FakeDocument, tag: string) {
    super(ownerDocument, 1);
    this.tagName = tag.toUpperCase();
  }

  get value(): string {
    return this.currentValue;
  }

  set value(next: string) {
    this.valueWrites += 1;
    this.currentValue = next;
  }

  insertBefore(node: FakeNode, reference: FakeNode | null): FakeNode {
    node.parentNode?.removeChild(node);
    const index = reference ? this.childNodes.indexOf(reference) : this.childNodes.length;
    if (index < 0) throw new Error('reference is not a child');
    this.childNodes.splice(index, 0, node);
    node.parentNode = this;
    return node;
  }

  appendChild(node: FakeNode): FakeNode {
    return this.insertBefore(node, null);
  }

  removeChild(node: FakeNode): FakeNode {
    const index = this.childNodes.indexOf(node);
    if (index < 0) throw new Error('not a child');
    this.childNodes.splice(index, 1);
    node.parentNode = null;
    return node;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Fires like the browser: the listeners see an event whose target is this element. */
  dispatch(type: string, init: { key?: string } = {}): { defaultPrevented: boolean } {
    const event = {
      type,
      target: this,
      key: init.key,
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
    return event;
  }

  get textContent(): string {
    return this.childNodes
      .map((node) => (node instanceof FakeText ? node.data : node instanceof FakeElement ? node.textContent : ''))
      .join('');
  }
}

export class FakeSelect extends FakeElement {
  override get value(): string {
    return super.value;
  }

  /** A browser ignores a value no option has (the select then shows nothing). */
  override set value(next: string) {
    const options = this.childNodes.filter(
      (node): node is FakeElement => node instanceof FakeElement && node.tagName === 'OPTION',
    );
    super.value = options.some((option) => option.value === next) ? next : '';
  }
}

export class FakeDocument {
  createElement(tag: string): FakeElement {
    return tag === 'select' ? new FakeSelect(this, tag) : new FakeElement(this, tag);
  }

  createTextNode(data: string): FakeText {
    return new FakeText(this, data);
  }
}

/** A container to patch into, typed as the DOM element dom-patch expects. */
export function fakeContainer(): { fake: FakeElement; element: Element } {
  const fake = new FakeDocument().createElement('div');
  // The fake implements only what dom-patch uses; the cast is the seam between the two.
  return { fake, element: fake as unknown as Element };
}
