/**
 * What Sheets shows in the formula bar and in a cell being edited: the
 * formula if there is one, else the value in an editable form — a number
 * without grouping or currency (a percent as "12.5%"), a date as shown,
 * TRUE/FALSE, text as it is — with the spreadsheet locale's decimal mark,
 * and a formula with the locale's separators (`;` and a decimal comma in
 * ru_RU), as a person types it there.
 */
import type { SheetSnapshot } from 'sheets-emulator';
import { formulaInLocale } from '../locale/formula-syntax';
import { localeSyntax } from '../locale/locale-syntax';
import { typedTextOfUnreadable } from '../locale/unreadable-formula';
import type { CellPosition } from './cell-position';

function decimalMark(locale: string): string {
  return localeSyntax(locale).decimal;
}

function plainNumber(value: number, locale: string): string {
  // Fifteen significant digits, as Sheets keeps, without float noise such as 0.30000000000000004.
  const text = String(Number(value.toPrecision(15)));
  return decimalMark(locale) === ',' ? text.replace('.', ',') : text;
}

export function editText(sheet: SheetSnapshot, position: CellPosition, locale: string): string {
  const r = position.row - 1;
  const c = position.column - 1;
  const formula = sheet.formulas[r]?.[c] ?? '';
  if (formula !== '') return typedTextOfUnreadable(formula) ?? formulaInLocale(formula, locale);
  const value = sheet.values[r]?.[c] ?? '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return value;
  const format = sheet.numberFormats[r]?.[c] ?? 'General';
  if (/[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, '')))
    return sheet.displayValues[r]?.[c] ?? plainNumber(value, locale);
  if (format.replace(/"[^"]*"/g, '').includes('%')) return `${plainNumber(value * 100, locale)}%`;
  return plainNumber(value, locale);
}
