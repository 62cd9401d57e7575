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

export interface LocaleSyntax {
  decimal: '.' | ',';
  /** Between a function's arguments. */
  argument: ',' | ';';
  /** Between the columns of an array literal `{…}` (rows are `;` in both). */
  arrayColumn: ',' | '\\';
  /** Characters that group thousands in typed numbers. */
  grouping: readonly string[];
}

// The decimal-comma locales (the ones the add-on is used in, and their neighbours).
const DECIMAL_COMMA = /^(ru|uk|be|kk|de|fr|es|it|pt|pl|cs|nl|sv|fi|nb|da|tr)/i;

/** A space, a no-break space and a narrow no-break space: what Russian text and Sheets' own ru_RU format put between thousands. */
export const SPACE_GROUPING: readonly string[] = [' ', '\u00A0', '\u202F'];

export function localeSyntax(locale: string): LocaleSyntax {
  if (DECIMAL_COMMA.test(locale)) return { decimal: ',', argument: ';', arrayColumn: '\\', grouping: SPACE_GROUPING };
  return { decimal: '.', argument: ',', arrayColumn: ',', grouping: [','] };
}
