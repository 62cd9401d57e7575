/**
 * How a spreadsheet's locale writes numbers and formulas, as Google Sheets
 * reads what a person types. Sheets' locales fall into two groups: a decimal
 * point with `,` between arguments (en_US and the other point locales), and
 * a decimal comma with `;` between arguments and `\` between the columns of
 * an array literal (ru_RU and most of Europe). Sources:
 * https://www.benlcollins.com/spreadsheets/sheets-location/ (the two
 * syntaxes side by side, set in File → Settings → Locale) and
 * https://stackoverflow.com/questions/73767719 ("locale differences in
 * Google Sheets": 28 locales use `,`, the rest `;`; commas are not
 * corrected into semicolons).
 */

import { numberMarksOf, type NumberMarks } from '../../../src/core/number-text';

export interface LocaleSyntax extends NumberMarks {
  /** Between a function's arguments. */
  argument: ',' | ';';
  /** Between the columns of an array literal `{…}` (rows are `;` in both). */
  arrayColumn: ',' | '\\';
}

/** The locale's formula separators go with its decimal mark (core/number-text): a decimal comma takes `;` between arguments and a backslash between array columns. */
export function localeSyntax(locale: string): LocaleSyntax {
  const marks = numberMarksOf(locale);
  return marks.decimal === ','
    ? { ...marks, argument: ';', arrayColumn: '\\' }
    : { ...marks, argument: ',', arrayColumn: ',' };
}
