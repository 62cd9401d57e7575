/**
 * The KPI tab's next build as a write plan on the anchored table
 * (core/anchored): which rows to add, and for each column the add-on owns
 * what its cells should hold. A row is identified by its own key cells, the
 * month and the channel id (which travel with the row when people sort),
 * never by its position or its display name; input cells of existing rows
 * are never planned for writing.
 */
import { planRows, type RowPlan } from '../anchored/row-plan';
import type { CellNow, OwnedCell } from '../anchored/owned-cells';
import { translate } from '../i18n/catalog';
import { kpiMessages } from '../i18n/kpi-messages';
import { verdictMessages } from '../i18n/verdict-messages';
import { isBlank } from '../sheet-values';
import type { TemplateSettings } from '../../shared/template-settings';
import { channelTargetRomi } from './channel-target-romi';
import { KPI_COLUMNS, KPI_HEADER_ROWS, type KpiColumnKey } from './kpi-columns';
import { kpiRowFormulas, type KpiColumnPlaces } from './kpi-formulas';
import { monthFromCell, monthSerial, monthsOfYear, type MonthKey } from './month';

/** Text a build writes is always marked as text: `@habr`, `=x`, `10%`, `01/02/2025` stay what they say. */
export function asText(text: string): string {
  return `'${text}`;
}

/** A row as read, by column key (only the columns the plan looks at). */
export interface KpiRowRead {
  sheetRow: number;
  cells: Partial<Record<KpiColumnKey, CellNow>>;
}

export type KpiRowStatus = 'removed_channel' | 'duplicate_row' | 'unreadable_month';

export interface KpiTabPlan {
  rows: RowPlan;
  /** For every column the add-on owns (and the header of every column), the cells to keep right. */
  owned: Map<KpiColumnKey, OwnedCell[]>;
  /** Sheet rows of the table after the build, with their month and channel id (`null` for a person's row inside the table). */
  tableRows: { sheetRow: number; month: MonthKey | null; channelId: string; status: KpiRowStatus | null }[];
  /** Rows flagged in Status, by kind. */
  statusCounts: Record<KpiRowStatus, number>;
  channels: number;
  months: number;
}

export interface KpiTabPlanInput {
  settings: TemplateSettings;
  places: KpiColumnPlaces;
  /** The header row's cells as read (empty for a new tab). */
  header: KpiRowRead['cells'];
  rows: readonly KpiRowRead[];
  /** Channel names by id at the last build, to give a row of a tab built before anchoring its channel id. */
  previousNames: Readonly<Record<string, string>>;
  /** True on the first anchored build of a tab built before: rows get their channel id from their channel's name. */
  adoptingLegacyRows: boolean;
}

const nameKey = (name: string) => name.trim().toLowerCase();

function text(cell: CellNow | undefined): string {
  if (!cell || isBlank(cell.value)) return '';
  return String(cell.value).trim();
}

export function kpiRowKey(month: MonthKey, channelId: string): string {
  return `${month}|${channelId}`;
}

export function planKpiTab(input: KpiTabPlanInput): KpiTabPlan {
  const { settings, places, previousNames } = input;
  const lang = settings.sheetLang;
  const live = new Map(settings.channels.map((channel) => [channel.id, channel]));
  const idByName = new Map<string, string>();
  for (const [id, name] of Object.entries(previousNames)) if (live.has(id)) idByName.set(nameKey(name), id);
  for (const channel of settings.channels) idByName.set(nameKey(channel.name), channel.id);

  // Each row's identity from its key cells.
  const identities = input.rows.map((row) => {
    const month = monthFromCell(row.cells.month?.value);
    let channelId = text(row.cells.channel_id);
    let adopted = false;
    if (channelId === '' && input.adoptingLegacyRows && month !== null) {
      const channelText = text(row.cells.channel);
      if (channelText !== '') {
        channelId = idByName.get(nameKey(channelText)) ?? `legacy:${nameKey(channelText)}`;
        adopted = true;
      }
    }
    const key = channelId === '' ? null : month === null ? `?${row.sheetRow}` : kpiRowKey(month, channelId);
    return { row, month, channelId, adopted, key };
  });

  const wanted = monthsOfYear(settings.year).flatMap((month) =>
    settings.channels.map((channel) => kpiRowKey(month, channel.id)),
  );
  const rowPlan = planRows(
    identities.map(({ row, key }) => ({ sheetRow: row.sheetRow, key })),
    KPI_HEADER_ROWS,
    wanted,
  );
  const duplicates = new Set(rowPlan.duplicateRows);

  const owned = new Map<KpiColumnKey, OwnedCell[]>(KPI_COLUMNS.map((column) => [column.key, []]));
  const put = (key: KpiColumnKey, cell: OwnedCell) => owned.get(key)?.push(cell);

  // The header is the add-on's in every column, in the template's language.
  for (const column of KPI_COLUMNS)
    put(column.key, {
      sheetRow: KPI_HEADER_ROWS,
      now: input.header[column.key] ?? null,
      want: asText(translate(kpiMessages, lang, `col_${column.key}`)),
    });

  const statusCounts: Record<KpiRowStatus, number> = { removed_channel: 0, duplicate_row: 0, unreadable_month: 0 };
  const tableRows: KpiTabPlan['tableRows'] = [];
  const labels = verdictMessages[lang];

  const planRow = (
    sheetRow: number,
    month: MonthKey | null,
    channelId: string,
    cells: KpiRowRead['cells'] | null,
    status: KpiRowStatus | null,
  ) => {
    const channel = live.get(channelId);
    const formulas = kpiRowFormulas(places, sheetRow, {
      minLeads: settings.minLeads,
      targetRomi: channelTargetRomi(settings, channel),
      settingsTargetCpl: channel?.targetCpl ?? null,
      verdictLabels: labels,
    });
    for (const [key, formula] of Object.entries(formulas) as [KpiColumnKey, string][])
      put(key, { sheetRow, now: cells?.[key] ?? null, want: formula });
    if (channel) put('channel', { sheetRow, now: cells?.channel ?? null, want: asText(channel.name) });
    put('status', {
      sheetRow,
      now: cells?.status ?? null,
      want: status === null ? '' : asText(translate(kpiMessages, lang, `status_${status}`)),
    });
    if (status) statusCounts[status] += 1;
    tableRows.push({ sheetRow, month, channelId, status });
  };

  for (const { row, month, channelId, adopted, key } of identities) {
    if (key === null) continue;
    const status: KpiRowStatus | null =
      month === null
        ? 'unreadable_month'
        : duplicates.has(row.sheetRow)
          ? 'duplicate_row'
          : live.has(channelId)
            ? null
            : 'removed_channel';
    if (adopted)
      put('channel_id', { sheetRow: row.sheetRow, now: row.cells.channel_id ?? null, want: asText(channelId) });
    planRow(row.sheetRow, month, channelId, row.cells, status);
  }
  for (const { key, sheetRow } of rowPlan.added) {
    const [month = '', channelId = ''] = key.split('|');
    put('month', { sheetRow, now: null, want: monthSerial(month) });
    put('channel_id', { sheetRow, now: null, want: asText(channelId) });
    planRow(sheetRow, month, channelId, null, null);
  }
  tableRows.sort((a, b) => a.sheetRow - b.sheetRow);

  return {
    rows: rowPlan,
    owned,
    tableRows,
    statusCounts,
    channels: settings.channels.length,
    months: new Set(tableRows.flatMap((row) => (row.month ? [row.month] : []))).size,
  };
}
