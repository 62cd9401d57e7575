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
  const planned = plannedProtections(areas, policy);
  const fileEditors = planned.some((area) => !area.warningOnly) ? editorsOfFile() : new Set<string>();
  for (const area of planned) {
    const protection = rangeOf(sheet, area.range).protect().setDescription(area.description);
    if (area.warningOnly) protection.setWarningOnly(true);
    else restrictEditors(protection, area.editors, fileEditors);
  }
}

/**
 * Gives every locked protection of the add-on, on every tab, exactly these
 * editors: after the team changed (a new head, a head who left) the ranges
 * stay as they are and only who may edit them follows.
 */
export function relockOwnProtections(editors: readonly string[]): void {
  const fileEditors = editorsOfFile();
  for (const protection of SpreadsheetApp.getActiveSpreadsheet().getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (isOwnProtection(protection.getDescription()) && !protection.isWarningOnly())
      restrictEditors(protection, editors, fileEditors);
  }
}

/**
 * A new protection starts with every editor of the spreadsheet: the allowed
 * ones are added first (so the person running this keeps their right and
 * Sheets does not refuse), then everyone else is removed. Sheets keeps the
 * owner whatever the list says.
 *
 * Sheets gives a protected range only to an editor of the file with a
 * Google account, and `addEditors` throws at the first other address. So a
 * head who cannot edit the file yet (not shared with, no Google account) is
 * skipped rather than tried, the others are added one at a time, and a
 * refusal of one never stops a build midway; the share result names heads
 * without access (share-actions.ts).
 */
function restrictEditors(protection: Protection, editors: readonly string[], fileEditors: ReadonlySet<string>): void {
  const allowed = new Set(editors.map(normalizeEmail));
  for (const email of editors) {
    if (!fileEditors.has(normalizeEmail(email))) continue;
    try {
      protection.addEditor(email);
    } catch {
      // Google refused this address; the protection goes on without it, and stays locked to the rest.
    }
  }
  const others = protection
    .getEditors()
    .map((user) => user.getEmail())
    .filter((email) => !allowed.has(normalizeEmail(email)));
  if (others.length > 0) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** The spreadsheet's editors now, normalised: the only addresses a protection can be given. */
function editorsOfFile(): Set<string> {
  return new Set(
    SpreadsheetApp.getActiveSpreadsheet()
      .getEditors()
      .map((user) => normalizeEmail(user.getEmail())),
  );
}

/** A `CellRange` of core as a sheet's range. */
export function rangeOf(sheet: Sheet, range: CellRange): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(range.row, range.column, range.rows, range.columns);
}
