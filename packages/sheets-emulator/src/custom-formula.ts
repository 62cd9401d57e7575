/**
 * A custom formula of a data validation or a conditional format, read for
 * one cell of the range it was set on. Sheets reads a custom formula's
 * relative references from the range's first cell and moves them with each
 * other cell ("Custom formula is": Sheets help, conditional formatting
 * https://support.google.com/docs/answer/78413, data validation
 * https://support.google.com/docs/answer/186103); `$` parts stay. Text in
 * quotes and quoted sheet names are left alone; a name followed by `(` is a
 * function (`LOG10(`), not a cell.
 */
import { columnLetters, columnNumber } from './a1-notation';

export interface CellOffset {
  rows: number;
  columns: number;
}

const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.!])/y;
/** A reference starts only after one of these (or at the start): an operator, a bracket, a comma, a colon, a space, the `!` of a sheet name. */
const BEFORE_REFERENCE = /[=+\-*/^&<>(,;:\s!%]/;

/** Copies a quoted run (`"text"` or `'sheet name'`), doubled quotes inside; returns the index after it. */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  let index = start + 1;
  while (index < formula.length) {
    if (formula[index] === quote) {
      if (formula[index + 1] === quote) index += 2;
      else return index + 1;
    } else index += 1;
  }
  return index;
}

/**
 * The formula as it reads for the cell `offset` away from the range's first
 * cell, or `null` when a reference would move off the sheet (Sheets shows
 * `#REF!` there, which no rule takes as true).
 */
export function formulaAtOffset(formula: string, offset: CellOffset): string | null {
  let out = '';
  let index = 0;
  while (index < formula.length) {
    const char = formula[index] ?? '';
    if (char === '"' || char === "'") {
      const end = quotedEnd(formula, index);
      out += formula.slice(index, end);
      index = end;
      continue;
    }
    const previous = index === 0 ? '=' : (formula[index - 1] ?? '');
    REFERENCE.lastIndex = index;
    const match = BEFORE_REFERENCE.test(previous) ? REFERENCE.exec(formula) : null;
    if (!match) {
      out += char;
      index += 1;
      continue;
    }
    const [whole, columnFixed = '', letters = '', rowFixed = '', digits = ''] = match;
    const column = columnFixed ? columnNumber(letters) : columnNumber(letters) + offset.columns;
    const row = rowFixed ? Number(digits) : Number(digits) + offset.rows;
    if (column < 1 || row < 1) return null;
    out += `${columnFixed}${columnLetters(column)}${rowFixed}${row}`;
    index += whole.length;
  }
  return out;
}
