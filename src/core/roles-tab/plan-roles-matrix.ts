/**
 * Plans the Roles tab's matrix from the team and what the tab holds now. The
 * rule that matters: every letter a user set survives a rebuild, and nothing
 * is deleted silently. Rows: plan-rows.ts; columns: plan-columns.ts; cells
 * around the block: carried-cells.ts. Here they meet, and a new column's
 * letters are filled in without ever giving a direction a second A.
 */
import { DEFAULT_ASSIGNMENTS, formatRaciCell, raciCell, type RaciLetter } from '../raci';
import type { Lang } from '../i18n/lang';
import type { SheetsScalar } from '../sheet-values';
import type { MatrixColumnMode, TeamSettings } from '../../shared/team-settings';
import type { BuiltRolesLayout } from './built-layout';
import { carriedCells, type CarriedCell } from './carried-cells';
import { planColumns, type ColumnWithSource, type PlannedRolesColumn, type UnmergedRole } from './plan-columns';
import { planRows, type RowWithOrigin } from './plan-rows';
import { EMPTY_REGION, findRolesTabStructure, type RolesTabStructure, type SheetRegion } from './read-roles-tab';
import { rolesTabPositions, type RolesTabPositions } from './roles-tab-layout';
import { lettersOf, regionHasContent, tabReader, type TabReader } from './tab-reader';
import { withImportedLetters, withImportedRows } from './imported-letters';
import type { MatrixDocument } from '../../shared/template-document';

export interface RolesMatrixPlan {
  mode: MatrixColumnMode;
  rows: RowWithOrigin[];
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
  /** Roles whose people's columns stayed as they were on a switch, because they hold different letters. */
  unmerged: UnmergedRole[];
}

export type RolesMatrixPlanResult = { ok: true; plan: RolesMatrixPlan } | { ok: false; reason: 'foreign_tab' };

export interface RolesMatrixInput {
  team: TeamSettings;
  /** The template's language: direction names are written in it. */
  lang: Lang;
  /** The tab's region from A1, or `null` when there is no Roles tab yet. */
  existing: SheetRegion | null;
  previous: BuiltRolesLayout | null;
  /** A matrix from a template file whose letters (and added directions) win over the tab's (see imported-letters.ts). */
  imported?: MatrixDocument | null;
  /**
   * For an anchored tab (see roles-projection.ts): `existing` is the tab seen through its anchored
   * columns, `structure` where its parts are, `ids` each matrix column's id. Without it, the tab's parts
   * are found by their formulas and names (a tab built before anchoring).
   */
  anchored?: { structure: RolesTabStructure; ids: ReadonlyMap<number, string> } | null;
}

export function planRolesMatrix({
  team,
  lang,
  existing,
  previous,
  imported = null,
  anchored = null,
}: RolesMatrixInput): RolesMatrixPlanResult {
  const region = existing ?? EMPTY_REGION;
  const structure = anchored ? anchored.structure : existing ? findRolesTabStructure(existing) : null;
  // A tab of that name the add-on did not make: its content is someone's, so it is not ours to rearrange.
  if (existing && !structure && regionHasContent(existing)) return { ok: false, reason: 'foreign_tab' };

  const read = tabReader(region);
  const tabRows = planRows(read, structure, lang);
  const rows = imported ? withImportedRows(tabRows, imported) : tabRows;
  const { columns, unmerged } = planColumns(team, read, structure, previous, anchored?.ids ?? null);
  const tabCells = rows.map((row) => rowCells(read, row, columns));
  const positions = rolesTabPositions(rows.length, columns.length);
  const regionColumns = region.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return {
    ok: true,
    plan: {
      mode: team.matrixColumns,
      rows: rows.map(({ directionId, label, name, oldRow }) => ({ directionId, label, name, oldRow })),
      columns: columns.map(({ id, name, roleId, kept, header, origin, oldColumns, unmapped }) => ({
        id,
        name,
        roleId,
        kept,
        header,
        origin,
        oldColumns,
        unmapped,
      })),
      cells: imported ? withImportedLetters(rows, columns, tabCells, imported) : tabCells,
      positions,
      carried: structure
        ? carriedCells(
            read,
            region.values.length,
            structure,
            positions,
            rows.map((row) => row.oldRow),
          )
        : [],
      previousExtent: { rows: region.values.length, columns: regionColumns },
      previousStructure: structure,
      switchedMode: previous !== null && previous.mode !== team.matrixColumns,
      unmerged,
    },
  };
}

/** What the next build needs to follow renames: the columns as written. */
export function builtLayoutOf(plan: RolesMatrixPlan): BuiltRolesLayout {
  return {
    mode: plan.mode,
    columns: plan.columns.map(({ id, name, roleId, kept }) => ({ id, name, roleId, kept })),
    hidden: [],
  };
}

/**
 * One row's cells. Columns from the sheet first, as they are; then each new
 * column's letters, in order. Letters moved by a switch are a person's and
 * stay, a second A included (the check names it); only a role's A is not
 * copied to its second person, so a switch never makes the fault itself. A
 * default role's letters drop their A where the direction already has one.
 */
function rowCells(read: TabReader, row: RowWithOrigin, columns: readonly ColumnWithSource[]): SheetsScalar[] {
  const cells = columns.map((column) =>
    column.source.kind === 'sheet' && row.oldRow !== null ? read.rewrite(row.oldRow, column.source.oldColumn) : '',
  );
  const accountableSources = new Set<string>();
  columns.forEach((column, index) => {
    if (column.source.kind !== 'switched') return;
    let letters = raciCell(...startingLetters(read, row, column.source));
    const sourceKey = column.source.oldColumns.join(',');
    if (letters.includes('A')) {
      if (accountableSources.has(sourceKey)) letters = letters.filter((letter) => letter !== 'A');
      accountableSources.add(sourceKey);
    }
    cells[index] = formatRaciCell(letters);
  });
  let hasAccountable = cells.some((cell) => lettersOf(cell).includes('A'));
  columns.forEach((column, index) => {
    if (column.source.kind !== 'defaults' && column.source.kind !== 'blank') return;
    let letters = raciCell(...startingLetters(read, row, column.source));
    if (letters.includes('A')) {
      if (hasAccountable) letters = letters.filter((letter) => letter !== 'A');
      hasAccountable = true;
    }
    cells[index] = formatRaciCell(letters);
  });
  return cells;
}

function startingLetters(
  read: TabReader,
  row: RowWithOrigin,
  source: Exclude<ColumnWithSource['source'], { kind: 'sheet' }>,
): RaciLetter[] {
  switch (source.kind) {
    case 'switched': {
      const oldRow = row.oldRow;
      return oldRow === null ? [] : source.oldColumns.flatMap((column) => read.letters(oldRow, column));
    }
    case 'defaults':
      return row.directionId ? [...(DEFAULT_ASSIGNMENTS[row.directionId][source.roleId] ?? [])] : [];
    case 'blank':
      return [];
  }
}
