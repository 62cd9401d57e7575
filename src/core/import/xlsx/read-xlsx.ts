/**
 * An XLSX workbook's bytes → its sheets as rows of cell text, for the
 * import core's table reader. fflate unzips (a few KB in the reader,
 * against ~55 KB for read-excel-file and ~340 KB for SheetJS); the parts
 * are read here: the workbook (sheet order, names, the 1904 date system),
 * its relationships (which part is which sheet), the shared strings and
 * the styles (which cells are dates).
 */
import { strFromU8, unzipSync } from 'fflate';
import { dateStyleIndexes } from './date-styles';
import { sheetRows } from './sheet-xml';
import { attribute, runText } from './xml-text';

export interface XlsxSheet {
  name: string;
  rows: string[][];
}

export type XlsxReading = { ok: true; sheets: XlsxSheet[] } | { ok: false };

function part(files: Record<string, Uint8Array>, path: string): string {
  const bytes = files[path];
  return bytes ? strFromU8(bytes) : '';
}

/** 'worksheets/sheet1.xml' relative to xl/, or '/xl/worksheets/sheet1.xml' absolute → the zip path. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

export function readXlsx(bytes: Uint8Array): XlsxReading {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') });
  } catch {
    return { ok: false };
  }
  const workbook = part(files, 'xl/workbook.xml');
  if (workbook === '') return { ok: false };
  const relations = new Map<string, string>();
  for (const match of part(files, 'xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id && target) relations.set(id, partPath(target));
  }
  const sharedStrings = [...part(files, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) =>
    runText(match[1] ?? ''),
  );
  const workbookPr = /<workbookPr\s[^>]*>/.exec(workbook)?.[0] ?? '';
  const date1904 = ['1', 'true'].includes(attribute(workbookPr, 'date1904') ?? '');
  const context = { sharedStrings, dateStyles: dateStyleIndexes(part(files, 'xl/styles.xml')), date1904 };
  const sheets: XlsxSheet[] = [];
  for (const match of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attribute(match[0], 'name') ?? '';
    const path = relations.get(attribute(match[0], 'r:id') ?? '');
    const xml = path ? part(files, path) : '';
    if (xml !== '') sheets.push({ name, rows: sheetRows(xml, context) });
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false };
}
