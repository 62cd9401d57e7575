/**
 * Sizes in UTF-8 bytes, as Apps Script measures a property value and as a
 * pasted file is measured: a Russian letter is two bytes, not one. Apps
 * Script has no TextEncoder, so the count is done by hand.
 */

/** UTF-8 bytes of one character (a code point). */
export function utf8CharLength(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) bytes += utf8CharLength(character);
  return bytes;
}
