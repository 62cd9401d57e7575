/**
 * The state every emulated service shares, and the one way objects leave
 * the emulator: `expose` wraps them so that each call is counted and, in
 * AuthMode.NONE, refused unless Apps Script allows it there.
 */
import { CallCounter, countingProxy } from './call-counter';
import { UiLog } from './ui-log';
import type { Facades } from './facades';
import type { Users } from './users';
import type { Workbook } from './workbook';

/** What `onOpen` may call in AuthMode.NONE: build a menu, read the user's locale, pure utilities. */
const ALLOWED_WITHOUT_AUTHORIZATION = [
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.',
  'Session.getActiveUserLocale',
  'Utilities.',
  'Logger.',
];

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** An email Google would have sent to tell someone a spreadsheet was shared with them, and which service sent it. */
export interface SharingEmail {
  email: string;
  via: 'sheets';
}

export class EmulatorRuntime {
  readonly calls = new CallCounter();
  readonly ui = new UiLog();
  /** Sharing notifications, in order: Sheets' `addEditor(s)` always sends one. */
  readonly sharingEmails: SharingEmail[] = [];
  authMode: AuthModeName = 'FULL';
  /** A file in a shared drive has no owner (`getOwner()` is null); the first user then stands for its managers. */
  inSharedDrive = false;

  /** How objects hand out one another (facades.ts). */
  readonly facades: Facades;

  constructor(
    readonly workbook: Workbook,
    readonly users: Users,
    readonly files: Readonly<Record<string, string>>,
    facadesFor: (runtime: EmulatorRuntime) => Facades,
  ) {
    this.facades = facadesFor(this);
  }

  expose<T extends object>(target: T, className: string): T {
    return countingProxy(target, className, this.calls, (call) => this.checkAuthorization(call));
  }

  private checkAuthorization(call: string): void {
    if (this.authMode !== 'NONE') return;
    if (
      ALLOWED_WITHOUT_AUTHORIZATION.some((allowed) =>
        allowed.endsWith('.') ? call.startsWith(allowed) : call === allowed,
      )
    )
      return;
    throw new Error(`You do not have permission to call ${call} (the script runs in AuthMode.NONE)`);
  }
}
