/**
 * Where an anchored table's columns are, and what to do about the ones not
 * found: a new tab gets them all in order; an existing tab that lost one
 * stops the build (nothing is written) until the person restores it, which
 * adds it back after the last used column.
 */
import type { AnchoredColumn } from './anchored-layout';

export interface ColumnPlacement<Key extends string> {
  /** 1-based sheet column of every column of the layout, found or to be added. */
  columnOf: Map<Key, number>;
  /** Columns to add now, at their column (after every used column, so nothing of a person's moves). */
  added: { key: Key; column: number }[];
}

/** The layout's columns that no metadata points at, in layout order. */
export function missingColumns<Key extends string>(layout: readonly AnchoredColumn<Key>[], found: ReadonlyMap<Key, number>): Key[] {
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
