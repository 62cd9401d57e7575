/**
 * A formula as a person types it in the spreadsheet's locale, and as Sheets
 * stores it (English function names, `,` between arguments, a decimal point:
 * what Apps Script's `getFormulas()` returns and `setFormula` takes), both
 * ways. Text in double quotes and sheet names in single quotes are never
 * touched. See locale-syntax.ts for the sources.
 */
import { localeSyntax } from './locale-syntax';
import { RUSSIAN_CONSTANTS, RUSSIAN_FUNCTION_NAMES } from './localized-function-names';

export type StoredFormula =
  | { ok: true; formula: string }
  /** The typed formula breaks the locale's syntax (a `,` between arguments where `;` is expected); Sheets shows a parse error. */
  | { ok: false };

const NAME_CHAR = /[\p{L}\p{N}_.$]/u;
const DIGIT = /[0-9]/;

/** Copies a quoted run (`"text"` or `'sheet name'`, the quote doubled inside) starting at `start`; returns the index after it. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

function translateName(name: string, next: string | undefined, direction: 'store' | 'show'): string {
  if (direction === 'show') return name;
  const upper = name.toUpperCase();
  if (next === '(' && RUSSIAN_FUNCTION_NAMES[upper] !== undefined) return RUSSIAN_FUNCTION_NAMES[upper];
  if (next !== '(' && next !== '!' && RUSSIAN_CONSTANTS[upper] !== undefined) return RUSSIAN_CONSTANTS[upper];
  return name;
}

function convert(formula: string, locale: string, direction: 'store' | 'show'): StoredFormula {
  const syntax = localeSyntax(locale);
  if (syntax.decimal === '.' && direction === 'show') return { ok: true, formula };
  const from = direction === 'store' ? syntax : localeSyntax('en_US');
  const to = direction === 'store' ? localeSyntax('en_US') : syntax;
  let out = '';
  let braces = 0;
  let i = 0;
  while (i < formula.length) {
    const char = formula[i] ?? '';
    if (char === '"' || char === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (NAME_CHAR.test(char) && !DIGIT.test(char)) {
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end] ?? '')) end++;
      const name = formula.slice(i, end);
      let after = end;
      while (formula[after] === ' ') after++;
      out += translateName(name, formula[after], direction);
      i = end;
      continue;
    }
    if (DIGIT.test(char)) {
      // A number literal: digits, the locale's decimal mark between digits, an exponent.
      let end = i;
      while (DIGIT.test(formula[end] ?? '')) end++;
      out += formula.slice(i, end);
      if (formula[end] === from.decimal && DIGIT.test(formula[end + 1] ?? '')) {
        out += to.decimal;
        const start = end + 1;
        end = start;
        while (DIGIT.test(formula[end] ?? '')) end++;
        out += formula.slice(start, end);
      }
      i = end;
      continue;
    }
    if (char === '{') braces++;
    if (char === '}') braces = Math.max(0, braces - 1);
    if (braces > 0 && char === from.arrayColumn) out += to.arrayColumn;
    else if (braces > 0 && char === ';') out += ';';
    else if (braces === 0 && char === from.argument) out += to.argument;
    else if (direction === 'store' && char === ',') return { ok: false };
    else out += char;
    i++;
  }
  return { ok: true, formula: out };
}

/** The formula Sheets stores for what a person typed in a spreadsheet of `locale` (the text begins with '='). */
export function storedFormula(typed: string, locale: string): StoredFormula {
  return convert(typed, locale, 'store');
}

/** A stored formula as the formula bar of a spreadsheet of `locale` shows it (function names stay English, as Sheets' default). */
export function formulaInLocale(stored: string, locale: string): string {
  const shown = convert(stored, locale, 'show');
  return shown.ok ? shown.formula : stored;
}
