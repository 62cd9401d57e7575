/**
 * A short fingerprint of a report tab's values, so the add-on can tell
 * whether a person changed the report after it was written: taken from the
 * values read back right after writing, and compared with the values read
 * before a replacement. Trailing blank cells and rows do not count (the
 * data range grows and shrinks with them); Dates count by their instant.
 */

import { isDate } from '../sheet-values';

/** How a report tab compares with what the add-on wrote: as written, changed by hand, or written before fingerprints were kept (cannot tell). */
export type ReportTabState = 'as_written' | 'edited' | 'unknown';

function cellText(cell: unknown): string {
  if (isDate(cell)) return `d${cell.getTime()}`;
  if (typeof cell === 'number') return `n${cell}`;
  if (typeof cell === 'boolean') return `b${cell}`;
  return `s${String(cell ?? '')}`;
}

/** cellText('') written out: the bundle's top level only defines (see src/core/built-once.ts). */
const BLANK = 's';

/** FNV-1a (32 bit) over the cells' text, row by row, as 8 hex digits. */
export function fingerprintOfValues(values: readonly (readonly unknown[])[]): string {
  const rows = values.map((row) => {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells[cells.length - 1] === BLANK) cells.pop();
    return cells.join('\u001f');
  });
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  let hash = 0x811c9dc5;
  for (const char of rows.join('\u001e')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The tab's state from the fingerprint it carries (`null`: none) and its values now. */
export function reportTabState(stored: string | null, values: readonly (readonly unknown[])[]): ReportTabState {
  if (stored === null) return 'unknown';
  return stored === fingerprintOfValues(values) ? 'as_written' : 'edited';
}
