/**
 * The Team tab is a view of the team, which the sidebar edits. A person who
 * types on the tab instead must not see the next build undo it without a
 * word: the build compares the tab with what the last build wrote there,
 * and a cell that differs from both that and what this build would write is
 * a person's edit. Rows under the last table that the new, longer table
 * would cover count too: they are someone's. Then the tab is left as it is
 * and the sidebar says where the team is edited.
 */
import { a1Cell } from '../a1-notation';
import { isBlank, isDate, type SheetsScalar } from '../sheet-values';

type Grid = readonly (readonly SheetsScalar[])[];

/**
 * @param tab the tab's values now, from A1
 * @param written the table the last build wrote, as Sheets read it back (`null`: not recorded, nothing to compare)
 * @param next the table this build writes, as Sheets will show it
 * @returns the A1 addresses of the cells a person changed, in reading order
 */
export function teamTabEdits(tab: Grid, written: Grid | null, next: Grid): string[] {
  if (written === null) return [];
  const width = Math.max(rowWidth(written), rowWidth(next));
  const edited: string[] = [];
  const height = Math.max(written.length, next.length);
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const now = tab[row]?.[column] ?? '';
      const wrote = written[row]?.[column];
      const changed = wrote === undefined ? !isBlank(now) : !sameCell(now, wrote);
      if (changed && !sameCell(now, next[row]?.[column] ?? '')) edited.push(a1Cell(row + 1, column + 1));
    }
  }
  return edited;
}

/**
 * The rows (0-based) where the tab does not show what this build writes: the
 * only rows a build needs to write, so a rebuild with nothing changed writes
 * no value, and a teammate typing in another row during it loses nothing.
 */
export function rowsToWrite(tab: Grid, next: Grid): number[] {
  const shown = shownTable(next);
  return shown.flatMap((row, index) =>
    row.some((cell, column) => !sameCell(tab[index]?.[column] ?? '', cell)) ? [index] : [],
  );
}

/** A table as Sheets shows it once written: the apostrophe that keeps text from becoming a formula is not part of the value. */
export function shownTable(table: Grid): SheetsScalar[][] {
  return table.map((row) =>
    row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell)),
  );
}

function rowWidth(grid: Grid): number {
  return grid.reduce((widest, row) => Math.max(widest, row.length), 0);
}

function sameCell(a: SheetsScalar, b: SheetsScalar): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}
