/**
 * The XLSX reader. The committed fixtures (tests/fixtures/exports/*.xlsx,
 * checked in fixtures.test.ts against the same hand-computed aggregates as
 * their CSV twins) were written by SheetJS: shared strings, numbers and
 * dates as serials under a built-in date format. The workbooks here are
 * assembled part by part, as ECMA-376 lays them out, for what SheetJS did
 * not write: inline strings, formula text, a custom date format, the 1904
 * date system, escapes, sparse rows and cells, and a first sheet left empty.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport } from '../../../src/core/import';
import { readXlsx } from '../../../src/core/import/xlsx/read-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface WorkbookParts {
  sheets: { name: string; xml: string }[];
  sharedStrings?: string[];
  styles?: string;
  date1904?: boolean;
  /** Relationship targets written absolute (`/xl/worksheets/…`), as some producers do. */
  absoluteTargets?: boolean;
}

function workbook(parts: WorkbookParts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        (parts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
        `<sheets>${parts.sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${parts.absoluteTargets ? '/xl/' : ''}worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  parts.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheet.xml}</sheetData></worksheet>`,
    );
  });
  if (parts.sharedStrings)
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${parts.sharedStrings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
    );
  if (parts.styles) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync(files);
}

/** cellXfs 0: General; 1: a custom «dd.mm.yyyy» date; 2: a custom amount format with a quoted «d» that is no date. */
const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00&quot; руб. д&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>`;

describe('reading XLSX workbooks', () => {
  it('reads inline strings, formula text, booleans, escapes, a custom date format and sparse cells in their places', () => {
    const bytes = workbook({
      styles: STYLES,
      sheets: [
        { name: 'Пустой', xml: '' },
        {
          name: 'Отчёт',
          xml:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Дата</t></is></c><c r="C1" t="inlineStr"><is><r><t>Расход </t></r><r><t>(руб.)</t></r></is></c></row>' +
            '<row r="3"><c r="A3" s="1"><v>46037</v></c><c r="B3" t="str"><f>A1&amp;"x"</f><v>Бренд &amp; Ко_x000D_</v></c><c r="C3" s="2"><v>1234.5</v></c><c r="D3" t="b"><v>1</v></c></row>' +
            '<row r="4"/><row r="5"><c r="C5"><v>1.5E-3</v></c></row>',
        },
      ],
    });
    const reading = readXlsx(bytes);
    expect(reading).toEqual({
      ok: true,
      sheets: [
        { name: 'Пустой', rows: [] },
        {
          name: 'Отчёт',
          rows: [
            ['Дата', '', 'Расход (руб.)', ''],
            ['', '', '', ''],
            ['2026-01-15', 'Бренд & Ко\r', '1234.5', 'TRUE'],
            ['', '', '', ''],
            ['', '', '0.0015', ''],
          ],
        },
      ],
    });
  });

  it('counts days from 1904 in a workbook saved with that system, and keeps a time of day', () => {
    const bytes = workbook({
      date1904: true,
      absoluteTargets: true,
      styles: STYLES,
      sheets: [{ name: 'Лист1', xml: '<row r="1"><c r="A1" s="1"><v>44575.75</v></c></row>' }],
    });
    // 44 575 days after 1904-01-01 is 2026-01-15; .75 is 18:00.
    expect(readXlsx(bytes)).toEqual({ ok: true, sheets: [{ name: 'Лист1', rows: [['2026-01-15 18:00:00']] }] });
  });

  it('reads a Metrica expense workbook into the figures its CSV twin gives, skipping an empty first sheet', () => {
    const header = ['Date', 'UTMSource', 'UTMMedium', 'Expenses'];
    const bytes = workbook({
      styles: STYLES,
      sharedStrings: [...header, 'vk', 'cpm', 'telegram', 'post'],
      sheets: [
        { name: 'Notes', xml: '' },
        {
          name: 'Expenses',
          xml:
            `<row r="1">${header.map((_, i) => `<c r="${'ABCD'[i]}1" t="s"><v>${i}</v></c>`).join('')}</row>` +
            '<row r="2"><c r="A2" s="1"><v>46027</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c><c r="D2"><v>100.25</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>2026-02-01/2026-02-28</t></is></c><c r="B3" t="s"><v>6</v></c><c r="C3" t="s"><v>7</v></c><c r="D3"><v>280</v></c></row>',
        },
      ],
    });
    const csv =
      'Date,UTMSource,UTMMedium,Expenses\n2026-01-05,vk,cpm,100.25\n2026-02-01/2026-02-28,telegram,post,280\n';
    const fromXlsx = importExport(bytes, 'expenses.xlsx', DEFAULT_CHANNEL_MAPPING, { year: 2026 });
    const fromCsv = importExport(new TextEncoder().encode(csv), 'expenses.csv', DEFAULT_CHANNEL_MAPPING, {
      year: 2026,
    });
    expect(fromXlsx.format.id).toBe('yandex_metrica_expenses');
    expect(fromXlsx.figures).toEqual([
      { month: '2026-01', channel: 'smm', spend: 100.25 },
      { month: '2026-02', channel: 'telegram', spend: 280 },
    ]);
    expect(fromXlsx.figures).toEqual(fromCsv.figures);
    expect(fromXlsx.encoding).toBeNull();
  });

  it('says a workbook it cannot open is a spreadsheet file to save as CSV', () => {
    const notXlsx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(importExport(notXlsx, 'letter.docx', DEFAULT_CHANNEL_MAPPING).problems).toEqual([
      { key: 'spreadsheet_file', params: { file: 'letter.docx' } },
    ]);
  });

  it('gives back every text and number a workbook holds, as shared or inline strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '&', '<', '>', '"', "'", ';', '\n', '1', '_') });
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 4 }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.boolean(),
        (rows, shared) => {
          const strings: string[] = [];
          const xml = rows
            .map(
              (row, r) =>
                `<row r="${r + 1}">${row
                  .map((value, c) => {
                    const ref = `${'ABCD'[c]}${r + 1}`;
                    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
                    if (!shared)
                      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
                    strings.push(value);
                    return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
                  })
                  .join('')}</row>`,
            )
            .join('');
          const reading = readXlsx(workbook({ sheets: [{ name: 'S', xml }], sharedStrings: strings }));
          const width = Math.max(...rows.map((row) => row.length));
          const read = reading.ok ? (reading.sheets[0]?.rows ?? []) : [];
          expect(read).toHaveLength(rows.length);
          rows.forEach((row, r) =>
            row.forEach((value, c) => {
              const cell = read[r]?.[c] ?? '';
              if (typeof value === 'number') expect(Number(cell)).toBe(value === 0 ? 0 : value);
              else expect(cell).toBe(value);
            }),
          );
          for (const line of read) expect(line).toHaveLength(width);
        },
      ),
      { numRuns: 60 },
    );
  });
});
