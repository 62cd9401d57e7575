/**
 * Z85 (ZeroMQ RFC 32, https://rfc.zeromq.org/spec/32/): bytes as printable
 * ASCII, four bytes in five characters, with no quote and no backslash, so
 * a JavaScript string literal holds it as it is. The pushed Code.js carries
 * its gzipped server half this way, a sixteenth smaller than base 64 (which
 * spends four characters on three bytes). RFC 32 takes whole groups of four
 * bytes only; here a leading digit (0–3) says how many zero bytes pad the
 * last group, so any length goes.
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const BASE = 85;

export function encodeZ85(bytes: Uint8Array): string {
  const padding = (4 - (bytes.length % 4)) % 4;
  const padded = new Uint8Array(bytes.length + padding);
  padded.set(bytes);
  let text = String(padding);
  for (let at = 0; at < padded.length; at += 4) {
    // Four bytes as one unsigned 32-bit number, big-endian.
    let value =
      (padded[at] as number) * 0x1000000 +
      (padded[at + 1] as number) * 0x10000 +
      (padded[at + 2] as number) * 0x100 +
      (padded[at + 3] as number);
    let group = '';
    for (let digit = 0; digit < 5; digit++) {
      group = ALPHABET.charAt(value % BASE) + group;
      value = Math.floor(value / BASE);
    }
    text += group;
  }
  return text;
}

/**
 * The bytes `text` encodes, as Java's signed bytes (-128 to 127): the
 * Byte[] Apps Script's `Utilities.newBlob` takes. Throws on a character
 * outside the alphabet or a length that is not whole groups.
 */
export function decodeZ85(text: string): number[] {
  const padding = text.charCodeAt(0) - 48;
  if (!(padding >= 0 && padding <= 3) || (text.length - 1) % 5 !== 0) throw new Error('not Z85 text');
  // Indexed by character code; -1 for a character outside the alphabet. Filled, so reads stay fast.
  const digits = new Int8Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index++) digits[ALPHABET.charCodeAt(index)] = index;
  const bytes = new Array<number>(((text.length - 1) / 5) * 4);
  let written = 0;
  for (let at = 1; at < text.length; at += 5) {
    let value = 0;
    for (let offset = 0; offset < 5; offset++) {
      const code = text.charCodeAt(at + offset);
      const digit = code < 128 ? (digits[code] as number) : -1;
      if (digit < 0) throw new Error('not Z85 text');
      value = value * BASE + digit;
    }
    if (value > 0xffffffff) throw new Error('not Z85 text');
    // Shifts read `value` as a signed 32-bit integer: `x << k >> 24` is one of its bytes, already signed.
    bytes[written++] = value >> 24;
    bytes[written++] = (value << 8) >> 24;
    bytes[written++] = (value << 16) >> 24;
    bytes[written++] = (value << 24) >> 24;
  }
  if (padding > written) throw new Error('not Z85 text');
  bytes.length = written - padding;
  return bytes;
}
