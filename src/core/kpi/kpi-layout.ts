/**
 * Plans the KPI table's rows from the settings and what the tab already
 * holds. The rule that matters: every value a user typed survives a rebuild.
 * Rows are matched by month and channel (following renames through the
 * channel's stable id); rows that no longer fit the settings but hold data
 * are kept and flagged, never deleted.
 */
import { channelTargetRomi, type TemplateSettings } from '../../shared/template-settings';
import { isBlank, type SheetsScalar } from '../sheet-values';
import { KPI_COLUMNS, KPI_INPUT_KEYS, kpiColumnIndex, type KpiInputKey } from './kpi-columns';
import { monthFromCell, monthsOfYear, type MonthKey } from './month';

export type KpiInputs = Record<KpiInputKey, SheetsScalar>;

export type KpiRowNote = 'removed_channel' | 'duplicate_row' | 'unreadable_month';

export interface PlannedKpiRow {
  /** `null` for a kept row whose Month cell is not a month. */
  month: MonthKey | null;
  /** The Month cell as it was, for a row whose month could not be read. */
  monthCell: SheetsScalar;
  channelId: string | null;
  channelName: string;
  targetCpl: number | null;
  /** The ROMI the row's verdict is judged by: the channel's own, else the department's. */
  targetRomi: number;
  inputs: KpiInputs;
  /** Cells to the right of the table, carried with their row. */
  extras: SheetsScalar[];
  note: KpiRowNote | null;
}

export interface KpiPlan {
  rows: PlannedKpiRow[];
  /** Kept rows that hold data but match no channel of the settings. */
  keptRows: number;
  /** How many channel rows of the settings the plan has per month. */
  channels: number;
  months: number;
}

/** A row of the existing tab, read leniently: nothing in it is thrown away. */
interface ExistingRow {
  month: MonthKey | null;
  monthCell: SheetsScalar;
  channelText: string;
  inputs: KpiInputs;
  extras: SheetsScalar[];
  hasData: boolean;
}

export function emptyInputs(): KpiInputs {
  return { spend: '', staff_cost: '', leads: '', qualified_leads: '', customers: '', revenue: '' };
}

function readExistingRow(cells: readonly SheetsScalar[]): ExistingRow {
  const inputs = emptyInputs();
  for (const key of KPI_INPUT_KEYS) inputs[key] = cells[kpiColumnIndex(key)] ?? '';
  const extras = cells.slice(KPI_COLUMNS.length);
  const monthCell = cells[kpiColumnIndex('month')] ?? '';
  return {
    month: monthFromCell(monthCell),
    monthCell,
    channelText: String(cells[kpiColumnIndex('channel')] ?? '').trim(),
    inputs,
    extras,
    hasData: KPI_INPUT_KEYS.some((key) => !isBlank(inputs[key])) || extras.some((cell) => !isBlank(cell)),
  };
}

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * @param existing the tab's data rows (below the header), as getValues gives them
 * @param previousNames the channel names of the last build, by channel id, so renames are followed
 */
export function planKpiRows(
  settings: TemplateSettings,
  existing: readonly (readonly SheetsScalar[])[],
  previousNames: Readonly<Record<string, string>> = {},
): KpiPlan {
  const channelIdByName = new Map<string, string>();
  const liveIds = new Set(settings.channels.map((channel) => channel.id));
  for (const [id, name] of Object.entries(previousNames)) if (liveIds.has(id)) channelIdByName.set(nameKey(name), id);
  for (const channel of settings.channels) channelIdByName.set(nameKey(channel.name), channel.id);

  const matched = new Map<string, ExistingRow>();
  const keptByMonth = new Map<MonthKey, { row: ExistingRow; note: KpiRowNote }[]>();
  const unreadableMonthRows: ExistingRow[] = [];
  const months = new Set(monthsOfYear(settings.year));

  for (const cells of existing) {
    const row = readExistingRow(cells);
    if (row.month === null) {
      if (row.hasData) unreadableMonthRows.push(row);
      continue;
    }
    const channelId = channelIdByName.get(nameKey(row.channelText));
    const key = `${row.month}|${channelId ?? ''}`;
    if (channelId !== undefined && !matched.has(key)) {
      matched.set(key, row);
      if (row.hasData) months.add(row.month);
    } else if (row.hasData) {
      const kept = keptByMonth.get(row.month) ?? [];
      kept.push({ row, note: channelId === undefined ? 'removed_channel' : 'duplicate_row' });
      keptByMonth.set(row.month, kept);
      months.add(row.month);
    }
  }

  const rows: PlannedKpiRow[] = [];
  let keptRows = 0;
  for (const month of [...months].sort()) {
    for (const channel of settings.channels) {
      const row = matched.get(`${month}|${channel.id}`);
      rows.push({
        month,
        monthCell: month,
        channelId: channel.id,
        channelName: channel.name,
        targetCpl: channel.targetCpl,
        targetRomi: channelTargetRomi(settings, channel),
        inputs: row ? row.inputs : emptyInputs(),
        extras: row ? row.extras : [],
        note: null,
      });
    }
    for (const { row, note } of keptByMonth.get(month) ?? []) {
      rows.push(keptRow(row, month, note, settings.targetRomi));
      keptRows += 1;
    }
  }
  for (const row of unreadableMonthRows) {
    rows.push(keptRow(row, null, 'unreadable_month', settings.targetRomi));
    keptRows += 1;
  }
  return { rows, keptRows, channels: settings.channels.length, months: months.size };
}

/** A kept row belongs to no channel of the settings: it is judged by the department's targets. */
function keptRow(row: ExistingRow, month: MonthKey | null, note: KpiRowNote, targetRomi: number): PlannedKpiRow {
  return {
    month,
    monthCell: row.monthCell,
    channelId: null,
    channelName: row.channelText,
    targetCpl: null,
    targetRomi,
    inputs: row.inputs,
    extras: row.extras,
    note,
  };
}
