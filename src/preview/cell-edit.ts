/**
 * A person typing into a cell, as Sheets takes it: text beginning with '='
 * is a formula, an empty entry clears the cell, anything else is read as a
 * number, percent, currency or date where it looks like one (the emulator's
 * `setValue` reads typed text as Sheets does). An entry that breaks a
 * rejecting data validation is refused and the cell left as it was.
 */
import type { PlainValue } from '../emulator';
import { satisfiesValidation } from './validation-check';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type CriteriaValues = Parameters<typeof satisfiesValidation>[0]['criteriaValues'];

export type CellEditOutcome =
  | { ok: true }
  /** Sheets' "There was a problem" dialog shows the rule's help text, or its own sentence when there is none. */
  | { ok: false; helpText: string };

interface CellContent {
  formula: string;
  value: unknown;
  numberFormat: string;
}

function readContent(cell: Range): CellContent {
  return { formula: cell.getFormula(), value: cell.getValue(), numberFormat: cell.getNumberFormat() };
}

function restoreContent(cell: Range, content: CellContent): void {
  if (content.formula !== '') cell.setFormula(content.formula);
  else if (content.value === '') cell.clearContent();
  else cell.setValue(content.value);
  cell.setNumberFormat(content.numberFormat);
}

function asPlainValue(value: unknown): PlainValue | null {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
}

export function editCell(spreadsheet: Spreadsheet, sheetName: string, a1: string, input: string): CellEditOutcome {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
  const cell = sheet.getRange(a1);
  if (cell.getNumRows() !== 1 || cell.getNumColumns() !== 1) throw new Error(`Not one cell: ${a1}`);

  if (input.startsWith('=')) {
    // The preview does not check a formula's result against the rule (the README lists this).
    cell.setFormula(input);
    return { ok: true };
  }
  if (input === '') {
    cell.clearContent();
    return { ok: true };
  }
  const before = readContent(cell);
  cell.setValue(input);
  const rule = cell.getDataValidation();
  const typed = asPlainValue(cell.getValue());
  if (!rule || rule.getAllowInvalid() || typed === null) return { ok: true };
  const criteria = { criteriaType: String(rule.getCriteriaType()), criteriaValues: rule.getCriteriaValues() as CriteriaValues };
  if (satisfiesValidation(criteria, typed)) return { ok: true };
  restoreContent(cell, before);
  return { ok: false, helpText: rule.getHelpText() ?? '' };
}
