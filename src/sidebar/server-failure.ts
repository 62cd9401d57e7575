/**
 * What the user is told when a server call fails. Our server marks every
 * message it wrote for the person (src/shared/user-message-marker.ts), in
 * their language: those are shown as they are, whatever name or prefix the
 * error arrives with. Everything else — Apps Script's own `ScriptError`s, a
 * lost connection, a `TypeError` from a bug — gets a localized explanation
 * of what to do, with the original text kept as a technical detail.
 */
import type { Lang } from '../core/i18n/lang';
import type { SidebarMessageKey } from '../core/i18n/sidebar-messages';
import { unmarkUserMessage } from '../shared/user-message-marker';
import { t } from './text';

export type ServerFailure =
  | { kind: 'user'; message: string }
  | { kind: 'network' | 'auth' | 'timeout' | 'technical'; detail: string };

export interface ShownFailure {
  message: string;
  /** The raw text, for a support request; absent for messages meant for the user. */
  detail?: string;
}

// These only sort a failure already known to be technical.
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
  const userMessage = unmarkUserMessage(message);
  if (userMessage !== null && userMessage !== '') return { kind: 'user', message: userMessage };
  // Keep the name in the detail: "ScriptError: We're sorry…" says more than the sentence alone.
  const named = name !== '' && name !== 'Error' && !message.startsWith(name);
  const detail = named ? `${name}: ${message}` : message;
  if (name === 'NetworkError' || NETWORK.test(message)) return { kind: 'network', detail };
  if (TIMEOUT.test(message)) return { kind: 'timeout', detail };
  if (AUTH.test(message)) return { kind: 'auth', detail };
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
  return {
    message: t(lang, FALLBACK_MESSAGES[failure.kind]),
    detail: t(lang, 'error_details', { detail: failure.detail }),
  };
}
