/**
 * The note an import leaves on each KPI cell it wrote, so a person sees
 * which file a figure came from ("Импорт: «direct.csv», 07.12.2026"), one
 * line per source adding to the cell. The ledger, not the note, is how the
 * add-on tells an imported figure from a typed one (plan-import.ts); the
 * note is for people. It is the add-on's only while it holds what the
 * import last put there (the ledger keeps a hash of it): a note a person
 * wrote, or our note a person edited, is never replaced or cleared.
 */
import { translate } from '../i18n/catalog';
import { dataImportMessages } from '../i18n/data-import-messages';
import type { Lang } from '../i18n/lang';
import { splitCellKey } from './import-fields';
import type { ImportLedger } from './import-ledger';

/** FNV-1a over the note's UTF-16 units, 8 hex digits: enough to know our own note again, small in the ledger. */
export function noteHash(note: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < note.length; index++) {
    hash ^= note.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The file each source's figure in the cell came from: the newest import of that source covering the month. */
function cellFiles(ledger: ImportLedger, key: string): { name: string; at: string }[] {
  const { month, channel, field } = splitCellKey(key);
  const files: { name: string; at: string }[] = [];
  for (const [source, byMonth] of Object.entries(ledger.contributions).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (byMonth[month]?.[channel]?.[field] === undefined) continue;
    const entry = ledger.log.find(
      (each) =>
        !each.undone && each.files.some((file) => file.source === source && file.from <= month && month <= file.to),
    );
    const file = entry?.files.find((each) => each.source === source && each.from <= month && month <= each.to);
    files.push({ name: file?.name ?? source, at: entry?.at ?? '' });
  }
  return files;
}

/**
 * The note for a cell as the ledger has it now ('' when no source adds to
 * it). `day` turns an ISO time into the day as the spreadsheet's time zone
 * has it, in the language's usual form.
 */
export function importNote(ledger: ImportLedger, key: string, lang: Lang, day: (iso: string) => string): string {
  return cellFiles(ledger, key)
    .map((file) =>
      translate(dataImportMessages, lang, 'cell_note', { file: file.name, day: file.at === '' ? '—' : day(file.at) }),
    )
    .join('\n');
}

export interface NoteWrite {
  key: string;
  note: string;
}

/**
 * The notes to write on `keys` (cells the import wrote or restored): ours
 * where the cell has no note or still has the one we left; a person's note
 * stays. Returns the writes and the ledger's note hashes after them.
 */
export function planNotes(
  ledger: ImportLedger,
  keys: readonly string[],
  currentNote: (key: string) => string | null,
  noteFor: (key: string) => string,
): { writes: NoteWrite[]; notes: Record<string, string> } {
  const notes = { ...(ledger.notes ?? {}) };
  const writes: NoteWrite[] = [];
  for (const key of keys) {
    const there = currentNote(key);
    if (there === null) continue;
    const ours = there === '' || notes[key] === noteHash(there);
    if (!ours) {
      // A person's note: kept, and the add-on no longer claims the cell's note.
      delete notes[key];
      continue;
    }
    // The import's note only on a cell that holds the import's figure.
    const note = ledger.written[key] === undefined ? '' : noteFor(key);
    if (note !== there) writes.push({ key, note });
    if (note === '') delete notes[key];
    else notes[key] = noteHash(note);
  }
  return { writes, notes };
}
