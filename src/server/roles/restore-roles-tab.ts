/**
 * Restores the Roles tab's parts a person deleted (core/roles-tab/roles-tab-repair.ts
 * decides each step): rows and columns go back with Sheets' own insertion,
 * labelled in their new cells only, then the build writes the add-on's own
 * cells as always. Before anything is said, the tab is read again: every
 * cell of a person's is compared with what it held (found where the
 * insertions moved it), and every part must be found by its anchors.
 */
import type { AnchorKeys } from '../../core/anchored/anchored-layout';
import { changedCells, type CellPlace } from '../../core/anchored/kept-check';
import { describeCells } from '../../core/anchored/cell-list';
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { rolesTabMessages } from '../../core/i18n/roles-tab-messages';
import type { RolesTabPart } from '../../core/roles-tab/missing-parts';
import { builtLayoutOf, planRolesMatrix } from '../../core/roles-tab/plan-roles-matrix';
import { nextRepairStep, type RolesRepairStep } from '../../core/roles-tab/roles-tab-repair';
import { buildRolesTabModel } from '../../core/roles-tab/roles-tab-model';
import { keptAsText } from '../../core/roles-tab/tab-reader';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import type { TeamSettings } from '../../shared/team-settings';
import { anchorColumn, readColumnAnchors } from '../anchored/anchored-sheet';
import { readTableGrid } from '../anchored/table-grid';
import { anchorFreshLayout } from './anchored-roles-update';
import { ROLES_ANCHORS } from './roles-tab';
import type { BuiltRolesLayout } from '../../core/roles-tab/built-layout';
import { teamColumns } from '../../core/roles-tab/matrix-columns';
import { writeBuiltRolesLayout } from './roles-layout-store';
import { writeRolesSheet } from './roles-sheet-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RolesRepair {
  /** What went back, in the order it did; 'block' for a whole new matrix. */
  restored: (RolesTabPart | 'block')[];
  /** A part that cannot come back (the direction column). */
  stuck: RolesTabPart | null;
  /** A person's cells that differ after the repair (named "C5, D7"). */
  notKept: string[];
  /** For a new block: how many columns it took at the tab's left. */
  blockColumns: number;
}

/** Each step makes a part come back, so a tab has at most this many to do (the frame's columns, the header, the load row, nine figure and legend rows). */
const MOST_STEPS = 16;

/** Where one insertion moved a line that was at `line`. */
interface Insertion {
  kind: 'row' | 'column';
  /** The new line's number; lines from here on moved by one. */
  at: number;
}

export function repairRolesTab(
  sheet: Sheet,
  team: TeamSettings,
  lang: Lang,
  policy: ProtectionPolicy,
  keys: AnchorKeys,
): RolesRepair {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, lang, key);
  const before = readTableGrid(sheet);
  const insertions: Insertion[] = [];
  /** Cells the repair labelled, where they are now: new cells, never a person's. */
  const labelled: CellPlace[] = [];
  const restored: (RolesTabPart | 'block')[] = [];
  let stuck: RolesTabPart | null = null;
  let blockColumns = 0;

  const insertRow = (at: number) => {
    sheet.insertRowsBefore(at, 1);
    insertions.push({ kind: 'row', at });
    for (const cell of labelled) if (cell.row >= at) cell.row += 1;
  };
  const insertColumn = (at: number) => {
    sheet.insertColumnsBefore(at, 1);
    insertions.push({ kind: 'column', at });
    for (const cell of labelled) if (cell.column >= at) cell.column += 1;
  };
  const label = (row: number, column: number, text: string) => {
    sheet.getRange(row, column).setValue(keptAsText(text));
    labelled.push({ row, column });
  };

  for (let step = 0; step < MOST_STEPS; step++) {
    const found = readColumnAnchors(sheet, keys);
    const next: RolesRepairStep = nextRepairStep(readTableGrid(sheet), found);
    if (next.kind === 'done') break;
    if (next.kind === 'stuck') {
      stuck = next.part;
      break;
    }
    const labelColumn = found.get('label') ?? 1;
    switch (next.kind) {
      case 'block': {
        blockColumns = writeFreshBlock(sheet, team, lang, policy, keys, insertColumn);
        restored.push('block');
        break;
      }
      case 'check_column': {
        insertColumn(next.after + 1);
        anchorColumn(sheet, next.after + 1, keys, 'check');
        label(1, next.after + 1, t('col_check'));
        restored.push('check');
        break;
      }
      case 'figures_column': {
        anchorColumn(sheet, next.at, keys, 'figures');
        restored.push('figures');
        break;
      }
      case 'figures_column_insert': {
        insertColumn(next.after + 1);
        anchorColumn(sheet, next.after + 1, keys, 'figures');
        restored.push('figures');
        break;
      }
      case 'row': {
        insertRow(next.before);
        const text = next.part === 'header' ? t('col_direction') : rowLabel(next.part, t);
        if (text !== null) label(next.before, labelColumn, text);
        restored.push(next.part);
        break;
      }
    }
    if (next.kind === 'block') break;
  }

  // Every cell of a person's is where the insertions put it, as it was; a formula Sheets rewrote for them still counts as kept.
  const after = readTableGrid(sheet);
  const mine = new Set(labelled.map((cell) => `${cell.row}|${cell.column}`));
  const moved = (kind: 'row' | 'column') => (line: number) =>
    insertions.reduce((at, insertion) => (insertion.kind === kind && at >= insertion.at ? at + 1 : at), line);
  const changed = changedCells(
    before,
    after,
    (place) => !mine.has(`${moved('row')(place.row)}|${moved('column')(place.column)}`),
    moved('row'),
    moved('column'),
    insertions.length > 0,
  );
  return { restored, stuck, notKept: changed.length > 0 ? [describeCells(changed)] : [], blockColumns };
}

function rowLabel(part: RolesTabPart, t: (key: keyof (typeof rolesTabMessages)['en']) => string): string | null {
  switch (part) {
    case 'load':
      return t('load_label');
    case 'headcount':
    case 'people':
    case 'limit':
    case 'staffing':
      return t(`${part}_label`);
    case 'legend_r':
      return 'R';
    case 'legend_a':
      return 'A';
    case 'legend_c':
      return 'C';
    case 'legend_i':
      return 'I';
    case 'legend_ra':
      return 'R/A';
    default:
      return null;
  }
}

/**
 * Nothing of the matrix is left: a new one, as a first build makes it, in
 * new columns at the tab's left (every cell there is new, so nothing of a
 * person's is written), and the old anchors, on columns that now hold only
 * a person's cells, let go.
 */
function writeFreshBlock(
  sheet: Sheet,
  team: TeamSettings,
  lang: Lang,
  policy: ProtectionPolicy,
  keys: AnchorKeys,
  insertColumn: (at: number) => void,
): number {
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(keys.columnKey).find()) metadata.remove();
  const planned = planRolesMatrix({ team, lang, existing: null, previous: null });
  if (!planned.ok) throw new Error('a plan from no tab is always the add-on’s');
  const width = planned.plan.positions.checkColumn + 1;
  for (let column = 0; column < width; column++) insertColumn(1);
  writeRolesSheet(sheet, buildRolesTabModel(planned.plan, team, lang), null, policy);
  anchorFreshLayout(sheet, planned.plan, keys);
  writeBuiltRolesLayout(builtLayoutOf(planned.plan));
  return width;
}

/**
 * Columns of the matrix the last build laid out, still in the team, whose
 * anchors were gone before the restore (a person deleted them with a part):
 * the build added them again after the matrix's last column; each moves
 * (Sheets' own move: every reference follows) to just after the column
 * that came before it. Returns their names.
 */
export function moveBackDeletedColumns(
  sheet: Sheet,
  layout: BuiltRolesLayout | null,
  before: ReadonlyMap<string, number>,
  team: TeamSettings,
): string[] {
  if (!layout || layout.mode !== team.matrixColumns) return [];
  const inTeam = new Set(teamColumns(team).map((column) => column.id));
  const order = layout.columns.flatMap((column) =>
    column.id && !column.kept && inTeam.has(column.id) ? [column.id] : [],
  );
  const gone = order.filter((id) => !before.has(id));
  const names: string[] = [];
  for (const id of gone) {
    const now = readColumnAnchors(sheet, ROLES_ANCHORS);
    const at = now.get(id);
    if (at === undefined) continue;
    const index = order.indexOf(id);
    const previous = order
      .slice(0, index)
      .reverse()
      .find((other) => now.has(other) && other !== id);
    const target = (previous !== undefined ? now.get(previous) : now.get('label')) ?? 0;
    if (target > 0 && target + 1 < at) sheet.moveColumns(sheet.getRange(1, at, sheet.getMaxRows(), 1), target + 1);
    names.push(teamColumns(team).find((column) => column.id === id)?.name ?? id);
  }
  return names;
}
