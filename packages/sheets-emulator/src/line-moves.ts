/**
 * Where a row or column ends up when rows (or columns) are inserted,
 * deleted or moved; 1-based like Apps Script. Everything the emulator keeps
 * against a whole row or column (developer metadata, for one) uses these.
 */

/** After `count` lines are inserted before `at`. */
export function lineAfterInsertion(line: number, at: number, count: number): number {
  return line >= at ? line + count : line;
}

/** After lines `at`…`at + count - 1` are deleted; `undefined` when the line itself went. */
export function lineAfterDeletion(line: number, at: number, count: number): number | undefined {
  if (line < at) return line;
  if (line < at + count) return undefined;
  return line - count;
}

/**
 * Where the block `start`…`start + count - 1` starts after it is moved to
 * `destination`, which counts positions before the move (Apps Script's
 * `moveColumns` example: columns A–B moved to index 5 become C–D).
 */
export function movedBlockStart(start: number, count: number, destination: number): number {
  return destination > start + count - 1 ? destination - count : destination;
}

/** True when moving the block to `destination` leaves every line where it is. */
export function isMoveInPlace(start: number, count: number, destination: number): boolean {
  return destination >= start && destination <= start + count;
}

/** After the block `start`…`start + count - 1` is moved to `destination` (see `movedBlockStart`). */
export function lineAfterMove(line: number, start: number, count: number, destination: number): number {
  if (isMoveInPlace(start, count, destination)) return line;
  const newStart = movedBlockStart(start, count, destination);
  if (line >= start && line < start + count) return newStart + (line - start);
  const withoutBlock = line >= start + count ? line - count : line;
  return withoutBlock >= newStart ? withoutBlock + count : withoutBlock;
}
