/**
 * The order Range.sort puts rows in. Sheets sorts numbers (and dates) before
 * text, text without regard to case, booleans after text, and always leaves
 * blank cells last, whichever the direction; equal rows keep their order.
 */
export interface SortKey {
  /** 0-based column within the range. */
  column: number;
  ascending: boolean;
}

type Value = number | string | boolean;

function rank(value: Value): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return value.startsWith('#') ? 3 : 1;
  return 2;
}

function compareValues(a: Value, b: Value): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, undefined, { sensitivity: 'accent' });
  return Number(a) - Number(b);
}

/** Row indexes (0-based) in sorted order. */
export function sortedRowOrder(rows: readonly (readonly Value[])[], keys: readonly SortKey[]): number[] {
  const indexes = rows.map((_, index) => index);
  return indexes.sort((left, right) => {
    for (const key of keys) {
      const a = rows[left]?.[key.column] ?? '';
      const b = rows[right]?.[key.column] ?? '';
      const blankA = a === '';
      const blankB = b === '';
      if (blankA || blankB) {
        if (blankA && blankB) continue;
        return blankA ? 1 : -1;
      }
      const order = compareValues(a, b);
      if (order !== 0) return key.ascending ? order : -order;
    }
    return left - right;
  });
}
