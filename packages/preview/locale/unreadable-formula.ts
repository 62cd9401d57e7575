/**
 * A formula Sheets cannot read in the spreadsheet's locale: in `ru_RU`,
 * `=SUM(A1,B1)` (a comma where the locale wants `;`) is a formula parse
 * error — the cell shows #ERROR! and keeps the text as typed; Sheets does
 * not turn the commas into semicolons (https://stackoverflow.com/questions/73767719,
 * "commas are not corrected into semicolons";
 * https://support.google.com/docs/answer/58515 sets the locale that
 * chooses the separators). The formula engine would compute the English
 * reading of that text, so the preview stores it with an invisible mark
 * the engine refuses (a parse error), and shows it without the mark.
 */

/** U+2063 INVISIBLE SEPARATOR: not part of any formula syntax, so the engine stops at it. */
export const UNREADABLE_MARK = '\u2063';

/** The text to store for a formula typed as `typed` that the locale cannot read. */
export function unreadableFormula(typed: string): string {
  return `${typed}${UNREADABLE_MARK}`;
}

/** The typed text of an unreadable formula, or null for any other formula. */
export function typedTextOfUnreadable(stored: string): string | null {
  return stored.endsWith(UNREADABLE_MARK) ? stored.slice(0, -UNREADABLE_MARK.length) : null;
}

/** The engine's parse message for such a formula names the mark as the character it stopped at. */
export function isUnreadableFormulaMessage(engineMessage: string): boolean {
  return engineMessage.includes(UNREADABLE_MARK);
}
