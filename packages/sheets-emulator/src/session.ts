/** Session: the active user (the one `emulator.setActiveUser` chose), their locale, the script's time zone. */
import type { EmulatorRuntime } from './runtime';
import { userFacade } from './user';

type Session = GoogleAppsScript.Base.Session;

export class EmulatedSession
  implements
    Pick<
      Session,
      'getActiveUser' | 'getActiveUserLocale' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
    >
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly scriptTimeZone: string,
  ) {}

  /** Blank for a user whose address Google does not give the script (Session.getActiveUser reference). */
  getActiveUser(): GoogleAppsScript.Base.User {
    return userFacade(this.runtime, this.runtime.users.visibleEmail(this.runtime.users.active));
  }

  /** An add-on runs as the user who uses it. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return userFacade(this.runtime, this.runtime.users.visibleEmail(this.runtime.users.active));
  }

  getActiveUserLocale(): string {
    return this.runtime.users.localeOf(this.runtime.users.active);
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return `temporary-key-${Buffer.from(this.runtime.users.active).toString('base64url')}`;
  }
}
