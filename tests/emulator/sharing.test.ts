/**
 * Sharing and the people of the file, on the emulator, as Google documents
 * them (docs/emulator.md): Sheets' addEditor(s) always tells the new editor
 * by email and refuses an address without a Google account; there is no
 * Drive advanced service; Session can leave the user's email blank; a file
 * in a shared drive has no owner; a protected range can only be given to an
 * editor with a Google account.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe('sharing a spreadsheet', () => {
  it('through Sheets adds editors and sends each new one an email', () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.addEditors(['anna@example.com', 'oleg@example.com']);
    spreadsheet.addEditor('anna@example.com');
    expect(spreadsheet.getEditors().map((user) => user.getEmail())).toEqual([
      'head@example.com',
      'anna@example.com',
      'oleg@example.com',
    ]);
    expect(emulator.sharingEmails).toEqual([
      { email: 'anna@example.com', via: 'sheets' },
      { email: 'oleg@example.com', via: 'sheets' },
    ]);
  });

  it('refuses an address without a Google account, per call: addEditors stops there, keeping those before it', () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    emulator.withoutGoogleAccount('vera@mail.example');
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => spreadsheet.addEditor('Vera@Mail.example')).toThrow(
      /no Google account associated with this email address, you must check the "Notify people" box/,
    );
    expect(() => spreadsheet.addEditors(['anna@example.com', 'vera@mail.example', 'oleg@example.com'])).toThrow(
      /Vera|vera@mail\.example/,
    );
    expect(spreadsheet.getEditors().map((user) => user.getEmail())).toEqual(['head@example.com', 'anna@example.com']);
  });

  it('has no Drive advanced service: the add-on does not enable it', () => {
    const emulator = createEmulator();
    const target: Record<string, unknown> = {};
    uninstall = emulator.installGlobals(target);
    expect('Drive' in target).toBe(false);
    expect('SpreadsheetApp' in target).toBe(true);
  });
});

describe('who the user is', () => {
  it('gives a blank email for a user whose address Google does not tell', () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    emulator.setActiveUser('guest@other.example', { emailHidden: true });
    expect(emulator.Session.getActiveUser().getEmail()).toBe('');
    emulator.setActiveUser('head@example.com');
    expect(emulator.Session.getActiveUser().getEmail()).toBe('head@example.com');
  });

  it('has no owner for a file in a shared drive', () => {
    const emulator = createEmulator({ owner: 'manager@example.com', inSharedDrive: true });
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getOwner()).toBeNull();
    expect(createEmulator().SpreadsheetApp.getActiveSpreadsheet().getOwner()?.getEmail()).toBe('owner@example.com');
  });
});

describe('protected-range editors', () => {
  it('refuses an address that is not an editor of the file, or has no Google account, and keeps those added before it', () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.addEditor('anna@example.com');
    const protection = spreadsheet.getActiveSheet().getRange('A1:B2').protect();
    expect(() => protection.addEditor('stranger@example.com')).toThrow(/Invalid email: stranger@example\.com/);
    emulator.withoutGoogleAccount('ghost@example.com');
    expect(() => protection.addEditors(['anna@example.com', 'ghost@example.com'])).toThrow(
      /Invalid email: ghost@example\.com/,
    );
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['head@example.com', 'anna@example.com']);
  });
});
