/**
 * Bytes → text. Exports come as UTF-8 (with or without a BOM) or as
 * Windows-1251; a strict UTF-8 decode fails on Windows-1251 Cyrillic almost
 * always (its letters are lone high bytes), so "valid UTF-8" decides.
 * TextDecoder exists in the browser (the sidebar) and in Node.
 */
export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1251' }
  | { ok: false; reason: 'empty' | 'binary' | 'spreadsheet_file' | 'html_table' };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** An XLSX workbook (a ZIP of XML parts) starts as every ZIP does. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

/** Text files hold no NUL and few control characters; images, PDFs and archives do. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length / 100;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  // An XLSX the reader could not open (a ZIP), or old XLS (an OLE file): say "save as CSV", not "binary".
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) return { ok: false, reason: 'spreadsheet_file' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  let decoded: DecodedText;
  try {
    // ignoreBOM: false (the default) drops a leading BOM.
    decoded = { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    decoded = { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
  if (decoded.ok && decoded.text.trim() === '') return { ok: false, reason: 'empty' };
  // Bitrix24's «Excel» export is an HTML table under an .xls name (EXPORTS.md).
  if (decoded.ok && /^\s*<(!doctype|html|table|meta)/i.test(decoded.text)) return { ok: false, reason: 'html_table' };
  return decoded;
}
