/**
 * An anchored table: a tab the add-on keeps in a sheet that is the team's
 * workspace. The add-on finds the tab and each of its columns by developer
 * metadata (which moves with a sheet or a column), and each row by its own
 * key cells (which move with the row's content when people sort). It writes
 * only the cells of rows and columns it adds now and the cells it owns; a
 * person's cells are never written.
 *
 * Shared by every tab the add-on maintains (KPI, Roles): the tab describes
 * its columns once, core plans the writes (column-plan, row-plan,
 * owned-cells), and src/server/anchored carries them out.
 */

/**
 * - `input`: the team's cells; written only in a row being added now (and then only by sample data).
 * - `key`: the row's identity (month, channel id) or a label from the settings; the add-on's.
 * - `formula`: a native formula of the add-on's; a value a person typed over it is kept and reported.
 * - `status`: the add-on's own remarks; the add-on's.
 */
export type AnchoredColumnRole = 'input' | 'key' | 'formula' | 'status';

export interface AnchoredColumn<Key extends string = string> {
  key: Key;
  role: AnchoredColumnRole;
  /**
   * The layout version that added the column (1 when absent). A tab built by
   * an earlier version lacks it by design, and the next build adds it; a
   * tab that lacks a column of its own version lost it to a person.
   */
  since?: number;
}

/** The layout version of a column (see `since`). */
export function columnSince(column: AnchoredColumn): number {
  return column.since ?? 1;
}

/** The add-on owns every column that is not an input column. */
export function isOwnedRole(role: AnchoredColumnRole): boolean {
  return role !== 'input';
}

/** The developer-metadata keys a tab is anchored by: one on the sheet, one per column (its value is the column's key). */
export interface AnchorKeys {
  /** Key of the sheet's metadata; its value names the tab kind ('kpi', 'roles'). */
  tabKey: string;
  tabValue: string;
  /** Key of each column's metadata; the value is the column's key. */
  columnKey: string;
  /** Key of the sheet's metadata holding the layout version the tab was last built with (absent: version 1). */
  layoutKey?: string;
}
