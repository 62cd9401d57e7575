import { describe, expect, it } from 'vitest';
import { patchChildren } from '../../src/sidebar/view/dom-patch';
import { h } from '../../src/sidebar/view/vnode';
import { FakeElement, type FakeText, fakeContainer } from './support/fake-dom';

function child(parent: FakeElement, index: number): FakeElement {
  const node = parent.childNodes[index];
  if (!(node instanceof FakeElement)) throw new Error(`child ${index} is not an element`);
  return node;
}

describe('patchChildren', () => {
  it('creates elements, attributes and text from a view', () => {
    const { fake, element } = fakeContainer();
    patchChildren(element, [
      h(
        'p',
        { id: 'note', class: 'gray', hidden: false, 'aria-busy': 'true', disabled: true },
        'Hello, ',
        h('b', {}, 'world'),
      ),
    ]);
    const p = child(fake, 0);
    expect(p.tagName).toBe('P');
    expect(Object.fromEntries(p.attributes)).toEqual({ id: 'note', class: 'gray', 'aria-busy': 'true', disabled: '' });
    expect(p.textContent).toBe('Hello, world');
  });

  it('updates in place: the same nodes, new text and attributes, stale ones removed', () => {
    const { fake, element } = fakeContainer();
    patchChildren(element, [h('button', { id: 'b', disabled: true, title: 'Wait' }, 'Build')]);
    const button = child(fake, 0);
    const text = button.childNodes[0];
    patchChildren(element, [h('button', { id: 'b', disabled: false }, 'Построить')]);
    expect(child(fake, 0)).toBe(button);
    expect(button.childNodes[0]).toBe(text);
    expect((text as FakeText).data).toBe('Построить');
    expect(Object.fromEntries(button.attributes)).toEqual({ id: 'b' });
  });

  it('writes an input value as a property, and only when it differs (the caret stays put while typing)', () => {
    const { fake, element } = fakeContainer();
    patchChildren(element, [h('input', { id: 'name', value: 'SEO' })]);
    const input = child(fake, 0);
    expect(input.value).toBe('SEO');
    expect(input.attributes.has('value')).toBe(false);
    input.value = 'SEO blog'; // the user types
    const writesBefore = input.valueWrites;
    patchChildren(element, [h('input', { id: 'name', value: 'SEO blog' })]);
    expect(input.valueWrites).toBe(writesBefore);
    patchChildren(element, [h('input', { id: 'name', value: '' })]);
    expect(input.value).toBe('');
  });

  it('sets a select value once its options exist', () => {
    const { fake, element } = fakeContainer();
    patchChildren(element, [
      h('select', { value: 'USD' }, h('option', { value: 'RUB' }, 'RUB'), h('option', { value: 'USD' }, 'USD')),
    ]);
    expect(child(fake, 0).value).toBe('USD');
  });

  it('keeps keyed elements with their nodes when they are reordered', () => {
    const { fake, element } = fakeContainer();
    const list = (ids: string[]) => [
      h(
        'ol',
        {},
        ids.map((id) => h('li', { key: id }, id)),
      ),
    ];
    patchChildren(element, list(['ppc', 'seo', 'email']));
    const ol = child(fake, 0);
    const [ppc, seo, email] = [child(ol, 0), child(ol, 1), child(ol, 2)];
    patchChildren(element, list(['seo', 'ppc', 'email']));
    expect(ol.childNodes).toEqual([seo, ppc, email]);
    patchChildren(element, list(['seo', 'email']));
    expect(ol.childNodes).toEqual([seo, email]);
    patchChildren(element, list(['new', 'seo', 'email']));
    expect(ol.childNodes.slice(1)).toEqual([seo, email]);
    expect(child(ol, 0).textContent).toBe('new');
  });

  it('replaces an element whose tag changed and drops children no longer in the view', () => {
    const { fake, element } = fakeContainer();
    patchChildren(element, [h('p', {}, 'a'), h('ul', {}, h('li', {}, 'x')), { kind: 'text', text: 'tail' }]);
    const first = child(fake, 0);
    patchChildren(element, [h('div', {}, 'a')]);
    expect(fake.childNodes).toHaveLength(1);
    expect(child(fake, 0)).not.toBe(first);
    expect(child(fake, 0).tagName).toBe('DIV');
  });

  it('calls the handler of the latest render, through a single listener', () => {
    const { fake, element } = fakeContainer();
    const clicks: string[] = [];
    patchChildren(element, [h('button', { on: { click: () => clicks.push('first') } }, 'Go')]);
    patchChildren(element, [h('button', { on: { click: () => clicks.push('second') } }, 'Go')]);
    const button = child(fake, 0);
    button.dispatch('click');
    expect(clicks).toEqual(['second']);
    expect(button.listeners.get('click')).toHaveLength(1);
  });

  it('hands input handlers the value and keyboard handlers the key', () => {
    const { fake, element } = fakeContainer();
    const seen: string[] = [];
    patchChildren(element, [
      h('input', {
        on: {
          input: (event) => seen.push(`input:${event.value}`),
          keydown: (event) => {
            seen.push(`key:${event.key}`);
            event.preventDefault();
          },
        },
      }),
    ]);
    const input = child(fake, 0);
    input.value = 'Webinars';
    input.dispatch('input');
    expect(input.dispatch('keydown', { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(seen).toEqual(['input:Webinars', 'key:Enter']);
  });
});
