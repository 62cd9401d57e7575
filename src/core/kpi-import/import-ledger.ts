/**
 * What the add-on remembers about imports (document properties, shared by
 * the team): each source's contribution per month × channel, the value the
 * import last wrote in each cell (a cell still holding it is the import's;
 * any other filled cell is a person's), and the log with what undoing an
 * import needs.
 */
import type { DealCount, DealSourceLedger } from './deal-source-ledger';
import type { FieldValues } from './import-fields';
import type { VatChoice } from './vat';

/** A cell as read before an import wrote it: its value, or its formula when it had one. */
export interface CellBefore {
  value: number | string;
  formula?: string;
}

export interface ImportedFile {
  name: string;
  /** The detected format's id (`mapped` for a file read through a column mapping). */
  format: string;
  /** Whose contribution the file replaces: the export's origin (see README, "Importing data"). */
  source: string;
  hash: string;
  rows: number;
  /** 'YYYY-MM' */
  from: string;
  to: string;
  /** The person's answer to the VAT question for this file's spend (absent: not asked, e.g. Metrica expenses or CRM files). */
  vat?: VatChoice;
}

export interface ImportUndo {
  /** Every cell the import wrote: what it held before and what the import wrote. */
  cells: { key: string; before: CellBefore; after: number | '' }[];
  /** Each replaced source month as it was (`null`: the source had none). */
  contributions: { source: string; month: string; before: Record<string, FieldValues> | null }[];
  /** What the ledger said the import had written in those cells before (`null`: nothing). */
  written: { key: string; before: number | null }[];
  /** Each replaced source month's count of deals without a source as it was (`null`: none); absent when the import counted none. */
  dealSources?: { source: string; month: string; before: DealCount | null }[];
}

export interface ImportLogEntry {
  id: string;
  /** ISO time. */
  at: string;
  /** The person's email, as Google tells it (blank when it does not). */
  by: string;
  files: ImportedFile[];
  /** Cells written. */
  changed: number;
  /** Cells a person had typed, left as they were. */
  keptTyped: number;
  undone: boolean;
  /** Dropped from older entries when the log needs room: they can no longer be undone. */
  undo?: ImportUndo;
}

export interface ImportLedger {
  version: 1;
  /** source → month → channel → fields. */
  contributions: Record<string, Record<string, Record<string, FieldValues>>>;
  /** Cell key → the number the import last wrote there. */
  written: Record<string, number>;
  /** Newest first. */
  log: ImportLogEntry[];
  /** Cell key → hash of the note the import left there (import-notes.ts): a note with another hash is a person's. */
  notes?: Record<string, string>;
  /** Source → the last VAT answer for its spend, offered again for its next export. */
  vat?: Record<string, VatChoice>;
  /**
   * CRM deals without a source or UTM, per source and month (deal-source-ledger.ts).
   * Absent in ledgers written before it was counted: those months read as unknown, never as 0.
   */
  dealSources?: DealSourceLedger;
}

export function emptyLedger(): ImportLedger {
  return { version: 1, contributions: {}, written: {}, log: [] };
}

/** The one entry that may be undone: the newest not undone yet, while it still has its undo data. */
export function undoableEntry(ledger: ImportLedger): ImportLogEntry | null {
  const newest = ledger.log.find((entry) => !entry.undone) ?? null;
  return newest?.undo ? newest : null;
}
