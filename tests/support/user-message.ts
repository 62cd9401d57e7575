/**
 * A refusal meant for the person, as the server throws it: the add-on's
 * marker (src/shared/user-message-marker.ts), then `text`. `^` in `text`
 * means "right after the marker".
 */
import { USER_MESSAGE_MARKER } from '../../src/shared/user-message-marker';

export function userMessage(text: RegExp): RegExp {
  const source = text.source.startsWith('^') ? text.source.slice(1) : text.source;
  return new RegExp(`^${USER_MESSAGE_MARKER}${source}`, text.flags);
}
