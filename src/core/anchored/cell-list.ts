/**
 * Cells named in a message: "C5, D7, F12" in sheet order, the first few
 * only, then how many more, so a message stays readable.
 */
import { a1Cell } from '../a1-notation';
import type { CellPlace } from './kept-check';

export function describeCells(cells: readonly CellPlace[], limit = 12): string {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const named = sorted.slice(0, limit).map((cell) => a1Cell(cell.row, cell.column));
  const more = sorted.length - named.length;
  return more > 0 ? `${named.join(', ')} (+${more})` : named.join(', ');
}
