/**
 * Where a section's last action stands, and the one way sections run a
 * server action: busy first (every button disabled, a spinner, a polite
 * announcement), then the server's own success message with its details,
 * or the failure explained in the user's language.
 */
import type { Lang } from '../core/i18n/lang';
import type { SidebarMessageKey } from '../core/i18n/sidebar-messages';
import type { ActionResult } from '../shared/server-api';
import type { FocusRequest } from './focus-request';
import type { SectionHost } from './sections/section';
import { classifyServerFailure, showServerFailure, type ServerFailure } from './server-failure';
import { t } from './text';
import type { StatusContent } from './view/status-view';

/**
 * A status line's words: a key of the sidebar's table, or a section's own words in `lang` (a section with its
 * own message table keeps all of its words there, the server's results included).
 */
export type StatusWords = SidebarMessageKey | ((lang: Lang) => string);

export type ActionStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; message: StatusWords }
  /** The server's result, already in the user's language. */
  | { kind: 'done'; result: ActionResult }
  /** A success the sidebar words itself, so it follows a language switch. */
  | { kind: 'confirmed'; message: StatusWords }
  | { kind: 'failed'; failure: ServerFailure };

function wordsIn(words: StatusWords, lang: Lang): string {
  return typeof words === 'function' ? words(lang) : t(lang, words);
}

export const IDLE: ActionStatus = { kind: 'idle' };

export function statusContent(status: ActionStatus, lang: Lang): StatusContent | null {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'busy':
      return { tone: 'busy', message: wordsIn(status.message, lang) };
    case 'done':
      return { tone: 'success', message: status.result.message, details: status.result.details };
    case 'confirmed':
      return { tone: 'success', message: wordsIn(status.message, lang), details: [] };
    case 'failed': {
      const shown = showServerFailure(status.failure, lang);
      return {
        tone: 'error',
        message: shown.message,
        details: [],
        ...(shown.detail !== undefined ? { technicalDetail: shown.detail } : {}),
      };
    }
  }
}

export interface SectionAction {
  busy: StatusWords;
  setStatus(status: ActionStatus): void;
  /** Calls the server; resolves to the status to show on success. */
  run(): Promise<ActionStatus>;
  /** Where focus goes afterwards if the disabled button dropped it. */
  focusAfter?: FocusRequest;
}

export async function performAction(host: SectionHost, action: SectionAction): Promise<void> {
  // The buttons are disabled while busy; this guards a click that raced the render.
  if (host.isBusy()) return;
  action.setStatus({ kind: 'busy', message: action.busy });
  try {
    action.setStatus(await host.whileBusy(action.run));
  } catch (error) {
    action.setStatus({ kind: 'failed', failure: classifyServerFailure(error) });
  }
  host.render(action.focusAfter);
}

/** One status line of a section (a section may have several, one per group of actions) and the actions shown in it. */
export interface ActionSlot {
  status(): ActionStatus;
  /** Clears the line: the person moved on (discarded, cancelled, chose another month). */
  reset(): void;
  /** Runs `action` with its outcome shown in this line; ignored while any action runs. */
  perform(action: Omit<SectionAction, 'setStatus'>): Promise<void>;
}

export function createActionSlot(host: SectionHost): ActionSlot {
  let status: ActionStatus = IDLE;
  return {
    status: () => status,
    reset() {
      status = IDLE;
    },
    perform(action) {
      return performAction(host, {
        ...action,
        setStatus: (next) => {
          status = next;
        },
      });
    },
  };
}
