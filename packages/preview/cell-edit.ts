/**
 * A person typing into a cell, as Sheets takes it in the spreadsheet's
 * locale: text beginning with '=' is a formula, typed with the locale's
 * separators and stored as Sheets stores it (English names and commas); an
 * empty entry clears the cell; anything else is read as a number, percent or
 * amount in the locale's way of writing numbers (core/number-text.ts),
 * else as Sheets reads typed text (a date, a word: the emulator's
 * `setValue`). An entry that breaks a rejecting data validation is refused
 * and the cell left as it was.
 */
import type { PlainValue } from 'sheets-emulator';
import { storedFormula } from './locale/formula-syntax';
import { unreadableFormula } from './locale/unreadable-formula';
import { readTypedNumber, type NotNumberReason } from '../../src/core/number-text';
import { satisfiesValidation } from './validation-check';
import { customRuleKey, ruleAnchor, type FormulaHolds } from './custom-formula-findings';
import type { CellPoint } from 'sheets-emulator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type CriteriaValues = Parameters<typeof satisfiesValidation>[0]['criteriaValues'];

export type CellEditOutcome =
  | { ok: true }
  /** Sheets' "There was a problem" dialog shows the rule's help text, or its own sentence when there is none. */
  | { ok: false; helpText: string; notNumber?: NotNumberReason };

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

/** The cells above and to the left of `cell`, as custom-rule keys, to find where the cell's rule was set from. */
function anchorOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, cell: CellPoint): CellPoint {
  const rules = sheet.getRange(1, 1, cell.row, cell.column).getDataValidations();
  const keyAt = (at: CellPoint) => {
    const rule = rules[at.row - 1]?.[at.column - 1];
    if (!rule) return null;
    const criteriaValues =
      String(rule.getCriteriaType()) === 'CUSTOM_FORMULA' ? (rule.getCriteriaValues() as CriteriaValues) : [];
    return customRuleKey({
      criteriaType: String(rule.getCriteriaType()),
      criteriaValues,
      allowInvalid: rule.getAllowInvalid(),
      helpText: rule.getHelpText() ?? '',
    });
  };
  return ruleAnchor(keyAt, cell);
}

/**
 * `holds` evaluates a custom-formula rule (the emulator's engine); without
 * it, such rules pass, as they did before the preview could evaluate them.
 */
export function editCell(
  spreadsheet: Spreadsheet,
  sheetName: string,
  a1: string,
  input: string,
  holds?: FormulaHolds,
): CellEditOutcome {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
  const cell = sheet.getRange(a1);
  if (cell.getNumRows() !== 1 || cell.getNumColumns() !== 1) throw new Error(`Not one cell: ${a1}`);

  const locale = spreadsheet.getSpreadsheetLocale();
  if (input.startsWith('=')) {
    // The preview does not check a formula's result against the rule (the README lists this).
    const stored = storedFormula(input, locale);
    // A formula that breaks the locale's syntax (=SUM(A1,B1) in ru_RU) is a parse error in Sheets, kept as typed.
    cell.setFormula(stored.ok ? stored.formula : unreadableFormula(input));
    return { ok: true };
  }
  if (input === '') {
    cell.clearContent();
    return { ok: true };
  }
  const before = readContent(cell);
  const entry = readTypedNumber(input, locale);
  // A leading apostrophe keeps text as text in Sheets and in the engine ("15000.50" in ru_RU is not a number there).
  cell.setValue(entry.kind === 'number' ? entry.canonical : entry.kind === 'text' ? `'${input}` : input);
  const rule = cell.getDataValidation();
  const typed = asPlainValue(cell.getValue());
  if (!rule || rule.getAllowInvalid() || typed === null) return { ok: true };
  const criteria = {
    criteriaType: String(rule.getCriteriaType()),
    criteriaValues: rule.getCriteriaValues() as CriteriaValues,
  };
  const satisfied =
    criteria.criteriaType === 'CUSTOM_FORMULA' && holds && typed !== ''
      ? holds(
          String(criteria.criteriaValues[0] ?? ''),
          anchorOf(sheet, { row: cell.getRow(), column: cell.getColumn() }),
          { row: cell.getRow(), column: cell.getColumn() },
        )
      : satisfiesValidation(criteria, typed);
  if (satisfied) return { ok: true };
  restoreContent(cell, before);
  const refused = { ok: false as const, helpText: rule.getHelpText() ?? '' };
  return entry.kind === 'text' ? { ...refused, notNumber: entry.reason } : refused;
}
