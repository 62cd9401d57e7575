/**
 * One worksheet part (`xl/worksheets/sheetN.xml`) → rows of cell text.
 * Cells are placed by their reference (`r="C7"`), so skipped empty cells
 * and rows keep their places and row numbers stay those a spreadsheet
 * shows. Types (ECMA-376 Part 1, 18.18.11 ST_CellType): `s` a shared
 * string, `inlineStr` an inline string, `str` a formula's text, `b` a
 * boolean, `e` an error, `d` an ISO date, otherwise a number (a date when
 * its style says so).
 */
import { numberCellText } from '../table-cell-text';
import { serialDateText } from './serial-date';
import { attribute, runText, xmlText } from './xml-text';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** 'C7' → 2 (0-based column); letters only. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

function cellValue(tag: string, body: string, context: SheetContext): string {
  const type = attribute(tag, 't') ?? 'n';
  if (type === 'inlineStr') return runText(body);
  const raw = /<v>([^<]*)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return '';
  const value = xmlText(raw);
  if (type === 's') return context.sharedStrings[Number(value)] ?? '';
  if (type === 'str' || type === 'e') return value;
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (type === 'd') return value.replace('T', ' ').replace(/(\.\d+)?Z?$/, '');
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const style = Number(attribute(tag, 's') ?? '0');
  return context.dateStyles.has(style) ? serialDateText(number, context.date1904) : numberCellText(number);
}

export function sheetRows(xml: string, context: SheetContext): string[][] {
  const rows: string[][] = [];
  const data = /<sheetData[^>]*>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? '';
  let nextRow = 0;
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attribute(`<row ${rowMatch[1] ?? ''}>`, 'r') ?? nextRow + 1);
    const index = Number.isInteger(number) && number > nextRow ? number - 1 : nextRow;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c ${cellMatch[1] ?? ''}>`;
      const reference = attribute(tag, 'r');
      const column = reference ? columnOf(reference) : nextColumn;
      const at = Math.max(column, nextColumn);
      while (cells.length < at) cells.push('');
      cells[at] = cellValue(tag, cellMatch[2] ?? '', context);
      nextColumn = at + 1;
    }
    while (rows.length < index) rows.push([]);
    rows[index] = cells;
    nextRow = index + 1;
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row));
}
