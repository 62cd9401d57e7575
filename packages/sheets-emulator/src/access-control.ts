/**
 * Protections as Sheets enforces them on scripts: a user who is not an
 * editor of a protected range or sheet (and not the owner) cannot change
 * it; a warning-only protection stops nobody (the warning is a UI dialog
 * that a script never sees). There is no other permission model.
 */
import { containsCell, intersects, lastColumnOf, lastRowOf, type GridRange } from './grid-range';
import type { ProtectionData } from './protection-data';
import type { Users } from './users';
import type { Workbook } from './workbook';

export const PROTECTED_CELL_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export const PROTECTION_PERMISSION_MESSAGE = 'You do not have permission to change this protection.';

/** The users a protection lets edit: the owner always, and the spreadsheet's editors while the list mirrors them. */
export function protectionEditors(protection: ProtectionData, users: Users): string[] {
  if (protection.editors === null) return users.editors();
  return [users.owner, ...[...protection.editors].filter((email) => email !== users.owner)];
}

export function canEditProtection(protection: ProtectionData, users: Users, email: string = users.active): boolean {
  if (email === users.owner || protection.warningOnly) return true;
  return protection.editors === null ? users.isEditor(email) : protection.editors.has(email);
}

/** The cells a protection covers now (a range protection may follow a named range). */
export function protectedRange(protection: ProtectionData, workbook: Workbook): GridRange {
  if (protection.kind === 'SHEET') {
    const sheet = workbook.sheet(protection.range.sheetId);
    return { sheetId: sheet.sheetId, row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  }
  return (protection.rangeName ? workbook.namedRange(protection.rangeName) : undefined) ?? protection.range;
}

function coveredByUnprotected(range: GridRange, unprotected: readonly GridRange[]): boolean {
  for (let row = range.row; row <= lastRowOf(range); row++) {
    for (let column = range.column; column <= lastColumnOf(range); column++) {
      if (!unprotected.some((free) => free.sheetId === range.sheetId && containsCell(free, row, column))) return false;
    }
  }
  return true;
}

/** Throws Sheets' message when the active user may not change any cell of `range`. */
export function assertCanEditCells(workbook: Workbook, users: Users, range: GridRange): void {
  for (const protection of workbook.protections) {
    if (protection.range.sheetId !== range.sheetId || canEditProtection(protection, users)) continue;
    if (protection.kind === 'RANGE' && intersects(protectedRange(protection, workbook), range))
      throw new Error(PROTECTED_CELL_MESSAGE);
    if (protection.kind === 'SHEET' && !coveredByUnprotected(range, protection.unprotectedRanges))
      throw new Error(PROTECTED_CELL_MESSAGE);
  }
}

/** Throws when the active user may not change the sheet itself (rename, insert rows, freeze, rules, charts). */
export function assertCanEditSheet(workbook: Workbook, users: Users, sheetId: number): void {
  for (const protection of workbook.protections) {
    if (protection.kind === 'SHEET' && protection.range.sheetId === sheetId && !canEditProtection(protection, users)) {
      throw new Error(PROTECTED_CELL_MESSAGE);
    }
  }
}

export function assertCanChangeProtection(protection: ProtectionData, users: Users): void {
  if (!canEditProtection(protection, users)) throw new Error(PROTECTION_PERMISSION_MESSAGE);
}
