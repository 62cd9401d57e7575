/**
 * Makes people editors of this spreadsheet, with or without Google's email.
 *
 * Sheets' own `addEditors` (under the `spreadsheets.currentonly` scope the
 * add-on has anyway) always emails each new editor; there is no switch. Not
 * sending one needs the Drive advanced service's `Permissions.create` with
 * `sendNotificationEmail: false`, under `drive.file`, the narrowest Drive
 * scope (it reaches only files the add-on is used with, never the rest of
 * anyone's Drive). So: asked to notify, Sheets shares; else Drive does. The
 * emulator has both (src/emulator/drive-service.ts).
 */
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { sharingMessages } from '../../core/i18n/sharing-messages';
import { UserFacingError } from '../user-facing-error';

export interface EditAccessResult {
  granted: string[];
  /** Drive refused these, each with its reason; the others were shared. */
  refused: { email: string; reason: string }[];
}

export function grantEditAccess(emails: readonly string[], notify: boolean, lang: Lang): EditAccessResult {
  if (emails.length === 0) return { granted: [], refused: [] };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (notify) {
    spreadsheet.addEditors([...emails]);
    return { granted: [...emails], refused: [] };
  }
  // The advanced service is a global only where the manifest enables it.
  const drive = typeof Drive === 'undefined' ? undefined : Drive;
  if (!drive) throw new UserFacingError(translate(sharingMessages, lang, 'drive_unavailable'));
  const fileId = spreadsheet.getId();
  const result: EditAccessResult = { granted: [], refused: [] };
  for (const email of emails) {
    try {
      drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: email }, fileId, { sendNotificationEmail: false, supportsAllDrives: true });
      result.granted.push(email);
    } catch (error) {
      // The message ends a sentence of ours, so its own closing full stop goes.
      result.refused.push({ email, reason: (error instanceof Error ? error.message : String(error)).replace(/\.\s*$/, '') });
    }
  }
  return result;
}
