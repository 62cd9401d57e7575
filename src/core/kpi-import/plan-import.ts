/**
 * An import as a plan over the KPI tab's input cells, before anything is
 * written: each source's contribution for the months its file covers is
 * replaced (a newer export of the same period replaces, never adds), each
 * cell's new value is the sum of every source's contribution, and a cell
 * is written only when it differs. A filled cell that does not hold what
 * the import last wrote there is a person's: it is flagged and left unless
 * the person ticked it. Pure: the server reads the cells, this decides.
 */
import { isBlank, type SheetsScalar } from '../sheet-values';
import {
  IMPORT_FIELDS,
  importCellKey,
  isMoneyField,
  splitCellKey,
  type FieldValues,
  type ImportField,
} from './import-fields';
import type { DealSourceCount } from '../import/untagged-deals';
import type { ImportLedger } from './import-ledger';

export interface ImportBatch {
  source: string;
  /** The months the file covers ('YYYY-MM'): the source's figures for them are replaced. */
  months: readonly string[];
  figures: readonly { month: string; channel: string; values: FieldValues; rows: number }[];
  /** A CRM file's deals per month created and how many carry no source and no UTM; absent for cabinets. */
  dealSources?: readonly DealSourceCount[];
}

/** A cell as read: its value and formula. `null`: the row is not on the tab yet. */
export interface CellState {
  value: SheetsScalar;
  formula: string;
}

export interface PlannedCell {
  key: string;
  month: string;
  channel: string;
  field: ImportField;
  before: CellState | null;
  /** '' when no source contributes to the cell any more. */
  after: number | '';
  /** Rows of this import's files counted into the cell. */
  rows: number;
  /** A person's value: written only when ticked. */
  typed: boolean;
  write: boolean;
}

export interface ImportPlan {
  /** Cells whose value would change, in month, channel, field order. */
  cells: PlannedCell[];
  /** Cells the import covers that already hold their value. */
  unchanged: number;
  contributions: ImportLedger['contributions'];
  /** `month|channel` rows the tab lacks for a cell to be written. */
  missingRows: string[];
}

function rounded(field: ImportField, value: number): number {
  return isMoneyField(field) ? Math.round(value * 100) / 100 : Math.round(value);
}

/** Same number to the cent: what the import wrote reads back as written. */
export function sameNumber(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

function holds(cell: CellState | null, want: number | ''): boolean {
  const blank = cell === null || (cell.formula === '' && isBlank(cell.value));
  if (want === '') return blank;
  return cell !== null && cell.formula === '' && typeof cell.value === 'number' && sameNumber(cell.value, want);
}

/** A filled cell is the import's only while it holds what the import last wrote there. */
export function isPersonsCell(cell: CellState | null, written: number | undefined): boolean {
  if (cell === null || (cell.formula === '' && isBlank(cell.value))) return false;
  return !(
    written !== undefined &&
    cell.formula === '' &&
    typeof cell.value === 'number' &&
    sameNumber(cell.value, written)
  );
}

/** The sum of every source's contribution per cell, over `months`. */
function totals(contributions: ImportLedger['contributions'], months: ReadonlySet<string>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const byMonth of Object.values(contributions)) {
    for (const [month, byChannel] of Object.entries(byMonth)) {
      if (!months.has(month)) continue;
      for (const [channel, values] of Object.entries(byChannel)) {
        for (const field of IMPORT_FIELDS) {
          const value = values[field];
          if (value === undefined) continue;
          const key = importCellKey(month, channel, field);
          sums.set(key, (sums.get(key) ?? 0) + value);
        }
      }
    }
  }
  return sums;
}

/** Batches of one source in one import are one contribution (two accounts of a cabinet chosen together add up). */
function mergeBySource(
  batches: readonly ImportBatch[],
): Map<string, { months: Set<string>; byMonth: Map<string, Map<string, FieldValues>>; rows: Map<string, number> }> {
  const merged = new Map<
    string,
    { months: Set<string>; byMonth: Map<string, Map<string, FieldValues>>; rows: Map<string, number> }
  >();
  for (const batch of batches) {
    const entry = merged.get(batch.source) ?? { months: new Set<string>(), byMonth: new Map(), rows: new Map() };
    for (const month of batch.months) entry.months.add(month);
    for (const figure of batch.figures) {
      entry.months.add(figure.month);
      const byChannel = entry.byMonth.get(figure.month) ?? new Map<string, FieldValues>();
      const values = byChannel.get(figure.channel) ?? {};
      for (const field of IMPORT_FIELDS) {
        const value = figure.values[field];
        if (value === undefined) continue;
        values[field] = (values[field] ?? 0) + value;
        const key = importCellKey(figure.month, figure.channel, field);
        entry.rows.set(key, (entry.rows.get(key) ?? 0) + figure.rows);
      }
      byChannel.set(figure.channel, values);
      entry.byMonth.set(figure.month, byChannel);
    }
    merged.set(batch.source, entry);
  }
  return merged;
}

/** Each source's contributions with the months of `batches` replaced by theirs. */
export function replacedContributions(
  ledger: ImportLedger,
  batches: readonly ImportBatch[],
): ImportLedger['contributions'] {
  const next: ImportLedger['contributions'] = JSON.parse(
    JSON.stringify(ledger.contributions),
  ) as ImportLedger['contributions'];
  for (const [source, entry] of mergeBySource(batches)) {
    const byMonth = next[source] ?? {};
    for (const month of entry.months) {
      const channels = entry.byMonth.get(month);
      if (!channels || channels.size === 0) {
        delete byMonth[month];
        continue;
      }
      const values: Record<string, FieldValues> = {};
      for (const [channel, fields] of channels) {
        const kept: FieldValues = {};
        for (const field of IMPORT_FIELDS)
          if (fields[field] !== undefined) kept[field] = rounded(field, fields[field] ?? 0);
        values[channel] = kept;
      }
      byMonth[month] = values;
    }
    if (Object.keys(byMonth).length > 0) next[source] = byMonth;
    else delete next[source];
  }
  return next;
}

/**
 * @param readCell the cell of a month × channel × field as it is now, `null` when the tab has no such row
 * @param overwrite cell keys of a person's cells the person ticked to be replaced
 */
export function planKpiImport(
  ledger: ImportLedger,
  batches: readonly ImportBatch[],
  readCell: (month: string, channel: string, field: ImportField) => CellState | null,
  overwrite: ReadonlySet<string> = new Set(),
): ImportPlan {
  const merged = mergeBySource(batches);
  const months = new Set([...merged.values()].flatMap((entry) => [...entry.months]));
  const contributions = replacedContributions(ledger, batches);
  const before = totals(ledger.contributions, months);
  const after = totals(contributions, months);
  const rowsOf = (key: string) => [...merged.values()].reduce((sum, entry) => sum + (entry.rows.get(key) ?? 0), 0);
  const order = (key: string) => {
    const { month, channel, field } = splitCellKey(key);
    return `${month}|${channel}|${IMPORT_FIELDS.indexOf(field)}`;
  };
  // Month, channel, then the tab's column order: the preview reads like the tab.
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) =>
    order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0,
  );
  const cells: PlannedCell[] = [];
  const missingRows = new Set<string>();
  let unchanged = 0;
  for (const key of keys) {
    const { month, channel, field } = splitCellKey(key);
    const sum = after.get(key);
    const want: number | '' = sum === undefined ? '' : rounded(field, sum);
    const cell = readCell(month, channel, field);
    if (holds(cell, want)) {
      unchanged++;
      continue;
    }
    const typed = isPersonsCell(cell, ledger.written[key]);
    const write = !typed || overwrite.has(key);
    if (write && cell === null) missingRows.add(`${month}|${channel}`);
    cells.push({ key, month, channel, field, before: cell, after: want, rows: rowsOf(key), typed, write });
  }
  return { cells, unchanged, contributions, missingRows: [...missingRows].sort() };
}
