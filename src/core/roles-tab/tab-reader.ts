import { cellToRewrite } from '../sheet-cells';
import { asPlainText } from '../text-safety';
import type { SheetsScalar } from '../sheet-values';
import { readRaciCell, type RaciLetter } from '../raci';
import { cellText, type SheetRegion } from './read-roles-tab';

/** Reads cells of a tab's region; a cell outside it is blank. */
export interface TabReader {
  value(row: number, column: number): SheetsScalar;
  /** The cell as it should be written back: its formula, or its value with text made safe. */
  rewrite(row: number, column: number): SheetsScalar;
  /** The letters a cell holds; none for a cell that is not R/A/C/I (such a cell stays where it is, it is not copied). */
  letters(row: number, column: number): RaciLetter[];
  /** How many cells the row has in the region. */
  width(row: number): number;
}

export function tabReader(region: SheetRegion): TabReader {
  const value = (row: number, column: number): SheetsScalar => region.values[row]?.[column] ?? '';
  return {
    value,
    rewrite: (row, column) => {
      const rewritten = cellToRewrite(value(row, column), region.formulas[row]?.[column] || undefined);
      return typeof rewritten === 'string' &&
        !rewritten.startsWith('=') &&
        !rewritten.startsWith("'") &&
        mightNotStayText(rewritten)
        ? `'${rewritten}`
        : rewritten;
    },
    letters: (row, column) => lettersOf(value(row, column)),
    width: (row) => region.values[row]?.length ?? 0,
  };
}

/**
 * Text Sheets could read as a number, a date, a percentage or a boolean when
 * written back ("00123", "10%", "01/02/2025", "TRUE"): written with the
 * apostrophe that keeps it the text it is. The apostrophe is not part of the
 * value, so on text Sheets would have kept anyway it changes nothing.
 */
export function mightNotStayText(text: string): boolean {
  return /^\s*[-+.\d$€₽£(]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

export function lettersOf(value: SheetsScalar): RaciLetter[] {
  const reading = readRaciCell(value);
  return reading.ok ? [...reading.cell] : [];
}

export function regionHasContent(region: SheetRegion): boolean {
  return region.values.some((row) => row.some((cell) => cellText(cell) !== ''));
}

/** `from`, `from + 1`, … up to but not including `to`. */
export function indexesFrom(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

/** A name as a cell must be written to stay the text it is: an apostrophe before `= + - @` and before text Sheets would read as a number, date or boolean. */
export function keptAsText(text: string): string {
  const safe = asPlainText(text);
  return safe.startsWith("'") || !mightNotStayText(safe) ? safe : `'${safe}`;
}
