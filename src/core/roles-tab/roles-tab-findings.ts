/**
 * The Roles tab's findings for the sidebar: the same rules and words as the
 * tab's custom functions, over the same cells — the matrix, its header, and
 * the figures under it — so the sidebar and the tab never disagree.
 */
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
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
import type { SheetsGrid, SheetsScalar } from '../sheet-values';
import type { BuiltRolesLayout } from './built-layout';
import { cellText, findRolesTabStructure, nameKey, type SheetRegion } from './read-roles-tab';
import { LABEL_COLUMN, TAIL_VALUE_COLUMN, tailRow } from './roles-tab-layout';

/** `null` when the region is not a Roles tab the add-on made. */
export function rolesTabFindings(region: SheetRegion, layout: BuiltRolesLayout | null, lang: Lang): ExplainedFinding[] | null {
  const structure = findRolesTabStructure(region);
  if (!structure) return null;
  const value = (row: number, column: number): SheetsScalar => region.values[row]?.[column] ?? '';
  const rows = Array.from({ length: structure.matrixRows }, (_, index) => 1 + index);
  const columns = Array.from({ length: structure.matrixColumns }, (_, index) => 1 + index);
  const grid: SheetsGrid = rows.map((row) => columns.map((column) => value(row, column)));
  const labels = {
    directionNames: rows.map((row) => cellText(value(row, LABEL_COLUMN))),
    roleNames: columns.map((column) => cellText(value(0, column))),
  };

  const figure = (row: 'headcount' | 'people' | 'limit', min: number) => wholeNumber(value(tailRow(structure, row), TAIL_VALUE_COLUMN), min);
  const headcount = figure('headcount', 1);
  const people = figure('people', 0);
  const staffing = headcount !== null && people !== null ? { companyHeadcount: headcount, departmentPeople: people } : undefined;
  const maxResponsible = figure('limit', 1) ?? DEFAULT_MAX_RESPONSIBLE;

  const reading = grid.length > 0 && (grid[0]?.length ?? 0) > 0 ? readRaciMatrix(grid) : { ok: true as const, matrix: [] };
  const findings: ExplainedFinding[] = reading.ok
    ? reviewRaci({ matrix: reading.matrix, maxResponsible, staffing }).findings.map((finding) => explainFinding(finding, lang, labels))
    : [
        // The checks stop at a cell they cannot read, as the tab's functions do; staffing does not depend on the cells.
        ...reading.invalidCells.map((cell) => invalidCellFinding(cell, lang, labels)),
        ...reviewRaci({ matrix: [], staffing }).findings.map((finding) => explainFinding(finding, lang, labels)),
      ];

  const keptNames = new Set((layout?.columns ?? []).filter((column) => column.kept).map((column) => column.name.trim().toLowerCase()));
  for (const column of columns) {
    if (keptNames.has(nameKey(value(0, column)))) {
      findings.push({
        text: translate(teamMessages, lang, 'kept_column_finding', { name: roleName(column - 1, lang, labels.roleNames) }),
        why: translate(teamMessages, lang, 'why_kept_column'),
      });
    }
  }
  return findings;
}

function invalidCellFinding(cell: InvalidRaciCell, lang: Lang, labels: { directionNames: string[]; roleNames: string[] }): ExplainedFinding {
  const params = {
    direction: directionName(cell.row - 1, lang, labels.directionNames),
    role: roleName(cell.column - 1, lang, labels.roleNames),
    text: cell.text,
  };
  const key = cell.problem === 'error_value' ? 'invalid_cell_error' : cell.problem === 'repeated_letter' ? 'invalid_cell_repeated' : 'invalid_cell';
  return { text: translate(teamMessages, lang, key, params), why: translate(teamMessages, lang, 'why_invalid_cell') };
}

/** A figure the team typed or the build wrote: a whole number at least `min`, else unknown. */
function wholeNumber(value: SheetsScalar, min: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : null;
}
