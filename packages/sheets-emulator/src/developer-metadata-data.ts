/**
 * Developer metadata as Sheets keeps it: a key, an optional value and a
 * visibility, attached to the spreadsheet, a sheet, or one whole row or
 * column. A row or column location is kept by its position and moved with
 * its line by the workbook (Sheets API, DeveloperMetadata: "it will remain
 * associated at those locations as they move around … If the associated
 * object is deleted then its metadata is deleted too").
 */
import { lineAfterDeletion, lineAfterInsertion, lineAfterMove } from './line-moves';
import type { Dimension } from './grid-range';

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  /** `index`: the 1-based row or column. */
  | { type: 'ROW' | 'COLUMN'; sheetId: number; index: number };

export interface DeveloperMetadataData {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  location: MetadataLocation;
}

export function locationTypeOf(dimension: Dimension): 'ROW' | 'COLUMN' {
  return dimension === 'rows' ? 'ROW' : 'COLUMN';
}

function onLine(
  location: MetadataLocation,
  sheetId: number,
  dimension: Dimension,
): location is { type: 'ROW' | 'COLUMN'; sheetId: number; index: number } {
  return (
    (location.type === 'ROW' || location.type === 'COLUMN') &&
    location.sheetId === sheetId &&
    location.type === locationTypeOf(dimension)
  );
}

/** Metadata after lines are inserted: those on later lines move with them. */
export function metadataAfterInsertion(
  all: readonly DeveloperMetadataData[],
  sheetId: number,
  dimension: Dimension,
  at: number,
  count: number,
): void {
  for (const item of all) {
    const location = item.location;
    if (onLine(location, sheetId, dimension))
      item.location = { ...location, index: lineAfterInsertion(location.index, at, count) };
  }
}

/** Metadata after lines are deleted: those on a deleted line are gone, those after it move up. */
export function metadataAfterDeletion(
  all: readonly DeveloperMetadataData[],
  sheetId: number,
  dimension: Dimension,
  at: number,
  count: number,
): DeveloperMetadataData[] {
  return all.flatMap((item) => {
    const location = item.location;
    if (!onLine(location, sheetId, dimension)) return [item];
    const index = lineAfterDeletion(location.index, at, count);
    if (index === undefined) return [];
    item.location = { ...location, index };
    return [item];
  });
}

/** Metadata after a block of lines is moved: each follows its line. */
export function metadataAfterMove(
  all: readonly DeveloperMetadataData[],
  sheetId: number,
  dimension: Dimension,
  start: number,
  count: number,
  destination: number,
): void {
  for (const item of all) {
    const location = item.location;
    if (onLine(location, sheetId, dimension))
      item.location = { ...location, index: lineAfterMove(location.index, start, count, destination) };
  }
}

/** Metadata after a sheet is deleted: everything on it goes with it. */
export function metadataAfterSheetRemoval(
  all: readonly DeveloperMetadataData[],
  sheetId: number,
): DeveloperMetadataData[] {
  return all.filter((item) => item.location.type === 'SPREADSHEET' || item.location.sheetId !== sheetId);
}
