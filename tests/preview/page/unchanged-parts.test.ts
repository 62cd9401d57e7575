/**
 * The grid's redraw keeps unchanged rows and cells as the descriptions drawn
 * before, and the patch passes over those without touching the DOM; what
 * changed is still drawn, whatever else stayed.
 */
import { describe, expect, it } from 'vitest';
import { keepUnchangedParts } from '../../../packages/preview/page/unchanged-parts';
import { patchChildren } from '../../../src/sidebar/view/dom-patch';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import { FakeElement, type FakeText, fakeContainer } from '../../sidebar/support/fake-dom';

function table(cells: string[][], cellClass = 'cell'): VElement {
  return h(
    'table',
    { id: 'grid' },
    h(
      'tbody',
      {},
      cells.map((row, r) =>
        h(
          'tr',
          { 'data-row': r + 1 },
          row.map((text, c) => h('td', { class: cellClass, 'data-a1': `${'AB'[c]}${r + 1}` }, text)),
        ),
      ),
    ),
  );
}

function rowsOf(grid: VElement): VElement[] {
  return (grid.children[0] as VElement).children as VElement[];
}

function element(node: unknown): FakeElement {
  if (!(node instanceof FakeElement)) throw new Error('not an element');
  return node;
}

describe('keepUnchangedParts', () => {
  it('keeps equal rows and cells as the objects drawn before, and takes the changed ones', () => {
    const before = table([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const next = keepUnchangedParts(
      table([
        ['a', 'b'],
        ['c', 'D'],
      ]),
      before,
    );
    expect(next).not.toBe(before);
    expect(rowsOf(next)[0]).toBe(rowsOf(before)[0]);
    expect(rowsOf(next)[1]).not.toBe(rowsOf(before)[1]);
    expect(rowsOf(next)[1]?.children[0]).toBe(rowsOf(before)[1]?.children[0]);
    expect(rowsOf(next)[1]?.children[1]).not.toBe(rowsOf(before)[1]?.children[1]);
    expect(keepUnchangedParts(table([['a']]), table([['a']]))).toEqual(table([['a']]));
  });

  it('takes an element whose attributes, tag, children or handlers differ', () => {
    const before = table([['a', 'b']]);
    expect(rowsOf(keepUnchangedParts(table([['a', 'b']], 'cell bold'), before))[0]).not.toBe(rowsOf(before)[0]);
    expect(rowsOf(keepUnchangedParts(table([['a']]), before))[0]).not.toBe(rowsOf(before)[0]);
    // A handler is a new function on each render: an element that has one is always the new description.
    const button = () => h('button', { on: { click: () => {} } }, 'go');
    const drawnBefore = h('div', {}, button());
    const nextButton = button();
    const kept = keepUnchangedParts(h('div', {}, nextButton), drawnBefore);
    expect(kept).not.toBe(drawnBefore);
    expect(kept.children[0]).toBe(nextButton);
  });

  it('draws the changed cell and leaves the DOM of the unchanged ones alone', () => {
    const { fake, element: host } = fakeContainer();
    const before = table([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    patchChildren(host, [before]);
    const cells = (row: number) => element(element(element(fake.childNodes[0]).childNodes[0]).childNodes[row]);
    // Written outside the patch, as markSelection does: a cell passed over keeps it.
    element(cells(0).childNodes[0]).setAttribute('class', 'cell selected');
    element(cells(1).childNodes[1]).setAttribute('class', 'cell selected');

    patchChildren(host, [
      keepUnchangedParts(
        table([
          ['a', 'b'],
          ['c', 'D'],
        ]),
        before,
      ),
    ]);
    expect(fake.textContent).toBe('abcD');
    expect(element(cells(0).childNodes[0]).getAttribute('class')).toBe('cell selected');
    // The changed cell is drawn from its new description: the class as described.
    expect(element(cells(1).childNodes[1]).getAttribute('class')).toBe('cell');
    expect((element(cells(1).childNodes[1]).childNodes[0] as FakeText).data).toBe('D');
  });
});
