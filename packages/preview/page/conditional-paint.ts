/**
 * Conditional-format colours, evaluated in the page: the emulator stores
 * the rules and does not paint them. The criteria here are the ones Sheets'
 * "Format rules" offer for text and numbers, blank and not blank, and a
 * custom formula of the simple shape `=$L2<0` (one cell compared with a
 * number or a text); other custom formulas by the server's evaluation in
 * the snapshot (preview/custom-formula-findings). Other rules (dates,
 * colour scales) are not painted; the README says so. As in Sheets, the first rule that
 * matches a cell paints it.
 */
import type { ConditionalFormatSnapshot, PlainValue } from 'sheets-emulator';
import type { PreviewSheet } from '../preview-snapshot';
import { columnNumber } from 'sheets-emulator/a1-notation';
import { blockOf, type CellBlock, type CellPosition } from './cell-position';

export type Paint = ConditionalFormatSnapshot['style'];

type Comparison = '<' | '<=' | '>' | '>=' | '=' | '<>';

function compare(left: PlainValue, operator: Comparison, right: PlainValue): boolean {
  // Sheets compares text without regard to case.
  const a = typeof left === 'string' ? left.toLowerCase() : left;
  const b = typeof right === 'string' ? right.toLowerCase() : right;
  if (typeof a !== typeof b) return operator === '<>';
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
    case '<>':
      return a !== b;
  }
}

function firstNumber(rule: ConditionalFormatSnapshot, index: number): number {
  return Number(rule.criteriaValues[index]);
}

function firstText(rule: ConditionalFormatSnapshot): string {
  return String(rule.criteriaValues[0] ?? '').toLowerCase();
}

/** `=$L2<0`, `=B2="DROP"`, `=$F2>=10`: a reference, a comparison, a number or a quoted text. */
const SIMPLE_FORMULA = /^=\s*(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?|"[^"]*")\s*$/;

/** Whether the page reads this custom formula itself; the server evaluates the others (preview/custom-formula-findings). */
export function isSimpleCustomFormula(formula: string): boolean {
  return SIMPLE_FORMULA.test(formula);
}

/** The server's answer for a custom formula the page cannot read: the cells it holds for. */
function serverFormulaTest(matches: readonly string[] | undefined): ((position: CellPosition) => boolean) | null {
  if (!matches) return null;
  const holds = new Set(matches);
  return (position) => holds.has(`${position.row}:${position.column}`);
}

function customFormulaTest(
  formula: string,
  anchor: CellBlock,
  valueAt: (position: CellPosition) => PlainValue,
): ((position: CellPosition) => boolean) | null {
  const match = SIMPLE_FORMULA.exec(formula);
  if (!match) return null;
  const [, columnFixed, letters = '', rowFixed, rowText = '', operator, literal = ''] = match;
  const column = columnNumber(letters);
  const row = Number(rowText);
  const right: PlainValue = literal.startsWith('"') ? literal.slice(1, -1) : Number(literal);
  // Relative parts move with the cell, measured from the rule's first cell, as Sheets reads them.
  return (position) => {
    const target = {
      row: rowFixed ? row : row + (position.row - anchor.top),
      column: columnFixed ? column : column + (position.column - anchor.left),
    };
    return compare(valueAt(target), operator as Comparison, right);
  };
}

function criterionTest(
  rule: ConditionalFormatSnapshot,
  anchor: CellBlock,
  valueAt: (position: CellPosition) => PlainValue,
  serverMatches: readonly string[] | undefined,
): ((position: CellPosition) => boolean) | null {
  const number = (test: (value: number) => boolean) => (position: CellPosition) => {
    const value = valueAt(position);
    return typeof value === 'number' && test(value);
  };
  const text = (test: (value: string) => boolean) => (position: CellPosition) => {
    const value = valueAt(position);
    return value !== '' && test(String(value).toLowerCase());
  };
  const a = firstNumber(rule, 0);
  const b = firstNumber(rule, 1);
  switch (rule.criteriaType) {
    case 'NUMBER_GREATER_THAN':
      return number((value) => value > a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number((value) => value >= a);
    case 'NUMBER_LESS_THAN':
      return number((value) => value < a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number((value) => value <= a);
    case 'NUMBER_EQUAL_TO':
      return number((value) => value === a);
    case 'NUMBER_NOT_EQUAL_TO':
      return number((value) => value !== a);
    case 'NUMBER_BETWEEN':
      return number((value) => value >= Math.min(a, b) && value <= Math.max(a, b));
    case 'NUMBER_NOT_BETWEEN':
      return number((value) => value < Math.min(a, b) || value > Math.max(a, b));
    case 'TEXT_EQUAL_TO':
      return text((value) => value === firstText(rule));
    case 'TEXT_CONTAINS':
      return text((value) => value.includes(firstText(rule)));
    case 'TEXT_DOES_NOT_CONTAIN':
      return text((value) => !value.includes(firstText(rule)));
    case 'TEXT_STARTS_WITH':
      return text((value) => value.startsWith(firstText(rule)));
    case 'TEXT_ENDS_WITH':
      return text((value) => value.endsWith(firstText(rule)));
    case 'CELL_EMPTY':
      return (position) => valueAt(position) === '';
    case 'CELL_NOT_EMPTY':
      return (position) => valueAt(position) !== '';
    case 'CUSTOM_FORMULA':
      return (
        customFormulaTest(String(rule.criteriaValues[0] ?? ''), anchor, valueAt) ?? serverFormulaTest(serverMatches)
      );
    default:
      return null;
  }
}

/** The paint of every cell some rule matches, by "row:column". */
export function conditionalPaints(sheet: PreviewSheet): Map<string, Paint> {
  const painted = new Map<string, Paint>();
  const valueAt = (position: CellPosition): PlainValue => sheet.values[position.row - 1]?.[position.column - 1] ?? '';
  for (const [index, rule] of sheet.conditionalFormatRules.entries()) {
    for (const a1 of rule.ranges) {
      const block = blockOf(a1);
      if (!block || (block.sheetName !== undefined && block.sheetName !== sheet.name)) continue;
      const test = criterionTest(rule, block, valueAt, sheet.customFormulas?.matches[index]);
      if (!test) continue;
      // Cells past the sheet's content hold nothing, so only blank-matching rules could paint them: those are left out.
      for (let row = block.top; row <= Math.min(block.bottom, sheet.numRows); row++) {
        for (let column = block.left; column <= Math.min(block.right, sheet.numColumns); column++) {
          const key = `${row}:${column}`;
          if (!painted.has(key) && test({ row, column })) painted.set(key, rule.style);
        }
      }
    }
  }
  return painted;
}
