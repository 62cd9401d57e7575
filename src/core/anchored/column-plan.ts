/**
 * Where an anchored table's columns are, and what to do about the ones not
 * found: a new tab gets them all in order; an existing tab that lost one
 * stops the build (nothing is written) until the person restores it, which
 * adds it back after the last used column.
 */
import { columnSince, type AnchoredColumn } from './anchored-layout';

export interface ColumnPlacement<Key extends string> {
  /** 1-based sheet column of every column of the layout, found or to be added. */
  columnOf: Map<Key, number>;
  /** Columns to add now, at their column (after every used column, so nothing of a person's moves). */
  added: { key: Key; column: number }[];
}

/** The layout's columns that no metadata points at, in layout order. */
export function missingColumns<Key extends string>(
  layout: readonly AnchoredColumn<Key>[],
  found: ReadonlyMap<Key, number>,
): Key[] {
  return layout.filter((column) => !found.has(column.key)).map((column) => column.key);
}

/**
 * Places the missing columns after `lastUsedColumn` (0 for an empty tab, so a
 * new tab gets the layout's order from column A).
 */
export function placeColumns<Key extends string>(
  layout: readonly AnchoredColumn<Key>[],
  found: ReadonlyMap<Key, number>,
  lastUsedColumn: number,
): ColumnPlacement<Key> {
  const columnOf = new Map(found);
  const added: { key: Key; column: number }[] = [];
  let next = Math.max(lastUsedColumn, ...found.values(), 0) + 1;
  for (const key of missingColumns(layout, found)) {
    columnOf.set(key, next);
    added.push({ key, column: next });
    next += 1;
  }
  return { columnOf, added };
}

/**
 * The columns no metadata points at, told apart: `newer` ones a later
 * version of the layout added (the tab was built before them: a rebuild adds
 * them), `lost` ones the tab was built with (a person deleted them: a build
 * stops and names them). `tabVersion` is the layout version the tab was last
 * built with.
 */
export function missingByVersion<Key extends string>(
  layout: readonly AnchoredColumn<Key>[],
  found: ReadonlyMap<Key, number>,
  tabVersion: number,
): { newer: Key[]; lost: Key[] } {
  const missing = layout.filter((column) => !found.has(column.key));
  return {
    newer: missing.filter((column) => columnSince(column) > tabVersion).map((column) => column.key),
    lost: missing.filter((column) => columnSince(column) <= tabVersion).map((column) => column.key),
  };
}

/** The newest layout version among the columns: what a build records on the tab. */
export function layoutVersion(layout: readonly AnchoredColumn[]): number {
  return Math.max(1, ...layout.map(columnSince));
}

/**
 * Where a later version's columns go on a tab that predates them: right of
 * the add-on's last column, in layout order, inserted with Sheets' own
 * column insertion so a person's columns to the right (and every reference
 * to them) move along rather than being written over.
 */
export function placeNewerColumns<Key extends string>(
  newer: readonly Key[],
  found: ReadonlyMap<Key, number>,
): { insertAfter: number; added: { key: Key; column: number }[] } {
  const insertAfter = Math.max(0, ...found.values());
  return { insertAfter, added: newer.map((key, index) => ({ key, column: insertAfter + 1 + index })) };
}

/** Where a column read before the insertion of `count` columns after `insertAfter` is now. */
export function columnAfterInsert(insertAfter: number, count: number, column: number): number {
  return column > insertAfter ? column + count : column;
}
