/** A cell of the shown sheet, 1-based, and the ranges the snapshot names in A1. */
import { cellA1, parseA1 } from 'sheets-emulator/a1-notation';

export interface CellPosition {
  row: number;
  column: number;
}

export interface CellBlock {
  sheetName: string | undefined;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function a1Of(position: CellPosition): string {
  return cellA1(position.row, position.column);
}

/** "KPI!N2:N121", "'KPI 2025'!A:A" → bounds; open ends run to the end of the sheet. */
export function blockOf(a1: string): CellBlock | null {
  try {
    const bounds = parseA1(a1);
    return {
      sheetName: bounds.sheetName,
      top: bounds.startRow ?? 1,
      left: bounds.startColumn ?? 1,
      bottom: bounds.endRow ?? Number.POSITIVE_INFINITY,
      right: bounds.endColumn ?? Number.POSITIVE_INFINITY,
    };
  } catch {
    return null;
  }
}

export function blockContains(block: CellBlock, position: CellPosition): boolean {
  return (
    position.row >= block.top &&
    position.row <= block.bottom &&
    position.column >= block.left &&
    position.column <= block.right
  );
}
