/**
 * Column mappings the team saved under a name (a file no format recognises,
 * mapped once): the next file whose header has the same column names is
 * offered the same mapping. Names are compared as the import compares
 * headers (trimmed, case and spacing ignored, ё as е), in any order: an
 * export whose columns were reordered is still the same export.
 */
import type { ColumnMapping } from './column-mapping';
import { normalizeHeader } from './header-names';

export interface SavedColumnMapping {
  /** The name the person gave it, unique in the list (case ignored). */
  name: string;
  /** The header of the file it was made for, as spelled. */
  header: string[];
  columns: ColumnMapping;
}

/** The header's column names as a set: normalized, blanks dropped, sorted, each once. */
export function headerSignature(header: readonly string[]): string {
  const names = [...new Set(header.map(normalizeHeader).filter((name) => name !== ''))].sort();
  return names.join('\u0001');
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The saved mapping made for a header with the same column names, or `null`. The newest wins (the list is newest first). */
export function findSavedMapping(
  header: readonly string[],
  saved: readonly SavedColumnMapping[],
): SavedColumnMapping | null {
  const signature = headerSignature(header);
  if (signature === '') return null;
  return saved.find((mapping) => headerSignature(mapping.header) === signature) ?? null;
}

/**
 * The list with `mapping` first. It replaces a mapping of the same name
 * (the person saved it again) and one made for the same columns (one
 * header, one mapping: otherwise which to offer would be a guess).
 */
export function withSavedMapping(
  saved: readonly SavedColumnMapping[],
  mapping: SavedColumnMapping,
): SavedColumnMapping[] {
  const signature = headerSignature(mapping.header);
  const entry = { ...mapping, name: mapping.name.trim() };
  return [
    entry,
    ...saved.filter((old) => !sameName(old.name, entry.name) && headerSignature(old.header) !== signature),
  ];
}

export type MappingRenameResult =
  | { ok: true; saved: SavedColumnMapping[] }
  | { ok: false; reason: 'unknown' | 'name_taken' };

export function renameSavedMapping(
  saved: readonly SavedColumnMapping[],
  name: string,
  newName: string,
): MappingRenameResult {
  const index = saved.findIndex((mapping) => sameName(mapping.name, name));
  if (index < 0) return { ok: false, reason: 'unknown' };
  if (saved.some((mapping, at) => at !== index && sameName(mapping.name, newName)))
    return { ok: false, reason: 'name_taken' };
  return {
    ok: true,
    saved: saved.map((mapping, at) => (at === index ? { ...mapping, name: newName.trim() } : mapping)),
  };
}

/** The list without the mapping named `name`; `null` when there is none. */
export function withoutSavedMapping(saved: readonly SavedColumnMapping[], name: string): SavedColumnMapping[] | null {
  const kept = saved.filter((mapping) => !sameName(mapping.name, name));
  return kept.length === saved.length ? null : kept;
}
