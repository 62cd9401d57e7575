/**
 * A report tab as one rectangle of cells, so the server writes it with one
 * call per attribute (values, number formats, backgrounds, font colours,
 * weights, wrapping) however many channels there are.
 */
import type { SheetsScalar } from '../sheet-values';
import { asPlainText } from '../text-safety';

export interface ReportCell {
  value: SheetsScalar;
  /** A Sheets number format; text cells are '@' so a name like "2024" stays text. */
  format?: string;
  bold?: boolean;
  background?: string;
  fontColor?: string;
  /** Wraps onto more lines rather than being cut off by the next cell (a table's header). */
  wrap?: boolean;
}

export type ReportRow = ReportCell[];

const TEXT_FORMAT = '@';

export interface ReportGrid {
  values: SheetsScalar[][];
  numberFormats: string[][];
  /** `null` leaves a cell's colour as Sheets' default. */
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  wraps: boolean[][];
  width: number;
  height: number;
}

export function text(value: string, style: Omit<ReportCell, 'value' | 'format'> = {}): ReportCell {
  return { value, format: TEXT_FORMAT, ...style };
}

/** A number (or a date) with its format; `null` is a blank cell that keeps the format. */
export function figure(
  value: number | Date | null,
  format: string,
  style: Omit<ReportCell, 'value' | 'format'> = {},
): ReportCell {
  return { value: value ?? '', format, ...style };
}

const BLANK: ReportCell = { value: '', format: TEXT_FORMAT };

/** Pads every row to `width`; every string becomes plain text, so no user text can turn into a formula. */
export function toReportGrid(rows: readonly ReportRow[], width: number): ReportGrid {
  const cellAt = (row: ReportRow, column: number): ReportCell => row[column] ?? BLANK;
  const map = <T>(read: (cell: ReportCell) => T): T[][] =>
    rows.map((row) => Array.from({ length: width }, (_, column) => read(cellAt(row, column))));
  return {
    values: map((cell) => (typeof cell.value === 'string' ? asPlainText(cell.value) : cell.value)),
    numberFormats: map((cell) => cell.format ?? TEXT_FORMAT),
    backgrounds: map((cell) => cell.background ?? null),
    fontColors: map((cell) => cell.fontColor ?? null),
    fontWeights: map((cell) => (cell.bold ? 'bold' : 'normal')),
    wraps: map((cell) => cell.wrap === true),
    width,
    height: rows.length,
  };
}
