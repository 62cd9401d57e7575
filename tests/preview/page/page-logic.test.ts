/** The page's small pieces of logic that need no browser: keys, redraw folding, the dialog queue, what is new in a snapshot. */
import { describe, expect, it } from 'vitest';
import { coalescingTask } from '../../../packages/preview/page/coalescing-task';
import { DialogQueue } from '../../../packages/preview/page/dialog-queue';
import { gridKeyAction, step, type KeyPress } from '../../../packages/preview/page/grid-keys';
import { NOTHING_SEEN, newsSince } from '../../../packages/preview/page/snapshot-news';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('keys on the grid', () => {
  it('move, edit, clear, or type over the cell, as in Sheets', () => {
    expect(gridKeyAction(press('ArrowUp'))).toEqual({ kind: 'move', direction: 'up' });
    expect(gridKeyAction(press('Tab', { shiftKey: true }))).toEqual({ kind: 'move', direction: 'left' });
    expect(gridKeyAction(press('Enter'))).toEqual({ kind: 'edit' });
    expect(gridKeyAction(press('F2'))).toEqual({ kind: 'edit' });
    expect(gridKeyAction(press('Backspace'))).toEqual({ kind: 'clear' });
    expect(gridKeyAction(press('7'))).toEqual({ kind: 'edit', replaceWith: '7' });
    expect(gridKeyAction(press('c', { ctrlKey: true }))).toBeNull();
    expect(gridKeyAction(press('Shift'))).toBeNull();
  });

  it('stay inside the drawn grid', () => {
    const extent = { rows: 60, columns: 26 };
    expect(step({ row: 1, column: 1 }, 'up', extent)).toEqual({ row: 1, column: 1 });
    expect(step({ row: 60, column: 26 }, 'right', extent)).toEqual({ row: 60, column: 26 });
    expect(step({ row: 5, column: 5 }, 'down', extent)).toEqual({ row: 6, column: 5 });
  });
});

describe('redraws', () => {
  it('fold calls made while one runs into one more run, and every caller waits for it', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const task = coalescingTask(async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = task();
    const second = task();
    const third = task();
    release();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
    await task();
    expect(runs).toBe(3);
  });
});

describe('dialogs', () => {
  it('show one at a time and answer each in turn', async () => {
    const shown: (string | null)[] = [];
    const queue = new DialogQueue(() => shown.push(queue.current?.title ?? null));
    const first = queue.open({ kind: 'ask', title: 'Heads up!', message: 'Edit anyway?' });
    const second = queue.open({ kind: 'tell', title: 'Error', message: 'No' });
    queue.answer(false);
    queue.answer(true);
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(shown).toEqual(['Heads up!', 'Error', null]);
  });
});

describe('what is new in a snapshot', () => {
  it('is the latest unseen toast, the unseen alerts and a new opening of the sidebar', () => {
    const toast = (message: string) => ({ message, title: null, timeoutSeconds: null });
    const alert = (prompt: string) => ({ title: null, prompt, buttons: 'OK', answer: 'OK' });
    const first = newsSince(NOTHING_SEEN, {
      toasts: [toast('a'), toast('b')],
      alerts: [alert('x')],
      sidebar: { title: 'Marketing KPI', opened: 1 },
    });
    expect(first.toast?.message).toBe('b');
    expect(first.alerts.map((a) => a.prompt)).toEqual(['x']);
    expect(first.sidebarOpened).toBe(true);
    const again = newsSince(first.seen, {
      toasts: [toast('a'), toast('b')],
      alerts: [alert('x'), alert('y')],
      sidebar: { title: 'Marketing KPI', opened: 1 },
    });
    expect(again.toast).toBeNull();
    expect(again.alerts.map((a) => a.prompt)).toEqual(['y']);
    expect(again.sidebarOpened).toBe(false);
  });
});
