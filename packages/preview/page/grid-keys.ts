/**
 * What a key does to the grid when no cell is being edited, as in Sheets:
 * arrows and Tab move, Enter and F2 edit, Delete and Backspace clear, and a
 * character starts editing with that character in place of the content.
 */
import type { CellPosition } from './cell-position';
import type { GridExtent } from './grid-geometry';

export type Direction = 'up' | 'down' | 'left' | 'right';

export type GridKeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'edit'; replaceWith?: string }
  | { kind: 'clear' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function gridKeyAction(press: KeyPress): GridKeyAction | null {
  const arrow = ARROWS[press.key];
  if (arrow) return { kind: 'move', direction: arrow };
  if (press.key === 'Tab') return { kind: 'move', direction: press.shiftKey ? 'left' : 'right' };
  if (press.key === 'Enter' || press.key === 'F2') return { kind: 'edit' };
  if (press.key === 'Delete' || press.key === 'Backspace') return { kind: 'clear' };
  if (press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey)
    return { kind: 'edit', replaceWith: press.key };
  return null;
}

/** One step in a direction, staying inside the drawn grid. */
export function step(position: CellPosition, direction: Direction, extent: GridExtent): CellPosition {
  const row = position.row + (direction === 'down' ? 1 : direction === 'up' ? -1 : 0);
  const column = position.column + (direction === 'right' ? 1 : direction === 'left' ? -1 : 0);
  return { row: Math.min(extent.rows, Math.max(1, row)), column: Math.min(extent.columns, Math.max(1, column)) };
}
