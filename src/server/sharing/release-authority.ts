/**
 * Who may release the structure lock. The add-on cannot always tell who
 * the user is (a blank email; no owner in a shared drive), so it asks
 * Sheets instead: whoever Sheets lets edit every one of the add-on's locked
 * ranges (`Protection.canEdit`: the owner, the heads, a shared drive's
 * managers) may release them. This is the stricter of the checks the
 * add-on could make (it needs no email, and it trusts nobody Sheets would
 * not let edit the ranges by hand anyway), and it can never lock out the
 * owner, whom Sheets never removes from a protection.
 */
import { isOwnProtection } from '../protection-marks';

/** The add-on's protections that stop editors now (not warnings). */
export function lockedOwnProtections(): GoogleAppsScript.Spreadsheet.Protection[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((protection) => isOwnProtection(protection.getDescription()) && !protection.isWarningOnly());
}

/** Whether the active user may edit every locked range of the add-on (true when none is locked). */
export function mayReleaseLock(): boolean {
  return lockedOwnProtections().every((protection) => protection.canEdit());
}
