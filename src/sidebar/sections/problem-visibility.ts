/**
 * When a form section shows its problems, the same in every section: a
 * field's problem once the person has changed and left the field; all of
 * them, summed up in the status line, once an action was clicked while the
 * form had problems — until the form is saved, discarded or replaced.
 */
import type { Lang } from '../../core/i18n/lang';
import { statusContent, type ActionStatus } from '../action-status';
import { t } from '../text';
import type { StatusContent } from '../view/status-view';

export interface ProblemVisibility<K> {
  /** The person left a field they changed. */
  touch(field: K): void;
  /** An action was clicked with problems in the form: show them all. */
  showAll(): void;
  /** The form was saved, discarded or replaced: start afresh. */
  forget(): void;
  /** The problems to show beside their fields. */
  visible(problems: ReadonlyMap<K, string>): Map<K, string>;
  /** The status line: the form's problems while an action is held back by them, else the action's own. */
  status(problems: ReadonlyMap<K, string>, action: ActionStatus, lang: Lang): StatusContent | null;
}

export function createProblemVisibility<K>(): ProblemVisibility<K> {
  let touched = new Set<K>();
  let showingAll = false;
  /** An action was held back by the problems; the summary shows until the form is valid again. */
  let blocked = false;
  return {
    touch(field) {
      touched.add(field);
    },
    showAll() {
      showingAll = true;
      blocked = true;
    },
    forget() {
      touched = new Set();
      showingAll = false;
      blocked = false;
    },
    visible(problems) {
      return new Map([...problems].filter(([field]) => showingAll || touched.has(field)));
    },
    status(problems, action, lang) {
      if (blocked && problems.size > 0 && action.kind === 'idle') {
        return { tone: 'error', message: t(lang, 'form_has_problems'), details: [...problems.values()] };
      }
      return statusContent(action, lang);
    },
  };
}
