/**
 * What the user is told when a server call fails. Our server throws Errors
 * whose message is written for the user, in their language: those are shown
 * as they are. Everything else — Apps Script's own `ScriptError`s, a lost
 * connection, a `TypeError` from a bug — gets a localized explanation of
 * what to do, with the original text kept as a technical detail.
 */
import type { Lang } from '../core/i18n/lang';
import type { SidebarMessageKey } from '../core/i18n/sidebar-messages';
import { t } from './text';

export type ServerFailure =
  | { kind: 'user'; message: string }
  | { kind: 'network' | 'auth' | 'timeout' | 'technical'; detail: string };

export interface ShownFailure {
  message: string;
  /** The raw text, for a support request; absent for messages meant for the user. */
  detail?: string;
}

/**
 * The server's errors for the user (src/server/user-facing-error.ts) are
 * named so; the name may arrive as the error's name or as a prefix of its
 * message, and so may the `Error: ` of a plain thrown Error. Any other
 * `SomethingError:`/`Exception:` prefix marks a technical failure.
 */
const USER_FACING_NAME = 'UserFacingError';
const USER_MESSAGE_PREFIX = /^(?:Uncaught )?(?:UserFacingError|Error):\s*/;
const TECHNICAL_PREFIX = /^(?:[A-Z]\w*Error|Exception)\b\s*:/;
/** Apps Script's own sentences, which may arrive without any prefix. */
const APPS_SCRIPT_SENTENCES =
  /^(?:We're sorry, a server error occurred|Exceeded maximum execution time|Authorization is required|Service invoked too many times|Service \w+ failed|Connection failure|Script function not found)/i;
// These only sort a failure already known to be technical, so a user message that happens to say "network" stays a user message.
const NETWORK = /NetworkError|Connection failure|HTTP 0\b/i;
const TIMEOUT = /Exceeded maximum execution time|timed out/i;
const AUTH = /Authorization is required|PERMISSION_DENIED|permission/i;

function nameAndMessage(failure: unknown): { name: string; message: string } {
  if (typeof failure === 'string') return { name: '', message: failure };
  if (typeof failure === 'object' && failure !== null) {
    const { name, message } = failure as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
  }
  // Nothing readable (undefined, a number): an empty message, which counts as technical.
  return { name: '', message: '' };
}

export function classifyServerFailure(failure: unknown): ServerFailure {
  const { name, message } = nameAndMessage(failure);
  const text = message.replace(USER_MESSAGE_PREFIX, '').trim();
  const namedTechnical = name !== '' && name !== 'Error' && name !== USER_FACING_NAME;
  if (!namedTechnical && text !== '' && !TECHNICAL_PREFIX.test(text) && !APPS_SCRIPT_SENTENCES.test(text)) {
    return { kind: 'user', message: text };
  }
  // Keep the name in the detail: "ScriptError: We're sorry…" says more than the sentence alone.
  const detail = namedTechnical && !message.startsWith(name) ? `${name}: ${message}` : message;
  if (name === 'NetworkError' || NETWORK.test(text)) return { kind: 'network', detail };
  if (TIMEOUT.test(text)) return { kind: 'timeout', detail };
  if (AUTH.test(text)) return { kind: 'auth', detail };
  return { kind: 'technical', detail };
}

const FALLBACK_MESSAGES: Record<Exclude<ServerFailure['kind'], 'user'>, SidebarMessageKey> = {
  network: 'error_network',
  auth: 'error_auth',
  timeout: 'error_timeout',
  technical: 'error_technical',
};

/** The failure as shown, in `lang` (a user message is shown as the server wrote it). */
export function showServerFailure(failure: ServerFailure, lang: Lang): ShownFailure {
  if (failure.kind === 'user') return { message: failure.message };
  return { message: t(lang, FALLBACK_MESSAGES[failure.kind]), detail: t(lang, 'error_details', { detail: failure.detail }) };
}
