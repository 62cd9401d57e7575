/**
 * The preview's evaluation of custom-formula rules, which the page cannot
 * do (it has no formula engine): which filled cells break a custom-formula
 * validation, and which cells a conditional format's custom formula colours
 * (those the page does not read itself). Sheets reads a custom formula's
 * relative references from the first cell of the range the rule was set on
 * (docs/emulator.md); the emulator keeps a validation per cell, so that
 * first cell is where the same rule's run of cells starts, upwards and then
 * leftwards.
 */
import type { CellPoint, SheetSnapshot, ValidationSnapshot } from 'sheets-emulator';
import { blockOf } from './page/cell-position';
import { isSimpleCustomFormula } from './page/conditional-paint';
import type { CustomFormulaFindings } from './preview-snapshot';

export type FormulaHolds = (formula: string, anchor: CellPoint, cell: CellPoint) => boolean;

/** A custom-formula validation as one comparable text; null for a cell without one. */
export function customRuleKey(
  rule: Pick<ValidationSnapshot, 'criteriaType' | 'criteriaValues' | 'allowInvalid' | 'helpText'> | null,
): string | null {
  if (rule?.criteriaType !== 'CUSTOM_FORMULA') return null;
  return JSON.stringify([rule.criteriaValues, rule.allowInvalid, rule.helpText]);
}

/** The first cell of the run of cells holding the same rule as `cell`: up the column, then left along that row. */
export function ruleAnchor(keyAt: (cell: CellPoint) => string | null, cell: CellPoint): CellPoint {
  const key = keyAt(cell);
  let row = cell.row;
  while (row > 1 && keyAt({ row: row - 1, column: cell.column }) === key) row -= 1;
  let column = cell.column;
  while (column > 1 && keyAt({ row, column: column - 1 }) === key) column -= 1;
  return { row, column };
}

export function customFormulaFindings(sheet: SheetSnapshot, holds: FormulaHolds): CustomFormulaFindings {
  const keys = sheet.validations.map((line) => line.map(customRuleKey));
  const keyAt = (cell: CellPoint) => keys[cell.row - 1]?.[cell.column - 1] ?? null;
  const invalid: string[] = [];
  sheet.validations.forEach((line, r) =>
    line.forEach((rule, c) => {
      const cell = { row: r + 1, column: c + 1 };
      // Sheets checks no rule on an empty cell; a rejecting rule is checked when a person types (preview/cell-edit), the page marks only warning rules.
      if (!rule?.allowInvalid || keyAt(cell) === null || (sheet.values[r]?.[c] ?? '') === '') return;
      if (!holds(String(rule.criteriaValues[0] ?? ''), ruleAnchor(keyAt, cell), cell))
        invalid.push(`${cell.row}:${cell.column}`);
    }),
  );

  const matches: Record<number, string[]> = {};
  sheet.conditionalFormatRules.forEach((rule, index) => {
    const formula = String(rule.criteriaValues[0] ?? '');
    if (rule.criteriaType !== 'CUSTOM_FORMULA' || isSimpleCustomFormula(formula)) return;
    const cells: string[] = [];
    for (const a1 of rule.ranges) {
      const block = blockOf(a1);
      if (!block || (block.sheetName !== undefined && block.sheetName !== sheet.name)) continue;
      const anchor = { row: block.top, column: block.left };
      // Cells past the sheet's content hold nothing, as the page's own painting assumes.
      for (let row = block.top; row <= Math.min(block.bottom, sheet.numRows); row++) {
        for (let column = block.left; column <= Math.min(block.right, sheet.numColumns); column++) {
          if (holds(formula, anchor, { row, column })) cells.push(`${row}:${column}`);
        }
      }
    }
    matches[index] = cells;
  });
  return { invalid, matches };
}
