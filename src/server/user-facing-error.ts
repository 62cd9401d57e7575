/**
 * An error meant for the person using the sidebar: its text is already in
 * their language and says what to do. The message carries the add-on's
 * marker (src/shared/user-message-marker.ts), because that is what the
 * sidebar's failure handler can rely on; `userMessage` is the text alone,
 * for a menu's alert.
 */
import { markUserMessage } from '../shared/user-message-marker';

export class UserFacingError extends Error {
  readonly userMessage: string;

  constructor(message: string) {
    super(markUserMessage(message));
    this.name = 'UserFacingError';
    this.userMessage = message;
  }
}
