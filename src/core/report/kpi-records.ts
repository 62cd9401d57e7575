/**
 * Reads the KPI tab's rows, as getValues gives them, into figures per month
 * and channel. Reading is lenient on purpose: a report on a half-filled or
 * hand-edited tab must still be written, so a cell that is not a number is
 * left out and recorded as a problem the report words as a data-quality
 * note, never thrown.
 *
 * Only the input columns are read; CPL, ROMI and the verdict are computed
 * again from them, so a report never depends on formulas having recalculated.
 */
import {
  KPI_COUNT_KEYS,
  KPI_HEADER_ROWS,
  KPI_INPUT_KEYS,
  KPI_PLAN_KEYS,
  kpiColumnIndex,
  type KpiCountKey,
  type KpiInputKey,
  type KpiPlanKey,
} from '../kpi/kpi-columns';
import { isWholeCount, qualifiedAboveLeads } from '../kpi/count-checks';
import { monthFromCell, type MonthKey } from '../kpi/month';
import { looksLikeNumberText } from '../number-text';
import { isBlank, isDate, type SheetsScalar } from '../sheet-values';

/** The inputs of one channel in one month; `null` where nothing (readable) was entered. */
export type ChannelInputs = Record<KpiInputKey, number | null>;

/** The plan typed for one channel in one month; `null` where none (or none readable) was entered. */
export type ChannelPlan = Record<KpiPlanKey, number | null>;

export interface ChannelMonthRecord {
  month: MonthKey;
  /** The channel's name as the tab spells it (the first row's spelling). */
  channel: string;
  inputs: ChannelInputs;
  plan: ChannelPlan;
  /** The Target CPL cell, when it holds a positive number. */
  targetCpl: number | null;
  /** 1-based rows of the KPI tab this record was read from (several for duplicates). */
  sheetRows: number[];
}

/** Why a cell was left out. */
export type CellProblemKind = 'text_number' | 'not_a_number';

export interface CellProblem {
  kind: CellProblemKind;
  sheetRow: number;
  column: KpiInputKey | KpiPlanKey;
  /** The cell as text, to quote it. */
  value: string;
  month: MonthKey;
  channel: string;
}

/** A row whose counts cannot be right, though they are numbers and are counted as entered (core/kpi/count-checks). */
export type CountProblem =
  | {
      kind: 'qualified_above_leads';
      sheetRow: number;
      month: MonthKey;
      channel: string;
      qualified: number;
      leads: number | null;
    }
  | { kind: 'count_not_whole'; sheetRow: number; month: MonthKey; channel: string; column: KpiCountKey; value: number };

export interface KpiRecords {
  /** Records by month, then by channel key (see `channelKey`). */
  byMonth: Map<MonthKey, Map<string, ChannelMonthRecord>>;
  cellProblems: CellProblem[];
  /** Rows with 12.5 leads, or more qualified leads than leads, in the tab's order. */
  countProblems: CountProblem[];
  /** Rows holding figures whose Month cell is not a month. */
  unreadableMonthRows: { sheetRow: number; value: string }[];
  /** Rows holding figures with a blank Channel cell. */
  rowsWithoutChannel: { sheetRow: number; month: MonthKey }[];
  /** 1-based rows of the tab that were read (first and last), `null` when the tab has no data rows. */
  rowSpan: { first: number; last: number } | null;
}

/** Channels are matched by name, ignoring case and surrounding spaces (as the KPI template matches them). */
export function channelKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Every key of `keys` with nothing entered yet. */
function nothingEntered<Key extends string>(keys: readonly Key[]): Record<Key, null> {
  const empty = {} as Record<Key, null>;
  for (const key of keys) empty[key] = null;
  return empty;
}

export function emptyChannelInputs(): ChannelInputs {
  return nothingEntered(KPI_INPUT_KEYS);
}

export function hasAnyInput(inputs: ChannelInputs): boolean {
  return KPI_INPUT_KEYS.some((key) => inputs[key] !== null);
}

type CellReading = { number: number | null; problem: CellProblemKind | null };

/** A cell as a number; blanks are `null`; anything else is `null` with the reason it was left out. */
function readInputCell(cell: SheetsScalar): CellReading {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { number: cell, problem: null } : { number: null, problem: 'not_a_number' };
  if (isBlank(cell)) return { number: null, problem: null };
  if (typeof cell === 'string') {
    if (cell.trim() === '') return { number: null, problem: null };
    // Sheets' SUM skips text too, so counting it here would make the report disagree with the tab.
    return { number: null, problem: looksLikeNumberText(cell) ? 'text_number' : 'not_a_number' };
  }
  return { number: null, problem: 'not_a_number' };
}

function cellText(cell: SheetsScalar): string {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString().slice(0, 10);
  return String(cell ?? '');
}

function addInto<Key extends string>(
  target: Record<Key, number | null>,
  source: Record<Key, number | null>,
  keys: readonly Key[],
): void {
  for (const key of keys) {
    const value = source[key];
    if (value !== null) target[key] = (target[key] ?? 0) + value;
  }
}

/**
 * @param rows the tab's data rows (below the header), as getValues gives them
 * @param firstSheetRow the 1-based row of `rows[0]` in the tab
 */
export function readKpiRecords(
  rows: readonly (readonly SheetsScalar[])[],
  firstSheetRow = KPI_HEADER_ROWS + 1,
): KpiRecords {
  const byMonth = new Map<MonthKey, Map<string, ChannelMonthRecord>>();
  const cellProblems: CellProblem[] = [];
  const countProblems: CountProblem[] = [];
  const unreadableMonthRows: KpiRecords['unreadableMonthRows'] = [];
  const rowsWithoutChannel: KpiRecords['rowsWithoutChannel'] = [];
  const monthColumn = kpiColumnIndex('month');
  const channelColumn = kpiColumnIndex('channel');
  const targetColumn = kpiColumnIndex('target_cpl');

  rows.forEach((cells, index) => {
    const sheetRow = firstSheetRow + index;
    const month = monthFromCell(cells[monthColumn]);
    const channel = String(cells[channelColumn] ?? '').trim();
    const inputs = emptyChannelInputs();
    const plan: ChannelPlan = nothingEntered(KPI_PLAN_KEYS);
    const problems: { column: KpiInputKey | KpiPlanKey; kind: CellProblemKind; value: string }[] = [];
    const read = <Key extends KpiInputKey | KpiPlanKey>(into: Record<Key, number | null>, keys: readonly Key[]) => {
      for (const key of keys) {
        const cell = cells[kpiColumnIndex(key)];
        const reading = readInputCell(cell);
        into[key] = reading.number;
        if (reading.problem) problems.push({ column: key, kind: reading.problem, value: cellText(cell) });
      }
    };
    read(inputs, KPI_INPUT_KEYS);
    read(plan, KPI_PLAN_KEYS);
    const holdsFigures = hasAnyInput(inputs) || problems.length > 0;
    if (month === null) {
      if (holdsFigures) unreadableMonthRows.push({ sheetRow, value: cellText(cells[monthColumn]) });
      return;
    }
    if (channel === '') {
      if (holdsFigures) rowsWithoutChannel.push({ sheetRow, month });
      return;
    }
    for (const problem of problems) cellProblems.push({ ...problem, sheetRow, month, channel });
    for (const column of KPI_COUNT_KEYS) {
      const value = inputs[column];
      if (value !== null && !isWholeCount(value))
        countProblems.push({ kind: 'count_not_whole', sheetRow, month, channel, column, value });
    }
    if (qualifiedAboveLeads(inputs.qualified_leads, inputs.leads)) {
      countProblems.push({
        kind: 'qualified_above_leads',
        sheetRow,
        month,
        channel,
        qualified: inputs.qualified_leads ?? 0,
        leads: inputs.leads,
      });
    }

    const target = cells[targetColumn];
    const channels = byMonth.get(month) ?? new Map<string, ChannelMonthRecord>();
    byMonth.set(month, channels);
    const existing = channels.get(channelKey(channel));
    if (existing) {
      // A duplicate row of the same month and channel: the KPI tab keeps it, so its figures count too.
      addInto(existing.inputs, inputs, KPI_INPUT_KEYS);
      addInto(existing.plan, plan, KPI_PLAN_KEYS);
      existing.sheetRows.push(sheetRow);
    } else {
      channels.set(channelKey(channel), {
        month,
        channel,
        inputs,
        plan,
        targetCpl: typeof target === 'number' && target > 0 && Number.isFinite(target) ? target : null,
        sheetRows: [sheetRow],
      });
    }
  });

  return {
    byMonth,
    cellProblems,
    countProblems,
    unreadableMonthRows,
    rowsWithoutChannel,
    rowSpan: rows.length > 0 ? { first: firstSheetRow, last: firstSheetRow + rows.length - 1 } : null,
  };
}

/** Months that hold at least one figure, oldest first. */
export function monthsWithData(records: KpiRecords): MonthKey[] {
  return [...records.byMonth.entries()]
    .filter(([, channels]) => [...channels.values()].some((record) => hasAnyInput(record.inputs)))
    .map(([month]) => month)
    .sort();
}
