/**
 * What to write into one column the add-on owns: only cells whose content
 * differs from what the add-on wants there, batched into runs of
 * neighbouring rows (usually one call per column, none when nothing
 * changed). A cell of a formula column holding a value a person typed (no
 * formula) is theirs now: it is left as it is and reported.
 */
import type { SheetsScalar } from '../sheet-values';

/** A cell as read: its value and its formula ('' when none). */
export interface CellNow {
  value: SheetsScalar;
  formula: string;
}

export interface OwnedCell {
  sheetRow: number;
  /** What the cell holds now; `null` for a row being added. */
  now: CellNow | null;
  /** What the add-on wants: a formula ('=…'), text (made safe with a leading apostrophe), a number; `undefined` leaves the cell. */
  want: SheetsScalar | undefined;
}

export interface ColumnWrites {
  /** Runs of neighbouring rows to write with one setValues each. */
  runs: { firstRow: number; values: SheetsScalar[] }[];
  /** Rows of a formula column where a person's typed value was kept instead of the formula. */
  keptTyped: number[];
}

/** The text a written value reads back as: a leading apostrophe only marks text. */
function readBack(written: SheetsScalar): SheetsScalar {
  return typeof written === 'string' && written.startsWith("'") ? written.slice(1) : written;
}

/** True when the cell already holds what the add-on wants. */
export function holdsAlready(now: CellNow, want: SheetsScalar): boolean {
  if (typeof want === 'string' && want.startsWith('=')) return now.formula === want;
  if (now.formula !== '') return false;
  return now.value === readBack(want);
}

export function planColumnWrites(cells: readonly OwnedCell[], isFormulaColumn: boolean): ColumnWrites {
  const keptTyped: number[] = [];
  const writes: { sheetRow: number; value: SheetsScalar }[] = [];
  for (const cell of cells) {
    if (cell.want === undefined) continue;
    const now = cell.now;
    if (now && isFormulaColumn && now.formula === '' && now.value !== '' && now.value !== null) {
      keptTyped.push(cell.sheetRow);
      continue;
    }
    if (now && holdsAlready(now, cell.want)) continue;
    writes.push({ sheetRow: cell.sheetRow, value: cell.want });
  }
  writes.sort((a, b) => a.sheetRow - b.sheetRow);
  const runs: ColumnWrites['runs'] = [];
  for (const write of writes) {
    const last = runs[runs.length - 1];
    if (last && last.firstRow + last.values.length === write.sheetRow) last.values.push(write.value);
    else runs.push({ firstRow: write.sheetRow, values: [write.value] });
  }
  return { runs, keptTyped: keptTyped.sort((a, b) => a - b) };
}
