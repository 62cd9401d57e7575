/**
 * A string written with setValue(s) that begins with = + - or @ becomes a
 * formula in Sheets. User text (a channel or department name) must never run,
 * so it is written with a leading apostrophe, which Sheets shows as plain text.
 */
export function asPlainText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
