/**
 * Whether a value a person typed satisfies a cell's data validation, for
 * the criteria Sheets checks on input. The emulator only stores validation
 * rules (a script's writes are not checked in Sheets either); a person's
 * edit in the preview is checked here, as Sheets checks it. A blank cell
 * always passes; criteria not listed here pass too (the README says so).
 */
import type { PlainValue, ValidationSnapshot } from 'sheets-emulator';

type Rule = Pick<ValidationSnapshot, 'criteriaType' | 'criteriaValues'>;

function numberArgument(rule: Rule, index: number): number {
  const value = rule.criteriaValues[index];
  return typeof value === 'number' ? value : Number(value);
}

function numberTest(rule: Rule, value: number): boolean | undefined {
  const a = numberArgument(rule, 0);
  const b = numberArgument(rule, 1);
  switch (rule.criteriaType) {
    case 'NUMBER_BETWEEN':
      return value >= Math.min(a, b) && value <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return value < Math.min(a, b) || value > Math.max(a, b);
    case 'NUMBER_EQUAL_TO':
      return value === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return value !== a;
    case 'NUMBER_GREATER_THAN':
      return value > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return value >= a;
    case 'NUMBER_LESS_THAN':
      return value < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return value <= a;
    default:
      return undefined;
  }
}

function listItems(rule: Rule): string[] {
  const items = rule.criteriaValues[0];
  return Array.isArray(items) ? items.map(String) : [];
}

export function satisfiesValidation(rule: Rule, value: PlainValue): boolean {
  if (value === '') return true;
  if (rule.criteriaType.startsWith('NUMBER_')) return typeof value === 'number' && numberTest(rule, value) !== false;
  const text = String(value);
  switch (rule.criteriaType) {
    case 'VALUE_IN_LIST':
      return listItems(rule).includes(text);
    case 'TEXT_CONTAINS':
      return text.includes(String(rule.criteriaValues[0] ?? ''));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(rule.criteriaValues[0] ?? ''));
    case 'TEXT_EQUAL_TO':
      return text === String(rule.criteriaValues[0] ?? '');
    case 'CHECKBOX':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

/** The items of a drop-down list, or null for a rule that shows none. */
export function dropdownItems(rule: Rule): string[] | null {
  if (rule.criteriaType !== 'VALUE_IN_LIST') return null;
  // requireValueInList(values, showDropdown): the second criteria value says whether Sheets draws the arrow.
  return rule.criteriaValues[1] === false ? null : listItems(rule);
}
