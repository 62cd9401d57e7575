import type { CellRange } from '../core/a1-notation';
import { normalizeEmail } from '../core/sharing/structure-authority';
import { plannedProtections, type ProtectedArea, type ProtectionPolicy } from '../core/sharing/protection-policy';
import { isOwnProtection } from './protection-marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * The one way the add-on protects a tab it builds: its earlier protections
 * on the tab (their descriptions start with its name) are removed and made
 * again under the current policy (core/sharing/protection-policy.ts), so a
 * rebuild or a second share never piles them up, and a policy change (the
 * spreadsheet was shared, a head left the team) reaches every one of them.
 * A user's own protections are left alone.
 */
export function replaceOwnProtections(sheet: Sheet, areas: readonly ProtectedArea[], policy: ProtectionPolicy): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (isOwnProtection(protection.getDescription())) protection.remove();
  }
  for (const planned of plannedProtections(areas, policy)) {
    const protection = rangeOf(sheet, planned.range).protect().setDescription(planned.description);
    if (planned.warningOnly) protection.setWarningOnly(true);
    else restrictEditors(protection, planned.editors);
  }
}

/**
 * Gives every locked protection of the add-on, on every tab, exactly these
 * editors: after the team changed (a new head, a head who left) the ranges
 * stay as they are and only who may edit them follows.
 */
export function relockOwnProtections(editors: readonly string[]): void {
  for (const protection of SpreadsheetApp.getActiveSpreadsheet().getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (isOwnProtection(protection.getDescription()) && !protection.isWarningOnly()) restrictEditors(protection, editors);
  }
}

/**
 * A new protection starts with every editor of the spreadsheet: the allowed
 * ones are added first (so the person running this keeps their right and
 * Sheets does not refuse), then everyone else is removed. Sheets keeps the
 * owner whatever the list says.
 */
function restrictEditors(protection: Protection, editors: readonly string[]): void {
  const allowed = new Set(editors.map(normalizeEmail));
  if (editors.length > 0) protection.addEditors([...editors]);
  const others = protection
    .getEditors()
    .map((user) => user.getEmail())
    .filter((email) => !allowed.has(normalizeEmail(email)));
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** A `CellRange` of core as a sheet's range. */
export function rangeOf(sheet: Sheet, range: CellRange): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(range.row, range.column, range.rows, range.columns);
}
