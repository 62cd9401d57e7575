/**
 * Header cells → lookups by name. Names are trimmed (amoCRM writes
 * `Бюджет ` with a trailing space), lower-cased and have their spaces
 * collapsed, so `UTM_SOURCE` and `utm_source` are one name. A name can occur
 * several times (amoCRM's system `UTM_SOURCE` beside a custom
 * `utm_source`): a row's value is the first filled copy, so an empty later
 * copy never hides a filled one.
 */
export type ColumnAlias = string | RegExp;

export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');
}

export interface HeaderIndex {
  /** The header cells as the file spells them (trimmed). */
  cells: string[];
  /** Normalized name → every column index with that name, left to right. */
  byName: Map<string, number[]>;
}

export function indexHeader(cells: readonly string[]): HeaderIndex {
  const byName = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name === '') return;
    byName.set(name, [...(byName.get(name) ?? []), index]);
  });
  return { cells: cells.map((cell) => cell.replace(/^\uFEFF/, '').trim()), byName };
}

/** A column found by the first alias the header has: its indices and its name as spelled. */
export interface FoundColumn {
  indices: number[];
  name: string;
}

export function findColumn(header: HeaderIndex, aliases: readonly ColumnAlias[]): FoundColumn | null {
  for (const alias of aliases) {
    if (typeof alias === 'string') {
      const indices = header.byName.get(normalizeHeader(alias));
      if (indices) return { indices, name: header.cells[indices[0] ?? 0] ?? alias };
      continue;
    }
    for (const [name, indices] of header.byName) {
      if (alias.test(name)) return { indices, name: header.cells[indices[0] ?? 0] ?? name };
    }
  }
  return null;
}

export function hasColumn(header: HeaderIndex, aliases: readonly ColumnAlias[]): boolean {
  return findColumn(header, aliases) !== null;
}

/** The first filled copy of a column in a row ('' when none is). */
export function cellOf(row: readonly string[], column: FoundColumn | null): string {
  if (!column) return '';
  for (const index of column.indices) {
    const value = (row[index] ?? '').trim();
    if (value !== '') return value;
  }
  return '';
}
