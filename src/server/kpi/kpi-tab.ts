/**
 * Builds or updates the KPI tab in place (the anchored write model of
 * core/anchored): find the tab and its columns by developer metadata, read
 * it once, plan in core which rows to add and which of the add-on's own
 * cells to refresh, write only those, then read again and compare every
 * cell of a person's with what it held before.
 */
import { columnAfterInsert, layoutVersion, placeColumns, placeNewerColumns } from '../../core/anchored/column-plan';
import { changedCells, type CellPlace } from '../../core/anchored/kept-check';
import { planColumnWrites, type CellNow, type OwnedCell } from '../../core/anchored/owned-cells';
import { rowAfterInsert } from '../../core/anchored/row-plan';
import { isOwnedRole, type AnchoredColumnRole } from '../../core/anchored/anchored-layout';
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import {
  KPI_COLUMNS,
  KPI_HEADER_ROWS,
  KPI_INPUT_KEYS,
  KPI_PLAN_KEYS,
  KPI_TAB_NAME,
  type KpiColumnKey,
} from '../../core/kpi/kpi-columns';
import { monthFromCell } from '../../core/kpi/month';
import { planKpiTab, type KpiRowRead, type KpiTabPlan } from '../../core/kpi/kpi-tab-plan';
import type { SheetsScalar } from '../../core/sheet-values';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import type { TemplateSettings } from '../../shared/template-settings';
import { anchorColumn, anchorSheet, ensureColumns, recordLayoutVersion } from '../anchored/anchored-sheet';
import { readTableGrid, writeColumnRuns, type TableGrid } from '../anchored/table-grid';
import { readBuiltChannelNames } from '../settings-store';
import { datesAsSerials } from '../spreadsheet-dates';
import { UserFacingError } from '../user-facing-error';
import { KPI_ANCHORS, locateKpiTab, newerColumns, requireEveryColumn, type KpiTabLocation } from './kpi-tab-location';
import { styleKpiTab } from './kpi-sheet-writer';

export { findKpiSheet } from './kpi-tab-location';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SPARE_COLUMNS = 4;

export interface KpiBuildOptions {
  /** Fill the empty input cells of the settings' year with sample figures (these values, by `month|channelId`). */
  sample?: ReadonlyMap<string, Record<string, SheetsScalar>>;
  /** Add lost columns back at the end (and the header row above the table) instead of stopping. */
  restore?: boolean;
}

export interface KpiTabResult {
  created: boolean;
  plan: KpiTabPlan;
  /** Cells of a person's that differ after the build from before it (a teammate typed meanwhile). */
  changed: CellPlace[];
  /** Cells of formula columns holding a person's typed value, kept. */
  keptTyped: CellPlace[];
  /** Columns added back or adopted at the end this build, by key. */
  addedColumns: KpiColumnKey[];
  /** Columns of a later layout added beside the others to a tab built before them. */
  upgradedColumns: KpiColumnKey[];
  /** Rows sample data filled (some of their input cells). */
  sampleRows: number;
  /** The header row was put back above the table. */
  restoredHeader: boolean;
}

function roleOf(key: string): AnchoredColumnRole | undefined {
  return KPI_COLUMNS.find((column) => column.key === key)?.role;
}

function cellNow(grid: TableGrid, row: number, column: number | undefined): CellNow | undefined {
  if (column === undefined) return undefined;
  const r = row - grid.firstRow;
  if (r < 0 || r >= grid.values.length || column > grid.lastColumn) return undefined;
  return { value: grid.values[r]?.[column - 1] ?? '', formula: grid.formulas[r]?.[column - 1] ?? '' };
}

/** The header is gone when the first row holds a month where the header's Month label should be. */
function headerMissing(grid: TableGrid, places: ReadonlyMap<KpiColumnKey, number>): boolean {
  const column = places.get('month');
  return column !== undefined && grid.lastRow >= 1 && monthFromCell(grid.values[0]?.[column - 1]) !== null;
}

/** The tab to build into: located, or new (anchored from its first build). */
function tabToBuild(lang: Lang, restore: boolean): { location: KpiTabLocation; created: boolean } {
  const located = locateKpiTab(lang);
  if (located) {
    if (!restore) requireEveryColumn(located, lang);
    return { location: located, created: false };
  }
  const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet(KPI_TAB_NAME);
  return { location: { sheet, places: new Map(), anchored: false, layoutVersion: 1 }, created: true };
}

/**
 * @param policy how the tab's protections are made (see core/sharing/protection-policy.ts)
 * @param lang the language of the messages of a refusal
 */
export function buildKpiTab(
  settings: TemplateSettings,
  policy: ProtectionPolicy,
  lang: Lang,
  options: KpiBuildOptions = {},
): KpiTabResult {
  const { location, created } = tabToBuild(lang, options.restore === true);
  const sheet = location.sheet;
  let grid = readTableGrid(sheet);
  let restoredHeader = false;
  // What the earlier version's tab lacks by design goes right of our last column, a person's columns moving along.
  const upgrade = placeNewerColumns(newerColumns(location), location.places);
  const inserted = upgrade.added.length > 0 && grid.lastColumn > upgrade.insertAfter ? upgrade.added.length : 0;
  const movedColumn = (column: number) => columnAfterInsert(upgrade.insertAfter, inserted, column);
  if (upgrade.added.length > 0) {
    if (inserted > 0) sheet.insertColumnsAfter(upgrade.insertAfter, inserted);
    else ensureColumns(sheet, upgrade.insertAfter + upgrade.added.length);
    for (const { key, column } of upgrade.added) {
      anchorColumn(sheet, column, KPI_ANCHORS, key);
      location.places.set(key, column);
    }
  }
  if (!created && headerMissing(grid, location.places)) {
    if (!options.restore) throw new UserFacingError(translate(kpiMessages, lang, 'missing_header'));
    sheet.insertRowsBefore(1, 1);
    restoredHeader = true;
    grid = readTableGrid(sheet);
  }

  // Metadata first: a tab built before anchoring is anchored by the header it was checked by.
  if (!location.anchored) {
    anchorSheet(sheet, KPI_ANCHORS);
    for (const [key, column] of location.places) anchorColumn(sheet, column, KPI_ANCHORS, key);
  }
  const placement = placeColumns(KPI_COLUMNS, location.places, created ? 0 : grid.lastColumn + inserted);
  const fresh = new Set<KpiColumnKey>([...placement.added, ...upgrade.added].map((added) => added.key));
  const places = placement.columnOf as Map<KpiColumnKey, number>;
  if (placement.added.length > 0) {
    // A new tab keeps a few empty columns right of the table for the team's own (a new sheet has 26, the table as many).
    ensureColumns(sheet, Math.max(...placement.added.map((added) => added.column)) + (created ? SPARE_COLUMNS : 0));
    for (const { key, column } of placement.added) anchorColumn(sheet, column, KPI_ANCHORS, key);
  }

  // Months as the serials the cells hold, on the spreadsheet's clock (a Date read on the script's may be the day before).
  const monthColumn = places.get('month') ?? 1;
  const keyValues = datesAsSerials(
    grid.values.map((row) => [...row]),
    monthColumn - 1,
    sheet.getParent(),
  );
  const keyed: TableGrid = { ...grid, values: keyValues };
  const rowsRead: KpiRowRead[] = [];
  for (let row = KPI_HEADER_ROWS + 1; row <= grid.lastRow; row++) {
    const cells: KpiRowRead['cells'] = {};
    for (const [key, column] of places) {
      const cell = fresh.has(key) ? undefined : cellNow(keyed, row, column);
      if (cell) cells[key] = cell;
    }
    rowsRead.push({ sheetRow: row, cells });
  }
  const header: KpiRowRead['cells'] = {};
  for (const [key, column] of places) {
    const cell = cellNow(grid, KPI_HEADER_ROWS, column);
    if (cell && !fresh.has(key)) header[key] = cell;
  }
  const plan = planKpiTab({
    settings,
    places,
    header,
    rows: rowsRead,
    previousNames: readBuiltChannelNames(),
    adoptingLegacyRows: !location.anchored && !created,
  });

  makeRoomForRows(sheet, plan, grid);
  // Formats before values: a cell still plain text (`@`) would keep a formula written into it as its text.
  styleKpiTab(sheet, settings, plan, places, { created, addedColumns: [...fresh], policy });

  const keptTyped: CellPlace[] = [];
  // The rows being added are new and empty: their cells go in one block (one recalculation), inputs blank.
  const added = plan.rows.added;
  const firstAdded = plan.rows.lastTableRow + 1;
  const left = Math.min(...places.values());
  const block: SheetsScalar[][] = added.map(() =>
    new Array<SheetsScalar>(Math.max(...places.values()) - left + 1).fill(''),
  );
  // A new tab has nothing of anyone's in its header row: one write for it too.
  const headerRow: SheetsScalar[] | null = created
    ? new Array<SheetsScalar>(Math.max(...places.values()) - left + 1).fill('')
    : null;
  for (const [key, cells] of plan.owned) {
    const column = places.get(key);
    const role = roleOf(key);
    if (column === undefined || role === undefined) continue;
    // The header is the add-on's in every column; an input column has no other cell of the add-on's.
    const header = cells.filter((cell) => cell.sheetRow === KPI_HEADER_ROWS);
    if (headerRow) headerRow[column - left] = header[0]?.want ?? '';
    else writeColumnRuns(sheet, column, planColumnWrites(header, false));
    if (!isOwnedRole(role)) continue;
    const existing: OwnedCell[] = [];
    for (const cell of cells) {
      if (cell.sheetRow === KPI_HEADER_ROWS) continue;
      const line = block[cell.sheetRow - firstAdded];
      if (cell.now === null && line && cell.want !== undefined) line[column - left] = cell.want;
      else existing.push(cell);
    }
    const writes = planColumnWrites(existing, role === 'formula');
    writeColumnRuns(sheet, column, writes);
    for (const row of writes.keptTyped) keptTyped.push({ row, column });
  }
  if (headerRow) sheet.getRange(KPI_HEADER_ROWS, left, 1, headerRow.length).setValues([headerRow]);
  if (block.length > 0) sheet.getRange(firstAdded, left, block.length, block[0]?.length ?? 1).setValues(block);

  const sampled = options.sample ? fillSample(sheet, plan, places, keyed, options.sample) : [];
  recordLayoutVersion(sheet, KPI_ANCHORS, layoutVersion(KPI_COLUMNS));

  const after = readTableGrid(sheet);
  const owned = new Set([...places].filter(([key]) => isOwnedRole(roleOf(key) ?? 'input')).map(([, column]) => column));
  const tableRows = new Set(plan.tableRows.map((row) => row.sheetRow));
  const kept = new Set(keptTyped.map((cell) => `${cell.row}|${cell.column}`));
  const filled = new Set(sampled.map((cell) => `${cell.row}|${cell.column}`));
  // Cells read before the build, judged where they are after it (rows and columns the build inserted moved them).
  const isPersons = (before: CellPlace) => {
    const row = rowAfterInsert(plan.rows, before.row);
    const column = movedColumn(before.column);
    if (filled.has(`${row}|${column}`)) return false;
    if (row === KPI_HEADER_ROWS) return ![...places.values()].includes(column);
    if (!tableRows.has(row) || !owned.has(column)) return true;
    return kept.has(`${row}|${column}`);
  };
  const changed = changedCells(
    grid,
    after,
    isPersons,
    (row) => rowAfterInsert(plan.rows, row),
    movedColumn,
    inserted > 0,
  );
  return {
    created,
    plan,
    changed,
    keptTyped,
    addedColumns: created ? [] : placement.added.map((added) => added.key),
    upgradedColumns: upgrade.added.map((added) => added.key),
    sampleRows: new Set(sampled.map((cell) => cell.row)).size,
    restoredHeader,
  };
}

/** New rows go right after the table, with Sheets' own insertion when anything lies below it, so references to those cells follow them. */
function makeRoomForRows(sheet: Sheet, plan: KpiTabPlan, grid: TableGrid): void {
  const adding = plan.rows.added.length;
  if (adding === 0) return;
  if (grid.lastRow > plan.rows.lastTableRow) {
    sheet.insertRowsAfter(plan.rows.lastTableRow, adding);
    return;
  }
  const max = sheet.getMaxRows();
  if (plan.rows.newLastTableRow > max) sheet.insertRowsAfter(max, plan.rows.newLastTableRow - max);
}

/** Sample figures into the input cells of the table's rows that are empty now; one write per run of empty cells. */
function fillSample(
  sheet: Sheet,
  plan: KpiTabPlan,
  places: ReadonlyMap<KpiColumnKey, number>,
  before: TableGrid,
  sample: ReadonlyMap<string, Record<string, SheetsScalar>>,
): CellPlace[] {
  const added = new Set(plan.rows.added.map((row) => row.sheetRow));
  const filled: CellPlace[] = [];
  for (const key of [...KPI_INPUT_KEYS, ...KPI_PLAN_KEYS]) {
    const column = places.get(key);
    if (column === undefined) continue;
    const cells: OwnedCell[] = [];
    for (const row of plan.tableRows) {
      if (row.month === null || row.status !== null) continue;
      const value = sample.get(`${row.month}|${row.channelId}`)?.[key];
      if (value === undefined) continue;
      const now = added.has(row.sheetRow) ? null : (cellNow(before, row.sheetRow, column) ?? null);
      const empty = now === null || (now.formula === '' && (now.value === '' || now.value === null));
      if (empty) {
        cells.push({ sheetRow: row.sheetRow, now: null, want: value });
        filled.push({ row: row.sheetRow, column });
      }
    }
    writeColumnRuns(sheet, column, planColumnWrites(cells, false));
  }
  return filled;
}
