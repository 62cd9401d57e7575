/**
 * Makes people editors of this spreadsheet with Sheets' own
 * `Spreadsheet.addEditor`, under the `spreadsheets.currentonly` scope the
 * add-on has anyway. Google emails each new editor; there is no switch, and
 * no Drive path: an editor add-on's `currentonly` scope does not reach the
 * Drive advanced service, and nothing documents `drive.file` covering the
 * container file (docs/emulator.md).
 *
 * One person at a time: Google refuses some addresses on their own (no
 * Google account behind them, or a sharer without the right to share), and
 * one refusal must not keep the others out.
 */
export interface EditAccessResult {
  granted: string[];
  /** Google refused these, each with Google's own reason; the others were shared. */
  refused: { email: string; reason: string }[];
}

export function grantEditAccess(emails: readonly string[]): EditAccessResult {
  const result: EditAccessResult = { granted: [], refused: [] };
  if (emails.length === 0) return result;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const email of emails) {
    try {
      spreadsheet.addEditor(email);
      result.granted.push(email);
    } catch (error) {
      result.refused.push({ email, reason: errorText(error) });
    }
  }
  return result;
}

/** Google's text without its "Exception: " prefix and closing full stop: it ends a sentence of ours. */
export function errorText(error: unknown): string {
  const text =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return text.replace(/^Exception:\s*/, '').replace(/\.\s*$/, '');
}
