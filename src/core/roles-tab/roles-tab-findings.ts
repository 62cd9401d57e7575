/**
 * The Roles tab's findings for the sidebar: the same rules and words as the
 * tab's check formulas, over the same cells — the matrix, its header, and
 * the figures under it — so the sidebar and the tab never disagree. Where
 * the cells are is the view's business (roles-tab-view.ts): by anchors on an
 * anchored tab, by formulas and labels on an older one.
 */
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { raciMessages } from '../i18n/raci-messages';
import { teamMessages } from '../i18n/team-messages';
import {
  DEFAULT_MAX_RESPONSIBLE,
  directionName,
  explainFinding,
  readRaciMatrix,
  reviewRaci,
  roleName,
  type ExplainedFinding,
  type InvalidRaciCell,
} from '../raci';
import type { SheetsScalar } from '../sheet-values';
import type { BuiltRolesLayout } from './built-layout';
import type { RolesTabView } from './roles-tab-view';

export function rolesTabFindings(view: RolesTabView, layout: BuiltRolesLayout | null, lang: Lang): ExplainedFinding[] {
  // A blank name reads "row 5" / "column 3" by where it is on the sheet, not by its place in the list.
  const labels = {
    directionNames: view.directionNames.map(
      (name, index) =>
        name || translate(raciMessages, lang, 'row_fallback', { row: view.directionRows[index] ?? index + 1 }),
    ),
    roleNames: view.columnNames.map(
      (name, index) =>
        name || translate(raciMessages, lang, 'column_fallback', { column: view.columnNumbers[index] ?? index + 1 }),
    ),
  };

  const headcount = wholeNumber(view.headcount, 1);
  const people = wholeNumber(view.people, 0);
  const staffing =
    headcount !== null && people !== null ? { companyHeadcount: headcount, departmentPeople: people } : undefined;
  const maxResponsible = wholeNumber(view.limit, 1) ?? DEFAULT_MAX_RESPONSIBLE;

  const grid = view.letters;
  const reading =
    grid.length > 0 && (grid[0]?.length ?? 0) > 0 ? readRaciMatrix(grid) : { ok: true as const, matrix: [] };
  const findings: ExplainedFinding[] = reading.ok
    ? reviewRaci({ matrix: reading.matrix, maxResponsible, staffing }).findings.map((finding) =>
        explainFinding(finding, lang, labels),
      )
    : [
        // The checks stop at a cell they cannot read, as the tab's formulas do; staffing does not depend on the cells.
        ...reading.invalidCells.map((cell) => invalidCellFinding(cell, lang, labels)),
        ...reviewRaci({ matrix: [], staffing }).findings.map((finding) => explainFinding(finding, lang, labels)),
      ];

  // A kept column (no longer in the team) is known by its id; on a tab built before anchoring, by the name the build wrote.
  const kept = (layout?.columns ?? []).filter((column) => column.kept);
  const keptIds = new Set(kept.flatMap((column) => (column.id ? [column.id] : [])));
  const keptNames = new Set(kept.map((column) => column.name.trim().toLowerCase()));
  view.columnNames.forEach((name, index) => {
    const id = view.columnIds[index] ?? null;
    if (id !== null ? keptIds.has(id) : keptNames.has(name.toLowerCase())) {
      findings.push({
        text: translate(teamMessages, lang, 'kept_column_finding', { name: roleName(index, lang, labels.roleNames) }),
        why: translate(teamMessages, lang, 'why_kept_column'),
      });
    }
  });
  return findings;
}

function invalidCellFinding(
  cell: InvalidRaciCell,
  lang: Lang,
  labels: { directionNames: string[]; roleNames: string[] },
): ExplainedFinding {
  const params = {
    direction: directionName(cell.row - 1, lang, labels.directionNames),
    role: roleName(cell.column - 1, lang, labels.roleNames),
    text: cell.text,
  };
  const key =
    cell.problem === 'error_value'
      ? 'invalid_cell_error'
      : cell.problem === 'repeated_letter'
        ? 'invalid_cell_repeated'
        : 'invalid_cell';
  return { text: translate(teamMessages, lang, key, params), why: translate(teamMessages, lang, 'why_invalid_cell') };
}

/** A figure the team typed or the build wrote: a whole number at least `min`, else unknown. */
function wholeNumber(value: SheetsScalar, min: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : null;
}
