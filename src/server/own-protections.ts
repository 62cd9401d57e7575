import type { CellRange } from '../core/a1-notation';
import { isOwnProtection } from './protection-marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Warning-only protections on the cells the add-on computes: a person
 * editing one is asked first, not stopped. The add-on's earlier protections
 * on the tab (their descriptions start with its name) are replaced, so a
 * rebuild never piles them up; a user's own protections are left alone.
 */
export function replaceOwnProtections(sheet: Sheet, protections: readonly { range: CellRange; description: string }[]): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (isOwnProtection(protection.getDescription())) protection.remove();
  }
  for (const { range, description } of protections) {
    if (range.rows < 1 || range.columns < 1) continue;
    rangeOf(sheet, range).protect().setDescription(description).setWarningOnly(true);
  }
}

/** A `CellRange` of core as a sheet's range. */
export function rangeOf(sheet: Sheet, range: CellRange): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(range.row, range.column, range.rows, range.columns);
}
