/**
 * The matrix's rows: the twelve directions, recognised by their name in
 * either language (so switching the template's language keeps them), and
 * every other row that holds anything — a direction the team added, a
 * label a user edited — kept as it was, and checked like the others; all
 * in the order the tab has them, so a sort a person made stays (a new tab
 * has the article's order, and a direction it lacks is added after). Nothing is matched by position: a row the
 * add-on cannot name is kept, never taken for another.
 */
import type { Lang } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { DIRECTIONS, type DirectionId } from '../raci';
import type { SheetsScalar } from '../sheet-values';
import { cellText, nameKey, type RolesTabStructure } from './read-roles-tab';
import { LABEL_COLUMN } from './roles-tab-layout';
import { indexesFrom, type TabReader } from './tab-reader';
import { builtOnce } from '../built-once';

export interface PlannedRolesRow {
  /** `null` for a row a user added (kept with its label). */
  directionId: DirectionId | null;
  /** What column A shows: the direction's name in the template's language, or the user's label as it was. */
  label: SheetsScalar;
  /** The label as plain text, for messages. */
  name: string;
}

/** A planned row and where it was in the tab (`null`: a direction the tab did not have). */
export interface RowWithOrigin extends PlannedRolesRow {
  oldRow: number | null;
}

/** Built at the first read of a Roles tab (core/built-once.ts). */
function directionsByName(): ReadonlyMap<string, DirectionId> {
  return new Map(
    DIRECTIONS.flatMap((direction) =>
      LANGS.map((anyLang) => [direction.name[anyLang].toLowerCase(), direction.id] as const),
    ),
  );
}

export function planRows(read: TabReader, structure: RolesTabStructure | null, lang: Lang): RowWithOrigin[] {
  const seen = new Set<DirectionId>();
  const inSheet: RowWithOrigin[] = [];
  for (const row of structure ? indexesFrom(1, structure.loadRow) : []) {
    const direction = builtOnce(directionsByName).get(nameKey(read.value(row, LABEL_COLUMN)));
    if (direction && !seen.has(direction)) {
      seen.add(direction);
      const name = DIRECTIONS.find((candidate) => candidate.id === direction)?.name[lang] ?? '';
      inSheet.push({ directionId: direction, label: name, name, oldRow: row });
    } else if (structure && rowHasContent(read, row, structure.checkColumn)) {
      inSheet.push({
        directionId: null,
        label: read.rewrite(row, LABEL_COLUMN),
        name: cellText(read.value(row, LABEL_COLUMN)),
        oldRow: row,
      });
    }
  }
  // Rows stay in the order the sheet has them (a person may have sorted them); a direction the tab lacks comes after.
  const missing = DIRECTIONS.filter((direction) => !seen.has(direction.id)).map((direction) => ({
    directionId: direction.id,
    label: direction.name[lang],
    name: direction.name[lang],
    oldRow: null,
  }));
  return [...inSheet, ...missing];
}

/** Anything in the row but the Check column's output, which is the add-on's (a user's comment to the right counts). */
function rowHasContent(read: TabReader, row: number, checkColumn: number): boolean {
  for (let column = 0; column < read.width(row); column++) {
    if (column !== checkColumn && cellText(read.value(row, column)) !== '') return true;
  }
  return false;
}
