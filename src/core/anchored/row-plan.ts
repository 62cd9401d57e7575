/**
 * Which rows an anchored table has and which it adds. A row belongs to the
 * table when its key cells say so (`key` not null); the table runs from the
 * first data row to its last keyed row, so a person's totals row under it or
 * a block beside it is never part of it. Rows are never moved or reordered:
 * rows the settings want and the sheet lacks are added after the table's
 * last row with Sheets' own row insertion, so every reference to a cell
 * below (a totals row, a dashboard) follows its cell.
 */

export interface ReadRow {
  /** 1-based. */
  sheetRow: number;
  /** The row's identity from its key cells; `null` for a row that is not the table's (a person's own). */
  key: string | null;
}

export interface RowPlan {
  /** The sheet row of each key (the first row holding it). */
  rowOf: Map<string, number>;
  /** Rows whose key another row above already holds (a copied row): kept, flagged. */
  duplicateRows: number[];
  /** The table's last row before this build (the header row when it has none). */
  lastTableRow: number;
  /** Rows to add, in order, right after `lastTableRow`. */
  added: { key: string; sheetRow: number }[];
  /** The table's last row after this build. */
  newLastTableRow: number;
}

/**
 * @param rows the rows read below the header, in sheet order
 * @param headerRow the table's header row (1-based); data starts right below
 * @param wanted every key the settings call for, in the order new rows are added
 */
export function planRows(rows: readonly ReadRow[], headerRow: number, wanted: readonly string[]): RowPlan {
  const rowOf = new Map<string, number>();
  const duplicateRows: number[] = [];
  let lastTableRow = headerRow;
  for (const row of rows) {
    if (row.key === null) continue;
    lastTableRow = Math.max(lastTableRow, row.sheetRow);
    if (rowOf.has(row.key)) duplicateRows.push(row.sheetRow);
    else rowOf.set(row.key, row.sheetRow);
  }
  const added: { key: string; sheetRow: number }[] = [];
  const adding = new Set<string>();
  for (const key of wanted) {
    if (rowOf.has(key) || adding.has(key)) continue;
    adding.add(key);
    added.push({ key, sheetRow: lastTableRow + added.length + 1 });
  }
  return { rowOf, duplicateRows, lastTableRow, added, newLastTableRow: lastTableRow + added.length };
}

/** Where a row read before the build is after it: rows below the table moved down by the rows inserted. */
export function rowAfterInsert(plan: Pick<RowPlan, 'lastTableRow' | 'added'>, sheetRow: number): number {
  return sheetRow > plan.lastTableRow ? sheetRow + plan.added.length : sheetRow;
}
