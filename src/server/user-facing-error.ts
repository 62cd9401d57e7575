/**
 * An error meant for the person using the sidebar: its message is already in
 * their language and says what to do. google.script.run hands the message to
 * the sidebar's failure handler as it is.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
