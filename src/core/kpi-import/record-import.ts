/**
 * The ledger after an import was written, and after one was undone. The
 * log keeps what undoing needs only for the newest entries (document
 * properties are small: 9 KB a value, 500 KB in all), and only the newest
 * entry not undone can be undone, so undoing never restores a state a later
 * import built on.
 */
import { isBlank } from '../sheet-values';
import { dealSourcesBefore, replacedDealSources, restoredDealSources } from './deal-source-ledger';
import type { FieldValues } from './import-fields';
import type { CellBefore, ImportedFile, ImportLedger, ImportLogEntry, ImportUndo } from './import-ledger';
import { sameNumber, type CellState, type ImportBatch, type ImportPlan } from './plan-import';

/** Entries listed in the sidebar. */
export const MAX_LOG_ENTRIES = 30;
/** Entries that keep their undo data. */
export const MAX_UNDOABLE_ENTRIES = 5;

function cellBefore(cell: CellState | null): CellBefore {
  if (cell === null) return { value: '' };
  if (cell.formula !== '') return { value: '', formula: cell.formula };
  const value = cell.value;
  return { value: typeof value === 'number' ? value : isBlank(value) ? '' : String(value) };
}

export interface RecordedImport {
  ledger: ImportLedger;
  entry: ImportLogEntry;
}

export function recordImport(
  ledger: ImportLedger,
  plan: ImportPlan,
  batches: readonly ImportBatch[],
  meta: { id: string; at: string; by: string; files: ImportedFile[] },
): RecordedImport {
  const written = { ...ledger.written };
  const cells: ImportUndo['cells'] = [];
  const writtenBefore: ImportUndo['written'] = [];
  for (const cell of plan.cells) {
    if (!cell.write) continue;
    cells.push({ key: cell.key, before: cellBefore(cell.before), after: cell.after });
    writtenBefore.push({ key: cell.key, before: ledger.written[cell.key] ?? null });
    if (cell.after === '') delete written[cell.key];
    else written[cell.key] = cell.after;
  }
  const replaced = new Set<string>();
  const contributions: ImportUndo['contributions'] = [];
  for (const batch of batches) {
    for (const month of new Set([...batch.months, ...batch.figures.map((figure) => figure.month)])) {
      const id = `${batch.source}|${month}`;
      if (replaced.has(id)) continue;
      replaced.add(id);
      const before = ledger.contributions[batch.source]?.[month];
      contributions.push({
        source: batch.source,
        month,
        before: before ? (JSON.parse(JSON.stringify(before)) as Record<string, FieldValues>) : null,
      });
    }
  }
  const counted = batches.some((batch) => batch.dealSources !== undefined);
  const entry: ImportLogEntry = {
    ...meta,
    changed: cells.length,
    keptTyped: plan.cells.filter((cell) => !cell.write).length,
    undone: false,
    undo: {
      cells,
      contributions,
      written: writtenBefore,
      ...(counted ? { dealSources: dealSourcesBefore(ledger.dealSources ?? {}, batches) } : {}),
    },
  };
  const log = [entry, ...ledger.log].slice(0, MAX_LOG_ENTRIES).map((old, index) => {
    if (index < MAX_UNDOABLE_ENTRIES || !old.undo) return old;
    const { undo: _dropped, ...rest } = old;
    return rest;
  });
  return {
    ledger: nextLedger(ledger, {
      contributions: plan.contributions,
      written,
      log,
      dealSources: replacedDealSources(ledger.dealSources ?? {}, batches),
    }),
    entry,
  };
}

/** Drops undo data from the oldest entries first, then the oldest entries, until `fits` says the ledger fits. */
export function shrinkLedger(ledger: ImportLedger, fits: (ledger: ImportLedger) => boolean): ImportLedger {
  let current = ledger;
  while (!fits(current)) {
    const lastWithUndo = current.log.map((entry) => Boolean(entry.undo)).lastIndexOf(true);
    if (lastWithUndo > 0) {
      current = {
        ...current,
        log: current.log.map((entry, index) => (index === lastWithUndo ? { ...entry, undo: undefined } : entry)),
      };
    } else if (current.log.length > 1) {
      current = { ...current, log: current.log.slice(0, -1) };
    } else {
      return current;
    }
  }
  return current;
}

export interface UndoPlan {
  /** Cells that still hold what the import wrote: put back as they were. */
  restore: { key: string; before: CellBefore }[];
  /** Cells someone changed since: left as they are. */
  edited: string[];
  ledger: ImportLedger;
}

/** @param readCell a cell as it is now (`null`: its row is gone) */
/**
 * The ledger after an import or an undo: its new contributions, written cells, log and deal sources (left out
 * when there are none); the notes and VAT answers kept as they are, since the server sets them from what it writes.
 */
function nextLedger(
  ledger: ImportLedger,
  next: Pick<ImportLedger, 'contributions' | 'written' | 'log'> & {
    dealSources: NonNullable<ImportLedger['dealSources']>;
  },
): ImportLedger {
  const { dealSources, ...rest } = next;
  return {
    version: 1,
    ...rest,
    ...(Object.keys(dealSources).length > 0 ? { dealSources } : {}),
    ...(ledger.notes ? { notes: ledger.notes } : {}),
    ...(ledger.vat ? { vat: ledger.vat } : {}),
  };
}

export function planUndo(
  ledger: ImportLedger,
  entry: ImportLogEntry,
  readCell: (key: string) => CellState | null,
): UndoPlan {
  const undo = entry.undo;
  if (!undo) return { restore: [], edited: [], ledger };
  const restore: UndoPlan['restore'] = [];
  const edited: string[] = [];
  const written = { ...ledger.written };
  for (const cell of undo.cells) {
    const now = readCell(cell.key);
    const stillOurs =
      now !== null &&
      now.formula === '' &&
      (cell.after === '' ? isBlank(now.value) : typeof now.value === 'number' && sameNumber(now.value, cell.after));
    if (!stillOurs) {
      edited.push(cell.key);
      continue;
    }
    restore.push({ key: cell.key, before: cell.before });
    const previous = undo.written.find((item) => item.key === cell.key)?.before ?? null;
    if (previous === null) delete written[cell.key];
    else written[cell.key] = previous;
  }
  const contributions: ImportLedger['contributions'] = JSON.parse(
    JSON.stringify(ledger.contributions),
  ) as ImportLedger['contributions'];
  for (const item of undo.contributions) {
    const byMonth = contributions[item.source] ?? {};
    if (item.before === null) delete byMonth[item.month];
    else byMonth[item.month] = item.before;
    if (Object.keys(byMonth).length === 0) delete contributions[item.source];
    else contributions[item.source] = byMonth;
  }
  const log = ledger.log.map((old) => (old.id === entry.id ? { ...old, undone: true, undo: undefined } : old));
  return {
    restore,
    edited,
    ledger: nextLedger(ledger, {
      contributions,
      written,
      log,
      dealSources: restoredDealSources(ledger.dealSources ?? {}, undo.dealSources ?? []),
    }),
  };
}
