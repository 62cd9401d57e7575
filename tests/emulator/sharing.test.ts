/**
 * Sharing on the emulator: Sheets' addEditors always tells the new editor by
 * email; the Drive advanced service's Permissions.create does unless told
 * not to. Both make the person an editor of this spreadsheet only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator';

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
    expect(spreadsheet.getEditors().map((user) => user.getEmail())).toEqual(['head@example.com', 'anna@example.com', 'oleg@example.com']);
    expect(emulator.sharingEmails).toEqual([
      { email: 'anna@example.com', via: 'sheets' },
      { email: 'oleg@example.com', via: 'sheets' },
    ]);
  });

  it('through Drive adds a writer with or without the email, and refuses another file or a bad address', () => {
    const emulator = createEmulator({ owner: 'head@example.com', id: 'sheet-1' });
    uninstall = emulator.installGlobals();
    const drive = (globalThis as { Drive?: GoogleAppsScript.Drive }).Drive;
    if (!drive) throw new Error('Drive is not installed');
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'anna@example.com' }, 'sheet-1', { sendNotificationEmail: false });
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'oleg@example.com' }, 'sheet-1');
    expect(emulator.spreadsheetSnapshot().editors).toEqual(['head@example.com', 'anna@example.com', 'oleg@example.com']);
    expect(emulator.sharingEmails).toEqual([{ email: 'oleg@example.com', via: 'drive' }]);
    expect(emulator.calls.count('Drive.Permissions.create')).toBe(2);

    expect(() => drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'vera@example.com' }, 'another-file')).toThrow('File not found: another-file');
    expect(() => drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: '=IMPORTXML(1)' }, 'sheet-1')).toThrow('Invalid sharing request');
    expect(() => drive.Permissions.create({ type: 'anyone', role: 'reader' }, 'sheet-1')).toThrow('only { type: "user", role: "writer" }');
  });

  it('is refused in AuthMode.NONE, like every service that touches the file', () => {
    const emulator = createEmulator();
    emulator.setAuthMode('NONE');
    expect(() => emulator.Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'anna@example.com' }, '1EmuLatedSpreadsheetId0000000000000000000000')).toThrow(
      'You do not have permission to call Drive.Permissions.create',
    );
  });
});
