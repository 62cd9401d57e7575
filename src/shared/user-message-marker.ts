/**
 * How a refusal meant for the person survives `google.script.run`. Google
 * documents that the failure handler gets "the error" (and "a `message`"),
 * not which name or prefix it carries, so the sidebar cannot rely on
 * `error.name === 'UserFacingError'` or on an `Error:` prefix. Instead the
 * server puts this marker, which only our code writes, in front of every
 * message it wrote for the person; the sidebar looks for it anywhere in
 * what arrives and shows the text after it. A message without it is a
 * technical failure (explained in the person's language, the raw text kept
 * as a detail).
 */

/** Private-use brackets around a name: nothing Google or a person types contains it. */
export const USER_MESSAGE_MARKER = '\u{F8FF}marketing-kpi\u{F8FF}';

export function markUserMessage(text: string): string {
  return `${USER_MESSAGE_MARKER}${text}`;
}

/** The person's message, or `null` when `text` carries no marker. */
export function unmarkUserMessage(text: string): string | null {
  const at = text.indexOf(USER_MESSAGE_MARKER);
  if (at < 0) return null;
  return text.slice(at + USER_MESSAGE_MARKER.length).trim();
}
