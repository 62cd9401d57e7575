/**
 * A file's fingerprint for the import log: two FNV-1a 32-bit hashes with
 * different offsets, as 16 hex digits. Not for security: it tells "the same
 * file again" from "a newer export" in the log, and it is pure, so the
 * sidebar, the tests and the bench compute the same one.
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    a = Math.imul(a ^ byte, 0x01000193) >>> 0;
    b = Math.imul(b ^ byte, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
