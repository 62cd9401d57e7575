/**
 * Whether Sheets would warn before a person edits a cell: it lies in a
 * warning-only protected range or sheet ("Heads up! You are trying to edit
 * part of this sheet that shouldn't be changed accidentally"). Protections
 * that forbid the edit are enforced by the emulator itself.
 */
import type { SheetSnapshot } from 'sheets-emulator';
import { blockContains, blockOf, type CellPosition } from './cell-position';

export function warnsBeforeEditing(sheet: SheetSnapshot, position: CellPosition): boolean {
  return sheet.protections.some((protection) => {
    if (!protection.warningOnly) return false;
    const inside = (a1: string) => {
      const block = blockOf(a1);
      return block !== null && blockContains(block, position);
    };
    if (protection.kind === 'SHEET') return !protection.unprotectedRanges.some(inside);
    return inside(protection.range);
  });
}
