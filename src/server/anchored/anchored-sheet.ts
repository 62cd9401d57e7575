/**
 * Finding an anchored tab and its columns by developer metadata (see
 * core/anchored/anchored-layout.ts). Google: metadata on a sheet stays with
 * the sheet (a renamed tab is still found); metadata on a whole column
 * "remains associated" with it as columns are inserted, deleted or moved,
 * and is deleted with it (Sheets API, DeveloperMetadata; docs/emulator.md).
 */
import type { AnchorKeys } from '../../core/anchored/anchored-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab carrying the sheet metadata `keys.tabKey = keys.tabValue`, or `null`. */
export function findAnchoredSheet(keys: AnchorKeys): Sheet | null {
  const found = SpreadsheetApp.getActiveSpreadsheet()
    .createDeveloperMetadataFinder()
    .withKey(keys.tabKey)
    .withValue(keys.tabValue)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** Tags a tab as the add-on's table of this kind (a legacy tab built before anchoring gets it on its first build). */
export function anchorSheet(sheet: Sheet, keys: AnchorKeys): void {
  sheet.addDeveloperMetadata(keys.tabKey, keys.tabValue, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Every anchored column of the tab: column key → 1-based column. A key found twice (a copied column) counts at its first place. */
export function readColumnAnchors(sheet: Sheet, keys: AnchorKeys): Map<string, number> {
  const columns = new Map<string, number>();
  const found = sheet
    .createDeveloperMetadataFinder()
    .withKey(keys.columnKey)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find();
  const placed = found
    .map((metadata) => ({
      key: metadata.getValue() ?? '',
      column: metadata.getLocation().getColumn()?.getColumn() ?? 0,
    }))
    .filter((item) => item.key !== '' && item.column > 0)
    .sort((a, b) => a.column - b.column);
  for (const item of placed) if (!columns.has(item.key)) columns.set(item.key, item.column);
  return columns;
}

/** Tags a whole column as the table's column `key`. */
export function anchorColumn(sheet: Sheet, column: number, keys: AnchorKeys, key: string): void {
  sheet
    .getRange(1, column, sheet.getMaxRows(), 1)
    .addDeveloperMetadata(keys.columnKey, key, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Makes sure the grid reaches `column` (a new tab has 26 columns; a table with a person's columns may need more). */
export function ensureColumns(sheet: Sheet, column: number): void {
  const max = sheet.getMaxColumns();
  if (column > max) sheet.insertColumnsAfter(max, column - max);
}

/** The layout version the tab was last built with (sheet metadata `keys.layoutKey`); 1 for a tab built before versions were recorded. */
export function readLayoutVersion(sheet: Sheet, keys: AnchorKeys): number {
  const found = sheet.getDeveloperMetadata().find((metadata) => metadata.getKey() === keys.layoutKey);
  const version = Number(found?.getValue() ?? '');
  return Number.isInteger(version) && version >= 1 ? version : 1;
}

/** Records the layout version a build left the tab in; no call that writes when it already says so. */
export function recordLayoutVersion(sheet: Sheet, keys: AnchorKeys, version: number): void {
  if (!keys.layoutKey) return;
  const found = sheet.getDeveloperMetadata().find((metadata) => metadata.getKey() === keys.layoutKey);
  if (!found)
    sheet.addDeveloperMetadata(keys.layoutKey, String(version), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  else if (found.getValue() !== String(version)) found.setValue(String(version));
}
