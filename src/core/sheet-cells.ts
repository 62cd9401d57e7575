import type { SheetsScalar } from './sheet-values';
import { asPlainText } from './text-safety';

/**
 * What to write back for a cell that was read: its formula if it had one (so
 * a user's =1000*12 stays a formula), otherwise its value, with text made
 * safe so it cannot turn into a formula on the way back.
 */
export function cellToRewrite(value: SheetsScalar, formula: string | undefined): SheetsScalar {
  if (formula) return formula;
  return typeof value === 'string' ? asPlainText(value) : value;
}

/** The same for a whole region read with getValues and getFormulas. */
export function regionToRewrite(
  values: readonly (readonly SheetsScalar[])[],
  formulas: readonly (readonly string[])[],
): SheetsScalar[][] {
  return values.map((row, r) => row.map((value, c) => cellToRewrite(value, formulas[r]?.[c])));
}
