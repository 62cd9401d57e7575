/**
 * Finds the parts of an existing Roles tab, wherever the team's edits have
 * moved them: a column inserted into the matrix pushes the Check column
 * right; a row inserted pushes the load row down. The Check column is found
 * by its RACI_CHECK formula (or, if a user deleted that, its header in
 * either language), the load row by its ROLE_LOAD formula (or its label).
 */
import { LANGS } from '../i18n/lang';
import { NATIVE_LINE_CHECK } from '../raci/native-formulas';
import { rolesTabMessages } from '../i18n/roles-tab-messages';
import { isBlank, type SheetsScalar } from '../sheet-values';
import { rolesTabPositions, type RolesTabPositions } from './roles-tab-layout';

/** A tab's region as getValues and getFormulas give it, from A1. */
export interface SheetRegion {
  values: readonly (readonly SheetsScalar[])[];
  formulas: readonly (readonly string[])[];
}

export const EMPTY_REGION: SheetRegion = { values: [], formulas: [] };

/** `RolesTabPositions` of the tab as it is now, and the size of its region. */
export interface RolesTabStructure extends RolesTabPositions {
  regionRows: number;
  regionColumns: number;
}

/** The custom functions of tabs built before the checks were native formulas, and the native line checks. */
const CHECK_FORMULA = /^=\s*RACI_CHECK\s*\(/i;
const LOAD_FORMULA = /^=\s*ROLE_LOAD\s*\(/i;
const isCheckFormula = (formula: string) => CHECK_FORMULA.test(formula) || NATIVE_LINE_CHECK.test(formula);
const isLoadFormula = (formula: string) => LOAD_FORMULA.test(formula) || NATIVE_LINE_CHECK.test(formula);

/** `null` when the region holds no Roles tab the add-on made (no Check column, or no load row). */
export function findRolesTabStructure(region: SheetRegion): RolesTabStructure | null {
  const regionRows = region.values.length;
  const regionColumns = region.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const checkColumn = findCheckColumn(region, regionColumns);
  const loadRow = findLoadRow(region, regionRows);
  if (checkColumn === null || loadRow === null) return null;
  return { ...rolesTabPositions(loadRow - 1, checkColumn - 1), regionRows, regionColumns };
}

function findCheckColumn(region: SheetRegion, columns: number): number | null {
  for (let column = 1; column < columns; column++) {
    if (isCheckFormula(region.formulas[1]?.[column] ?? '')) return column;
  }
  for (let column = 1; column < columns; column++) {
    if (isLabel(region.values[0]?.[column], 'col_check')) return column;
  }
  return null;
}

function findLoadRow(region: SheetRegion, rows: number): number | null {
  for (let row = 1; row < rows; row++) {
    if (isLoadFormula(region.formulas[row]?.[1] ?? '')) return row;
  }
  for (let row = 1; row < rows; row++) {
    if (isLabel(region.values[row]?.[0], 'load_label')) return row;
  }
  return null;
}

/** A cell holding one of our labels, in either language. */
function isLabel(value: SheetsScalar, key: 'col_check' | 'load_label'): boolean {
  const text = cellText(value).toLowerCase();
  return text !== '' && LANGS.some((lang) => rolesTabMessages[lang][key].toLowerCase() === text);
}

/** A cell as trimmed text: '' for a blank. */
export function cellText(value: SheetsScalar): string {
  return isBlank(value) ? '' : String(value).trim();
}

/** The same text, as names are compared: case and surrounding spaces do not matter. */
export function nameKey(value: SheetsScalar): string {
  return cellText(value).toLowerCase();
}
