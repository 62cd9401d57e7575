/**
 * The matrix's columns: the team's, in the team's order, then the columns
 * kept because they hold letters.
 *
 * - A team column is found in the tab by name: its current name, or the name
 *   the last build wrote (so a renamed role keeps its column). Found, it
 *   keeps every cell as it is, blanks included.
 * - Not found, it is new, and starts from letters: when the user switched
 *   between roles and people, from its role's column as the tab holds it
 *   (a person's column from their role's; a role's from its people's);
 *   else from the default matrix for a default role; else blank.
 * - A switch moves letters only where switching back gives every cell
 *   again: a role's column goes to its people (its A to the first of them,
 *   so the move makes no second A), and people's columns go back to their
 *   role only when they hold what such a move gave them. People of one role
 *   who hold different letters keep their columns as they are (named in
 *   `unmerged`), and the role's column starts empty: nothing is merged away.
 * - A column that matches nobody in the team but holds anything (a removed
 *   role, a column a user inserted) is kept — flagged, still counted, never
 *   dropped. A column the last build wrote that is now empty goes.
 */
import { asPlainText } from '../text-safety';
import type { SheetsScalar } from '../sheet-values';
import { DEFAULT_ROLES, readRaciCell, type RoleId } from '../raci';
import type { TeamSettings } from '../../shared/team-settings';
import type { BuiltColumn, BuiltRolesLayout } from './built-layout';
import { columnKind, modeColumnKind, personColumnId, teamColumns, type TeamColumn } from './matrix-columns';
import { cellText, nameKey, type RolesTabStructure } from './read-roles-tab';
import { indexesFrom, type TabReader } from './tab-reader';

/** Where a column's cells come from. */
export type ColumnSource =
  | { kind: 'sheet'; oldColumn: number }
  /** Letters gathered from the other kind's columns, after a switch between roles and people. */
  | { kind: 'switched'; oldColumns: number[] }
  | { kind: 'defaults'; roleId: RoleId }
  | { kind: 'blank' };

export type ColumnOrigin = ColumnSource['kind'];

export interface PlannedRolesColumn extends BuiltColumn {
  /** The header cell to write: the name made safe, or the user's header as it was. */
  header: SheetsScalar;
  origin: ColumnOrigin;
  /** The tab's columns (0-based) whose cells this one holds now: its own, or those it took letters from on a switch. */
  oldColumns: number[];
  /** Kept because a switch between roles and people could not move its letters (a role nobody has, people of one role who differ). */
  unmapped: boolean;
}

/** People of one role whose columns could not be gathered into the role's (they hold different letters). */
export interface UnmergedRole {
  roleName: string;
  people: string[];
  /** The directions (column A's text) where their letters differ. */
  directions: string[];
}

export interface PlannedColumns {
  columns: ColumnWithSource[];
  unmerged: UnmergedRole[];
}

export interface ColumnWithSource extends PlannedRolesColumn {
  source: ColumnSource;
}

/** An existing column of the matrix the team's columns did not claim, read. */
interface UnclaimedColumn {
  column: number;
  /** Who it was at the last build, found by its header. */
  built: BuiltColumn | null;
  headerText: string;
  hasContent: boolean;
  /** Every cell is blank or R/A/C/I, so its letters can move to another column without losing anything. */
  readable: boolean;
}

/**
 * @param anchoredIds for a tab whose columns carry developer metadata: each matrix column's id (by its
 *   0-based column in the region), so columns are found by identity; without it, by name (a tab built before anchoring)
 */
export function planColumns(
  team: TeamSettings,
  read: TabReader,
  structure: RolesTabStructure | null,
  previous: BuiltRolesLayout | null,
  anchoredIds: ReadonlyMap<number, string> | null = null,
): PlannedColumns {
  const oldRows = structure ? indexesFrom(1, structure.loadRow) : [];
  const oldColumns = structure ? indexesFrom(1, structure.checkColumn) : [];
  const wanted = teamColumns(team);
  const columnOfWanted = anchoredIds
    ? matchById(wanted, oldColumns, anchoredIds)
    : matchByName(wanted, oldColumns, read, previous);
  const claimed = new Set(columnOfWanted.values());
  const builtByName = new Map(
    (previous?.columns ?? []).map((built) => [built.name.trim().toLowerCase(), built] as const),
  );
  const builtOf = (column: number): BuiltColumn | null => {
    const id = anchoredIds?.get(column);
    if (id === undefined) return builtByName.get(nameKey(read.value(0, column))) ?? null;
    return { id, name: cellText(read.value(0, column)), roleId: roleIdOf(id, team, previous), kept: false };
  };
  const unclaimed: UnclaimedColumn[] = oldColumns
    .filter((column) => !claimed.has(column))
    .map((column) => {
      const cells = oldRows.map((row) => read.value(row, column));
      return {
        column,
        built: builtOf(column),
        headerText: cellText(read.value(0, column)),
        hasContent: cells.some((cell) => cellText(cell) !== ''),
        readable: cells.every((cell) => readRaciCell(cell).ok),
      };
    });

  const currentKind = modeColumnKind(team.matrixColumns);
  const otherKind = unclaimed.filter(
    (old) => old.readable && old.built?.id && old.built.roleId && columnKind(old.built.id) !== currentKind,
  );
  // Letters move only on the build that switches: a column kept from an earlier switch stays where it is.
  const switching = previous !== null && previous.mode !== team.matrixColumns;
  const switchSources = switching ? otherKind : [];
  const consumed = new Set<number>();
  const unmerged: UnmergedRole[] = [];
  const teamPart = wanted.map((column): ColumnWithSource => {
    const base = {
      id: column.id,
      name: column.name,
      roleId: column.roleId,
      kept: false,
      header: asPlainText(column.name),
      unmapped: false,
    };
    const oldColumn = columnOfWanted.get(column.id);
    if (oldColumn !== undefined)
      return { ...base, origin: 'sheet', oldColumns: [oldColumn], source: { kind: 'sheet', oldColumn } };
    const sources = switchSources.filter((old) => old.built?.roleId === column.roleId).map((old) => old.column);
    if (sources.length > 0 && currentKind === 'role') {
      const differing = rowsWherePeopleDiffer(read, sources, oldRows);
      if (differing.length > 0) {
        unmerged.push({
          roleName: column.name,
          people: sources.map((source) => cellText(read.value(0, source))),
          directions: differing.map((row) => cellText(read.value(row, 0))),
        });
        return { ...base, origin: 'blank', oldColumns: [], source: { kind: 'blank' } };
      }
    }
    sources.forEach((source) => consumed.add(source));
    if (sources.length > 0)
      return { ...base, origin: 'switched', oldColumns: sources, source: { kind: 'switched', oldColumns: sources } };
    if (isDefaultRole(column.roleId))
      return { ...base, origin: 'defaults', oldColumns: [], source: { kind: 'defaults', roleId: column.roleId } };
    return { ...base, origin: 'blank', oldColumns: [], source: { kind: 'blank' } };
  });

  const liveIds = new Set(wanted.map((column) => column.id));
  const keptPart = unclaimed
    // A header alone is the user's unless the last build wrote it.
    .filter((old) => !consumed.has(old.column) && (old.hasContent || (old.built === null && old.headerText !== '')))
    .map(
      (old): ColumnWithSource => ({
        // A second column under a live column's name is not that role: it keeps no id.
        id: old.built?.id && !liveIds.has(old.built.id) ? old.built.id : null,
        name: old.headerText,
        roleId: old.built?.roleId ?? null,
        kept: true,
        header: read.rewrite(0, old.column),
        origin: 'sheet',
        oldColumns: [old.column],
        // A column of the other kind that a switch would have moved, had it been able to.
        unmapped: otherKind.includes(old),
        source: { kind: 'sheet', oldColumn: old.column },
      }),
    );
  return { columns: [...teamPart, ...keptPart], unmerged };
}

/**
 * The rows where gathering people's columns into their role's would lose
 * something: the role's cell is every letter they hold, and moving it back
 * gives the first person all of it and the others all but the A. A row
 * where that is not what each of them holds is named.
 */
function rowsWherePeopleDiffer(read: TabReader, sources: readonly number[], rows: readonly number[]): number[] {
  return rows.filter((row) => {
    const cells = sources.map((source) => read.letters(row, source));
    const all = new Set(cells.flat());
    return cells.some((letters, index) => {
      const expected = [...all].filter((letter) => index === 0 || letter !== 'A');
      return letters.length !== expected.length || !expected.every((letter) => letters.includes(letter));
    });
  });
}

function matchById(
  wanted: readonly TeamColumn[],
  oldColumns: readonly number[],
  ids: ReadonlyMap<number, string>,
): Map<string, number> {
  const live = new Set(wanted.map((column) => column.id));
  const columnOf = new Map<string, number>();
  for (const column of oldColumns) {
    const id = ids.get(column);
    if (id !== undefined && live.has(id) && !columnOf.has(id)) columnOf.set(id, column);
  }
  return columnOf;
}

/** The role an anchored column stands for: its own, or its person's (as the team says, else as the last build wrote). */
function roleIdOf(id: string, team: TeamSettings, previous: BuiltRolesLayout | null): string | null {
  if (columnKind(id) === 'role') return id.slice('role:'.length);
  const person = team.people.find((candidate) => personColumnId(candidate.id) === id);
  if (person) return person.roleId;
  return previous?.columns.find((built) => built.id === id)?.roleId ?? null;
}

function matchByName(
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

function isDefaultRole(roleId: string): roleId is RoleId {
  return DEFAULT_ROLES.some((role) => role.id === roleId);
}
