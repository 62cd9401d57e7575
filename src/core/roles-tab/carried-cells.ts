/**
 * Cells around the Roles tab's block that are not the add-on's, and where
 * they go when the block is rewritten: a comment column to the right moves
 * with its row, and right when the matrix grows (never left, so nothing
 * lands on it); notes beside the tail's labels stay beside them; rows under
 * the block stay under it.
 */
import { isBlank, type SheetsScalar } from '../sheet-values';
import type { RolesTabStructure } from './read-roles-tab';
import { ROLES_TAIL_LENGTH, type RolesTabPositions } from './roles-tab-layout';
import type { TabReader } from './tab-reader';

/** A cell outside the matrix that is not the add-on's, and where it goes (0-based, in the new grid). */
export interface CarriedCell {
  row: number;
  column: number;
  value: SheetsScalar;
  /** Where it was before this build (0-based), so the build can check it arrived. */
  from: { row: number; column: number };
}

/** @param oldRows where each new matrix row was in the tab, in the new order (`null`: new) */
export function carriedCells(
  read: TabReader,
  rows: number,
  old: RolesTabStructure,
  positions: RolesTabPositions,
  oldRows: readonly (number | null)[],
): CarriedCell[] {
  const newRowOf = new Map<number, number>([[0, 0]]);
  oldRows.forEach((oldRow, index) => {
    if (oldRow !== null) newRowOf.set(oldRow, 1 + index);
  });
  for (let offset = 0; offset < ROLES_TAIL_LENGTH; offset++)
    newRowOf.set(old.loadRow + offset, positions.loadRow + offset);

  const extrasStart = Math.max(positions.checkColumn, old.checkColumn) + 1;
  const shift = extrasStart - (old.checkColumn + 1);
  const belowStart = Math.max(positions.blockEnd, old.blockEnd) + 1;
  const carried: CarriedCell[] = [];
  for (let row = 0; row < rows; row++) {
    const keep = (column: number, to: { row: number; column: number }) => {
      if (!isBlank(read.value(row, column)))
        carried.push({ ...to, value: read.rewrite(row, column), from: { row, column } });
    };
    if (row > old.blockEnd) {
      for (let column = 0; column < read.width(row); column++)
        keep(column, { row: belowStart + row - old.blockEnd - 1, column });
      continue;
    }
    const newRow = newRowOf.get(row);
    // A matrix row with no new row held nothing (rows with content are kept), so it has nothing to carry.
    if (newRow === undefined) continue;
    for (let column = old.checkColumn + 1; column < read.width(row); column++)
      keep(column, { row: newRow, column: column + shift });
    // The tail's rows use columns A and B (the load row, the matrix's width): the cells beside them are the user's.
    if (row > old.loadRow) {
      for (let column = 2; column <= old.checkColumn && column < read.width(row); column++)
        keep(column, { row: newRow, column });
    }
  }
  return carried;
}
