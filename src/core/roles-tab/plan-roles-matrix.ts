/**
 * Plans the Roles tab's matrix from the team and what the tab holds now. The
 * rule that matters: every letter a user set survives a rebuild, and nothing
 * is deleted silently.
 *
 * - Rows are the twelve directions, recognised by their name in either
 *   language (so switching the template's language keeps them). A row the
 *   add-on does not recognise but that holds anything (a direction the team
 *   added, a label a user edited) is kept after the twelve, and checked.
 * - Columns are matched by name: the team's current names, and the names the
 *   last build wrote (so a renamed role keeps its column). A matched column
 *   keeps every cell as it is, blanks included.
 * - A new column starts from letters: its role's letters in the tab when the
 *   user switched between roles and people, else the default matrix for a
 *   default role, else blank. It never brings a second A into a direction.
 * - A column that matches nobody in the team but holds letters (a removed
 *   role, a column a user inserted) is kept, after the team's columns, and
 *   still counted — flagged, never dropped.
 * - Cells around the block (a comment column to the right, notes below) are
 *   carried along so the growing matrix never writes over them.
 */
import { asPlainText } from '../text-safety';
import { cellToRewrite } from '../sheet-cells';
import { isBlank, type SheetsScalar } from '../sheet-values';
import type { Lang } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import {
  DEFAULT_ASSIGNMENTS,
  DEFAULT_ROLES,
  DIRECTIONS,
  formatRaciCell,
  raciCell,
  readRaciCell,
  type DirectionId,
  type RaciLetter,
  type RoleId,
} from '../raci';
import type { MatrixColumnMode, TeamSettings } from '../../shared/team-settings';
import type { BuiltColumn, BuiltRolesLayout } from './built-layout';
import { columnKind, modeColumnKind, teamColumns, type TeamColumn } from './matrix-columns';
import { EMPTY_REGION, cellText, findRolesTabStructure, nameKey, type RolesTabStructure, type SheetRegion } from './read-roles-tab';
import { LABEL_COLUMN, ROLES_TAIL_LENGTH, rolesTabPositions, type RolesTabPositions } from './roles-tab-layout';

export interface PlannedRolesRow {
  /** `null` for a row a user added (kept with its label). */
  directionId: DirectionId | null;
  /** What column A shows: the direction's name in the template's language, or the user's label as it was. */
  label: SheetsScalar;
  /** The label as plain text, for messages. */
  name: string;
}

/** Where a column's cells came from. */
export type ColumnOrigin = 'sheet' | 'switched' | 'defaults' | 'blank';

export interface PlannedRolesColumn extends BuiltColumn {
  /** The header cell to write: the name made safe, or the user's header as it was. */
  header: SheetsScalar;
  origin: ColumnOrigin;
}

/** A cell outside the matrix that is not the add-on's, and where it goes (0-based, in the new grid). */
export interface CarriedCell {
  row: number;
  column: number;
  value: SheetsScalar;
}

export interface RolesMatrixPlan {
  mode: MatrixColumnMode;
  rows: PlannedRolesRow[];
  columns: PlannedRolesColumn[];
  /** rows × columns: letters, or a user's cell as it was (text made safe, a formula kept). */
  cells: SheetsScalar[][];
  positions: RolesTabPositions;
  carried: CarriedCell[];
  /** The region the tab used before (0 × 0 for a new tab), so its leftovers are cleared. */
  previousExtent: { rows: number; columns: number };
  /** Where the tab's parts were before this build (`null` for a new tab), so its old drop-downs and rules are replaced. */
  previousStructure: RolesTabStructure | null;
  /** Columns switched between roles and people since the last build. */
  switchedMode: boolean;
}

export type RolesMatrixPlanResult = { ok: true; plan: RolesMatrixPlan } | { ok: false; reason: 'foreign_tab' };

export interface RolesMatrixInput {
  team: TeamSettings;
  /** The template's language: direction names are written in it. */
  lang: Lang;
  /** The tab's region from A1, or `null` when there is no Roles tab yet. */
  existing: SheetRegion | null;
  previous: BuiltRolesLayout | null;
}

/** An existing column of the matrix, read. */
interface OldColumn {
  column: number;
  /** The header to write back (a user's text made safe). */
  header: SheetsScalar;
  headerText: string;
  /** Who it was at the last build, found by its header. */
  built: BuiltColumn | null;
  /** Any cell of the matrix's rows holds something. */
  hasContent: boolean;
  /** Every cell is blank or R/A/C/I, so its letters can move to another column without losing anything. */
  readable: boolean;
  /** Its header is one the last build wrote (a header alone then is ours, not the user's). */
  oursHeader: boolean;
}

const DIRECTION_BY_NAME: ReadonlyMap<string, DirectionId> = new Map(
  DIRECTIONS.flatMap((direction) => LANGS.map((lang) => [direction.name[lang].toLowerCase(), direction.id] as const)),
);

export function planRolesMatrix({ team, lang, existing, previous }: RolesMatrixInput): RolesMatrixPlanResult {
  const region = existing ?? EMPTY_REGION;
  const structure = existing ? findRolesTabStructure(existing) : null;
  // A tab of that name the add-on did not make: its content is someone's, so it is not ours to rearrange.
  if (existing && !structure && regionHasContent(existing)) return { ok: false, reason: 'foreign_tab' };

  const read = tabReader(region);
  const oldRows = structure ? rangeOf(1, structure.loadRow) : [];
  const oldColumns = structure ? rangeOf(1, structure.checkColumn) : [];

  // Rows: the twelve directions by name, then anything else that holds something.
  const rowOfDirection = new Map<DirectionId, number>();
  const customRows: number[] = [];
  for (const row of oldRows) {
    const direction = DIRECTION_BY_NAME.get(nameKey(read.value(row, LABEL_COLUMN)));
    if (direction && !rowOfDirection.has(direction)) rowOfDirection.set(direction, row);
    else if (matrixRowHasContent(region, row, structure?.checkColumn ?? 0)) customRows.push(row);
  }
  const rows: (PlannedRolesRow & { oldRow: number | null })[] = [
    ...DIRECTIONS.map((direction) => ({
      directionId: direction.id,
      label: direction.name[lang],
      name: direction.name[lang],
      oldRow: rowOfDirection.get(direction.id) ?? null,
    })),
    ...customRows.map((row) => ({ directionId: null, label: read.rewrite(row, LABEL_COLUMN), name: cellText(read.value(row, LABEL_COLUMN)), oldRow: row })),
  ];

  // Columns: the team's, matched by current or last-built name; the rest read for what they hold.
  const wanted = teamColumns(team);
  const columnOfWanted = matchColumnsByName(wanted, oldColumns, read, previous);
  const claimed = new Set(columnOfWanted.values());
  const liveIds = new Set(wanted.map((column) => column.id));
  const builtByName = new Map((previous?.columns ?? []).map((built) => [built.name.trim().toLowerCase(), built] as const));
  const unclaimed: OldColumn[] = oldColumns
    .filter((column) => !claimed.has(column))
    .map((column) => {
      const header = read.value(0, column);
      const built = builtByName.get(nameKey(header)) ?? null;
      const cells = oldRows.map((row) => read.value(row, column));
      return {
        column,
        header: read.rewrite(0, column),
        headerText: cellText(header),
        built,
        hasContent: cells.some((cell) => cellText(cell) !== ''),
        readable: cells.every((cell) => readRaciCell(cell).ok),
        oursHeader: built !== null,
      };
    });

  // Letters that move when the user switched between roles and people.
  const currentKind = modeColumnKind(team.matrixColumns);
  const switchSources = unclaimed.filter((old) => old.readable && old.built?.id && columnKind(old.built.id) !== currentKind && old.built.roleId);
  const consumed = new Set<number>();
  const sourcesFor = (wantedColumn: TeamColumn): OldColumn[] => {
    // A person's column gets their role's column; a role's column gets the columns of its people.
    const sources = switchSources.filter((old) => old.built?.roleId === wantedColumn.roleId);
    sources.forEach((old) => consumed.add(old.column));
    return sources;
  };

  const planned: (PlannedRolesColumn & { oldColumn: number | null; seed: ((row: (typeof rows)[number]) => RaciLetter[]) | null })[] = wanted.map(
    (column) => {
      const oldColumn = columnOfWanted.get(column.id) ?? null;
      const base = { id: column.id, name: column.name, roleId: column.roleId, kept: false, header: asPlainText(column.name) };
      if (oldColumn !== null) return { ...base, origin: 'sheet', oldColumn, seed: null };
      const sources = sourcesFor(column);
      if (sources.length > 0) {
        const seed = (row: (typeof rows)[number]) =>
          row.oldRow === null ? [] : sources.flatMap((old) => lettersOf(read.value(row.oldRow as number, old.column)));
        return { ...base, origin: 'switched', oldColumn: null, seed };
      }
      const defaults = isDefaultRole(column.roleId) ? DEFAULT_ASSIGNMENTS : null;
      const seed = (row: (typeof rows)[number]) =>
        defaults && row.directionId ? [...(defaults[row.directionId][column.roleId as RoleId] ?? [])] : [];
      return { ...base, origin: defaults ? 'defaults' : 'blank', oldColumn: null, seed };
    },
  );
  const kept = unclaimed
    .filter((old) => !consumed.has(old.column) && (old.hasContent || (!old.oursHeader && old.headerText !== '')))
    .map((old) => ({
      // A second column with a live column's name is not that role: it keeps no id.
      id: old.built?.id && !liveIds.has(old.built.id) ? old.built.id : null,
      name: old.headerText,
      roleId: old.built?.roleId ?? null,
      kept: true,
      header: old.header,
      origin: 'sheet' as const,
      oldColumn: old.column,
      seed: null,
    }));
  const columns = [...planned, ...kept];

  const cells = rows.map((row) => {
    // Columns carried from the sheet first, so a new column knows whether the direction already has its A.
    const rowCells: SheetsScalar[] = columns.map((column) =>
      column.oldColumn !== null && row.oldRow !== null ? read.rewrite(row.oldRow, column.oldColumn) : '',
    );
    let hasAccountable = rowCells.some((cell) => lettersOf(cell).includes('A'));
    columns.forEach((column, index) => {
      if (!column.seed) return;
      let letters = raciCell(...column.seed(row));
      if (letters.includes('A')) {
        if (hasAccountable) letters = letters.filter((letter) => letter !== 'A');
        hasAccountable = true;
      }
      rowCells[index] = formatRaciCell(letters);
    });
    return rowCells;
  });

  const positions = rolesTabPositions(rows.length, columns.length);
  return {
    ok: true,
    plan: {
      mode: team.matrixColumns,
      rows: rows.map(({ directionId, label, name }) => ({ directionId, label, name })),
      columns: columns.map(({ id, name, roleId, kept: isKept, header, origin }) => ({ id, name, roleId, kept: isKept, header, origin })),
      cells,
      positions,
      carried: structure ? carriedCells(region, structure, positions, rows) : [],
      previousExtent: { rows: region.values.length, columns: region.values.reduce((widest, row) => Math.max(widest, row.length), 0) },
      previousStructure: structure,
      switchedMode: previous !== null && previous.mode !== team.matrixColumns,
    },
  };
}

/** What the next build needs to follow renames: the columns as written. */
export function builtLayoutOf(plan: RolesMatrixPlan): BuiltRolesLayout {
  return { mode: plan.mode, columns: plan.columns.map(({ id, name, roleId, kept }) => ({ id, name, roleId, kept })) };
}

function matchColumnsByName(
  wanted: readonly TeamColumn[],
  oldColumns: readonly number[],
  read: TabReader,
  previous: BuiltRolesLayout | null,
): Map<string, number> {
  const live = new Set(wanted.map((column) => column.id));
  const idByName = new Map<string, string>();
  // Names of the last build first, so a current name wins when a role took another's old name.
  for (const built of previous?.columns ?? []) {
    if (built.id && live.has(built.id)) idByName.set(built.name.trim().toLowerCase(), built.id);
  }
  for (const column of wanted) idByName.set(column.name.trim().toLowerCase(), column.id);
  const columnOf = new Map<string, number>();
  for (const column of oldColumns) {
    const id = idByName.get(nameKey(read.value(0, column)));
    if (id && !columnOf.has(id)) columnOf.set(id, column);
  }
  return columnOf;
}

/**
 * Cells that are not the add-on's: right of the old Check column (they move
 * with their row, and right when the matrix grows, never left, so nothing
 * lands on them), free cells among the tail's rows, and rows below the block.
 */
function carriedCells(
  region: SheetRegion,
  old: RolesTabStructure,
  positions: RolesTabPositions,
  rows: readonly { oldRow: number | null }[],
): CarriedCell[] {
  const read = tabReader(region);
  const carried: CarriedCell[] = [];
  const newRowOf = new Map<number, number>([[0, 0]]);
  rows.forEach((row, index) => {
    if (row.oldRow !== null) newRowOf.set(row.oldRow, 1 + index);
  });
  for (let offset = 0; offset < ROLES_TAIL_LENGTH; offset++) newRowOf.set(old.loadRow + offset, positions.loadRow + offset);

  const extrasStart = Math.max(positions.checkColumn, old.checkColumn) + 1;
  const shift = extrasStart - (old.checkColumn + 1);
  const belowStart = Math.max(positions.blockEnd, old.blockEnd) + 1;
  for (let row = 0; row < region.values.length; row++) {
    const width = region.values[row]?.length ?? 0;
    const keep = (column: number, to: { row: number; column: number }) => {
      if (!isBlank(read.value(row, column))) carried.push({ ...to, value: read.rewrite(row, column) });
    };
    if (row > old.blockEnd) {
      for (let column = 0; column < width; column++) keep(column, { row: belowStart + row - old.blockEnd - 1, column });
      continue;
    }
    const newRow = newRowOf.get(row);
    // A matrix row that has no new row held nothing (rows with content are kept), so it has nothing to carry.
    if (newRow === undefined) continue;
    for (let column = old.checkColumn + 1; column < width; column++) keep(column, { row: newRow, column: column + shift });
    // The tail's rows use columns A and B (and the load row the matrix's width): the cells beside them are the user's.
    if (row > old.loadRow) {
      for (let column = 2; column <= old.checkColumn && column < width; column++) keep(column, { row: newRow, column });
    }
  }
  return carried;
}

interface TabReader {
  value(row: number, column: number): SheetsScalar;
  /** The cell as it should be written back: its formula, or its value with text made safe. */
  rewrite(row: number, column: number): SheetsScalar;
}

function tabReader(region: SheetRegion): TabReader {
  return {
    value: (row, column) => region.values[row]?.[column] ?? '',
    rewrite: (row, column) => cellToRewrite(region.values[row]?.[column] ?? '', region.formulas[row]?.[column] || undefined),
  };
}

/** Anything in a matrix row but the Check column's output (which is the add-on's). */
function matrixRowHasContent(region: SheetRegion, row: number, checkColumn: number): boolean {
  return (region.values[row] ?? []).some((cell, column) => column !== checkColumn && cellText(cell) !== '');
}

function regionHasContent(region: SheetRegion): boolean {
  return region.values.some((row) => row.some((cell) => cellText(cell) !== ''));
}

/** The letters a cell holds; nothing for a cell that is not R/A/C/I (it is kept where it is, not copied). */
function lettersOf(value: SheetsScalar): RaciLetter[] {
  const reading = readRaciCell(value);
  return reading.ok ? [...reading.cell] : [];
}

const DEFAULT_ROLE_IDS: ReadonlySet<string> = new Set(DEFAULT_ROLES.map((role) => role.id));

function isDefaultRole(roleId: string): roleId is RoleId {
  return DEFAULT_ROLE_IDS.has(roleId);
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}
