/**
 * How RACI_CHECK and ROLE_LOAD read a matrix cell (core/raci/read-cell.ts),
 * for their documentation only. One string, not a list spread into theirs:
 * esbuild keeps a spread (it may run an iterator), and with it the docs.
 */
export const RACI_CELL_NOTES =
  'A cell is blank (or a lone dash), or R, A, C, I in either case with spaces ignored. ' +
  'A cell may hold several distinct letters, each of which counts: "A/R", "R/A", "A, R" and "AR" are all accountable and responsible. ' +
  'The Cyrillic А and С are read as A and C. Anything else ("X", "RR", a number) stops the function with a message naming the cell.';
