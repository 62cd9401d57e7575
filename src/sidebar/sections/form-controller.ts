/**
 * The one controller behind every form section (the KPI template, the team):
 * the form and its edits, the draft on its way to the server (so the reply
 * replaces it and not the edits made meanwhile), when problems show, and the
 * section's action status. A section says how its draft is checked and where
 * a field's input is; the controller does the rest the same way everywhere.
 */
import type { Lang } from '../../core/i18n/lang';
import { createActionSlot, type ActionStatus, type SectionAction } from '../action-status';
import type { FocusRequest } from '../focus-request';
import type { StatusContent } from '../view/status-view';
import { createProblemVisibility } from './problem-visibility';
import type { SectionHost } from './section';

export type FormCheck<V, K> =
  | { ok: true; value: V }
  | { ok: false; problems: readonly { readonly field: K; readonly message: string }[] };

export interface FormRules<F extends { readonly draft: D }, D, V, K extends string> {
  /** The value to send, or the problems by field, the first to fix first. */
  check(draft: D, lang: Lang): FormCheck<V, K>;
  /** The input a field's problem moves the focus to. */
  elementId(field: K): string;
  /** The form with the draft put back to what the server last said. */
  discard(form: F): F;
}

export interface FormSubmit<V> extends Omit<SectionAction, 'setStatus' | 'run'> {
  /** Sends the checked value; problems are forgotten once it succeeds. */
  run(value: V): Promise<ActionStatus>;
}

export interface FormController<F, D, V, K> {
  form(): F | undefined;
  /** New form state from the server, given the draft still on its way there (if any). */
  receive(next: (current: F | undefined, sentDraft: D | undefined) => F): void;
  edit(change: (current: F) => F, focus?: FocusRequest): void;
  /** The person left a field they changed: its problem may show. */
  touch(field: K): void;
  /** Checks the form and sends it; held back with every problem shown, and focus on the first, when it has any. */
  submit(action: FormSubmit<V>): void;
  /** An action that sends no form (a fill, a check), with the same status line. */
  perform(action: Omit<SectionAction, 'setStatus'>): void;
  /** Back to what the server last said; focus to `focus`, since the discard button disappears with the changes. */
  discard(focus: FocusRequest): void;
  /** What the view shows: problems beside their fields, and the status line. */
  shown(lang: Lang): { visibleProblems: Map<K, string>; status: StatusContent | null };
}

export function createFormController<F extends { readonly draft: D }, D, V, K extends string>(
  host: SectionHost,
  rules: FormRules<F, D, V, K>,
): FormController<F, D, V, K> {
  let form: F | undefined;
  let sentDraft: D | undefined;
  const slot = createActionSlot(host);
  const problemVisibility = createProblemVisibility<K>();

  function problemsOf(draft: D, lang: Lang): Map<K, string> {
    const check = rules.check(draft, lang);
    return check.ok ? new Map() : new Map(check.problems.map((problem) => [problem.field, problem.message]));
  }

  return {
    form: () => form,
    receive(next) {
      form = next(form, sentDraft);
    },
    edit(change, focus) {
      if (!form) return;
      form = change(form);
      host.render(focus);
    },
    touch(field) {
      problemVisibility.touch(field);
      host.render();
    },
    submit(action) {
      if (!form || host.isBusy()) return;
      const check = rules.check(form.draft, host.lang());
      if (!check.ok) {
        problemVisibility.showAll();
        slot.reset();
        const first = check.problems[0];
        host.render(first ? { id: rules.elementId(first.field) } : undefined);
        return;
      }
      sentDraft = form.draft;
      void slot
        .perform({
          ...action,
          run: async () => {
            const outcome = await action.run(check.value);
            problemVisibility.forget();
            return outcome;
          },
        })
        .finally(() => {
          sentDraft = undefined;
        });
    },
    perform(action) {
      void slot.perform(action);
    },
    discard(focus) {
      problemVisibility.forget();
      slot.reset();
      if (!form) return;
      form = rules.discard(form);
      host.render(focus);
    },
    shown(lang) {
      const problems = form ? problemsOf(form.draft, lang) : new Map<K, string>();
      return {
        visibleProblems: problemVisibility.visible(problems),
        status: problemVisibility.status(problems, slot.status(), lang),
      };
    },
  };
}
