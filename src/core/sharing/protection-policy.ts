/**
 * One policy for every protection the add-on makes, on every tab it builds.
 *
 * Before the spreadsheet is shared with the team, a person works alone: the
 * cells the add-on computes carry a warning (a click asks first, nobody is
 * locked out), the rest is open. Once shared, the template's structure —
 * the KPI tab's header, key and formula columns, the Roles tab, the Team
 * tab — is locked to the head(s) of the department and the owner; the
 * data-entry cells stay open to every editor.
 */
import type { CellRange } from '../a1-notation';

/**
 * - `computed`: cells the add-on computes or writes from the sidebar (formulas, checks, the Team tab):
 *   a warning before sharing, locked after.
 * - `structure`: the rest of the template's frame (headers, keys, the matrix): open before sharing, locked after.
 */
export type ProtectedAreaKind = 'computed' | 'structure';

/** A part of a tab the add-on protects, with the words a person sees on it. */
export interface ProtectedArea {
  range: CellRange;
  description: string;
  kind: ProtectedAreaKind;
}

/** How protections are made now: with a warning (not shared yet), or locked to a list of editors (shared). */
export type ProtectionPolicy = { kind: 'warn' } | { kind: 'locked'; editors: readonly string[] };

export const WARN_ONLY: ProtectionPolicy = { kind: 'warn' };

/** A protection to make: warning-only, or locked with exactly these editors (the owner is always one, whatever the list). */
export type PlannedProtection =
  | { range: CellRange; description: string; warningOnly: true }
  | { range: CellRange; description: string; warningOnly: false; editors: readonly string[] };

export function plannedProtections(areas: readonly ProtectedArea[], policy: ProtectionPolicy): PlannedProtection[] {
  const drawn = areas.filter((area) => area.range.rows > 0 && area.range.columns > 0);
  if (policy.kind === 'warn') {
    return drawn
      .filter((area) => area.kind === 'computed')
      .map(({ range, description }) => ({ range, description, warningOnly: true }));
  }
  // Locked, an area inside another locks nothing more: one protection fewer to make and to read.
  return drawn
    .filter((_, index) => !isInsideAnother(drawn, index))
    .map(({ range, description }) => ({ range, description, warningOnly: false, editors: policy.editors }));
}

/** Inside a larger area, or the same cells as an earlier one. */
function isInsideAnother(areas: readonly ProtectedArea[], index: number): boolean {
  const range = areas[index]?.range;
  if (!range) return false;
  return areas.some(
    (other, otherIndex) =>
      otherIndex !== index && contains(other.range, range) && (otherIndex < index || !contains(range, other.range)),
  );
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** Consecutive 1-based columns as runs, so neighbouring columns share one protection: [1, 2, 5] → [[1, 2], [5, 1]] (first column, count). */
export function columnRuns(columns: readonly number[]): { column: number; count: number }[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: { column: number; count: number }[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.count === column) last.count += 1;
    else runs.push({ column, count: 1 });
  }
  return runs;
}
