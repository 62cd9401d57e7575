/**
 * The import's notes on the KPI cells it wrote or restored (core/kpi-import/
 * import-notes.ts decides): the tab's notes read in one call, written in
 * runs, each day as the spreadsheet's time zone has it.
 */
import type { Lang } from '../../core/i18n/lang';
import { splitCellKey } from '../../core/kpi-import/import-fields';
import type { ImportLedger } from '../../core/kpi-import/import-ledger';
import { importNote, planNotes } from '../../core/kpi-import/import-notes';
import { cellPlace, readNotes, type KpiInputCells } from './kpi-input-cells';

export interface CellNoteWrites {
  writes: { row: number; column: number; value: string }[];
  /** The ledger with the hashes of the notes about to be written. */
  ledger: ImportLedger;
}

export function planCellNotes(
  cells: KpiInputCells,
  ledger: ImportLedger,
  keys: readonly string[],
  lang: Lang,
): CellNoteWrites {
  const current = readNotes(cells);
  const timeZone = cells.sheet.getParent().getSpreadsheetTimeZone();
  const placeOf = (key: string) => {
    const { month, channel, field } = splitCellKey(key);
    return cellPlace(cells, month, channel, field);
  };
  // One formatDate per import in the log, not per cell: a year's import writes hundreds of notes from a few imports.
  const days = new Map<string, string>();
  const day = (iso: string) => {
    let text = days.get(iso);
    if (text === undefined) {
      text = Utilities.formatDate(new Date(iso), timeZone, lang === 'ru' ? 'dd.MM.yyyy' : 'yyyy-MM-dd');
      days.set(iso, text);
    }
    return text;
  };
  const planned = planNotes(
    ledger,
    keys,
    (key) => {
      const place = placeOf(key);
      return place ? (current[place.row - 1]?.[place.column - 1] ?? '') : null;
    },
    (key) => importNote(ledger, key, lang, day),
  );
  const writes = planned.writes.flatMap((write) => {
    const place = placeOf(write.key);
    return place ? [{ ...place, value: write.note }] : [];
  });
  return { writes, ledger: { ...ledger, notes: planned.notes } };
}
