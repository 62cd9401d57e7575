/**
 * The Roles tab's checks one line at a time, as its native formulas compute
 * them (core/raci/native-formulas.ts renders these same rules into Sheets
 * formulas; a property test holds the two equal):
 * - a direction's row: "OK", its faults in words, or the cells it cannot
 *   read, named by their columns;
 * - a role's (or person's) column: its R and A counts, overloaded or not,
 *   or the cells it cannot read, named by their directions;
 * - the department's size.
 * Unlike RACI_CHECK and ROLE_LOAD over a whole range, an unreadable cell
 * stops only its own line: the rest of the tab is still checked.
 */
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { raciMessages } from '../i18n/raci-messages';
import type { SheetsScalar } from '../sheet-values';
import { checkDirection } from './direction-check';
import { directionName, directionStatusText, roleLoadText, roleName, staffingStatusText } from './explanation';
import type { RaciCell } from './raci-letter';
import { readRaciCell } from './read-cell';
import { roleLoads } from './role-load';
import { checkStaffing } from './staffing';

/** A line's cells read, or the 0-based positions of those that do not read. */
function readLine(
  values: readonly SheetsScalar[],
): { ok: true; cells: RaciCell[] } | { ok: false; unreadable: number[] } {
  const readings = values.map(readRaciCell);
  const unreadable = readings.flatMap((reading, index) => (reading.ok ? [] : [index]));
  if (unreadable.length > 0) return { ok: false, unreadable };
  return { ok: true, cells: readings.map((reading) => (reading.ok ? reading.cell : [])) };
}

function unreadableText(names: readonly string[], lang: Lang): string {
  return capitalise(translate(raciMessages, lang, 'unreadable_cells', { names: names.join(', ') }));
}

/** @param roleNames the matrix's header, one per cell of the row (blank: "column 3") */
export function directionLineText(values: readonly SheetsScalar[], roleNames: readonly string[], lang: Lang): string {
  const line = readLine(values);
  if (!line.ok)
    return unreadableText(
      line.unreadable.map((column) => roleName(column, lang, roleNames)),
      lang,
    );
  return directionStatusText(checkDirection(line.cells, 0), lang, roleNames);
}

/** @param directionNames column A beside the matrix, one per cell of the column (blank: "row 5") */
export function roleLineText(
  values: readonly SheetsScalar[],
  directionNames: readonly string[],
  maxResponsible: number,
  lang: Lang,
): string {
  const line = readLine(values);
  if (!line.ok)
    return unreadableText(
      line.unreadable.map((row) => directionName(row, lang, directionNames)),
      lang,
    );
  const [load] = roleLoads(
    line.cells.map((cell) => [cell]),
    maxResponsible,
  );
  return load ? roleLoadText(load, lang) : '';
}

/** Both figures are whole numbers (the add-on writes them from the team): head count 1 or more, people 0 or more. */
export function staffingLineText(companyHeadcount: number, departmentPeople: number, lang: Lang): string {
  return staffingStatusText(checkStaffing(companyHeadcount, departmentPeople), lang);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
