/**
 * The controller every form section runs on: a form with problems is held
 * back (all problems shown, focus on the first, nothing sent); a valid one is
 * sent as checked; the server's reply replaces the draft that was sent, not
 * the edits made meanwhile; a failure keeps the problems' state and says so.
 */
import { describe, expect, it } from 'vitest';
import type { SectionHost } from '../../src/sidebar/sections/section';
import { createFormController, type FormCheck } from '../../src/sidebar/sections/form-controller';
import type { FocusRequest } from '../../src/sidebar/focus-request';

interface Form {
  draft: string;
  baseline: string;
}

function fakeHost() {
  const renders: (FocusRequest | undefined)[] = [];
  let busy = 0;
  const host: SectionHost = {
    callServer: (() => Promise.reject(new Error('not used'))) as unknown as SectionHost['callServer'],
    lang: () => 'ru',
    isBusy: () => busy > 0,
    async whileBusy(task) {
      busy += 1;
      try {
        return await task();
      } finally {
        busy -= 1;
      }
    },
    adoptState: () => undefined,
    refreshState: () => Promise.resolve(),
    copyText: () => Promise.resolve(false),
    render: (focus) => {
      renders.push(focus);
    },
  };
  return { host, renders };
}

/** A draft is a number of leads: not a number, or negative, is a problem of the field "leads". */
function checkLeads(draft: string): FormCheck<number, 'leads'> {
  const value = Number(draft);
  return draft.trim() !== '' && Number.isFinite(value) && value >= 0
    ? { ok: true, value }
    : { ok: false, problems: [{ field: 'leads', message: 'Введите число лидов' }] };
}

function controllerWith(host: SectionHost) {
  const controller = createFormController<Form, string, number, 'leads'>(host, {
    check: checkLeads,
    elementId: (field) => `field-${field}`,
    discard: (form) => ({ ...form, draft: form.baseline }),
  });
  controller.receive(() => ({ draft: '10', baseline: '10' }));
  return controller;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the form controller', () => {
  it('holds back a form with problems: every problem shown, focus on the first, nothing sent', async () => {
    const { host, renders } = fakeHost();
    const controller = controllerWith(host);
    controller.edit((form) => ({ ...form, draft: 'много' }));
    expect(controller.shown('ru').visibleProblems.size).toBe(0);
    const sent: number[] = [];
    controller.submit({
      busy: 'busy_saving',
      run: async (value) => {
        sent.push(value);
        return { kind: 'confirmed', message: 'settings_saved' };
      },
    });
    await settle();
    expect(sent).toEqual([]);
    expect(renders.at(-1)).toEqual({ id: 'field-leads' });
    const shown = controller.shown('ru');
    expect([...shown.visibleProblems]).toEqual([['leads', 'Введите число лидов']]);
    expect(shown.status).toMatchObject({ tone: 'error', details: ['Введите число лидов'] });
  });

  it('sends the checked value, and the reply replaces only the draft that was sent', async () => {
    const { host } = fakeHost();
    const controller = controllerWith(host);
    controller.edit((form) => ({ ...form, draft: '12' }));
    let release: () => void = () => undefined;
    const sent: number[] = [];
    controller.submit({
      busy: 'busy_saving',
      run: async (value) => {
        sent.push(value);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        // The server's state arrives while the draft is on its way: it is the sent draft that it answers.
        controller.receive((form, sentDraft) =>
          form && sentDraft === form.draft
            ? { draft: '12', baseline: '12' }
            : { draft: form?.draft ?? '', baseline: '12' },
        );
        return { kind: 'confirmed', message: 'settings_saved' };
      },
    });
    await settle();
    expect(sent).toEqual([12]);
    expect(host.isBusy()).toBe(true);
    release();
    await settle();
    expect(controller.form()).toEqual({ draft: '12', baseline: '12' });
    expect(controller.shown('ru').status).toMatchObject({ tone: 'success' });
    // Afterwards nothing is on its way any more.
    controller.receive((form, sentDraft) => ({ draft: sentDraft ?? 'none', baseline: form?.baseline ?? '' }));
    expect(controller.form()?.draft).toBe('none');
  });

  it('shows a failure, and discarding goes back to the baseline with the status cleared', async () => {
    const { host, renders } = fakeHost();
    const controller = controllerWith(host);
    controller.edit((form) => ({ ...form, draft: '7' }));
    controller.submit({ busy: 'busy_saving', run: () => Promise.reject(new Error('Сервер недоступен')) });
    await settle();
    expect(controller.shown('ru').status).toMatchObject({ tone: 'error' });
    controller.discard({ id: 'build' });
    expect(controller.form()?.draft).toBe('10');
    expect(controller.shown('ru').status).toBeNull();
    expect(renders.at(-1)).toEqual({ id: 'build' });
  });
});
