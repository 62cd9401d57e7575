/** Session's User: an email. */
import { asAppsScript } from './apps-script-types';
import type { EmulatorRuntime } from './runtime';

type User = GoogleAppsScript.Base.User;

export class EmulatedUser implements Pick<User, 'getEmail'> {
  constructor(readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export function userFacade(runtime: EmulatorRuntime, email: string): User {
  return asAppsScript<User>(runtime.expose(new EmulatedUser(email), 'User'));
}

/** An email, or the email of a User the emulator handed out (Apps Script accepts either). */
export function emailOf(user: string | User): string {
  return typeof user === 'string' ? user.trim() : user.getEmail();
}
