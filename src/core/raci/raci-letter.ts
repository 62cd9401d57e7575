/**
 * The four letters of a responsibility (RACI) matrix and what one cell holds.
 *
 * R: responsible — does the work. A: accountable — answers for the result,
 * exactly one per direction. C: consulted before decisions. I: informed after.
 */
export type RaciLetter = 'R' | 'A' | 'C' | 'I';

/** In the acronym's order, which is also the order a cell is written in. */
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

/**
 * One cell: the distinct letters it holds, in `RACI_LETTERS` order; `[]` is a
 * blank cell. An array rather than a Set so that it crosses
 * `google.script.run` as plain data.
 */
export type RaciCell = readonly RaciLetter[];

/** Rows are directions, columns are roles (or people); no header row or label column. */
export type RaciMatrix = readonly (readonly RaciCell[])[];

export function hasLetter(cell: RaciCell, letter: RaciLetter): boolean {
  return cell.includes(letter);
}

/** A cell from letters in any order and with repeats, as the canonical cell. */
export function raciCell(...letters: readonly RaciLetter[]): RaciCell {
  return RACI_LETTERS.filter((letter) => letters.includes(letter));
}

/** How a cell is written into a sheet: "" , "R", "R/A". `readRaciCell` reads it back as the same cell. */
export function formatRaciCell(cell: RaciCell): string {
  return raciCell(...cell).join('/');
}
