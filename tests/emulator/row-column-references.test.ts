import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

function setUp() {
  const emulator = createEmulator();
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const kpi = spreadsheet.insertSheet('KPI');
  const dashboard = spreadsheet.insertSheet('Dashboard');
  // KPI: a header row and three rows of figures in B; a total under them.
  kpi.getRange('A1:B4').setValues([
    ['Channel', 'Spend'],
    ['PPC', 100],
    ['SEO', 200],
    ['PR', 300],
  ]);
  kpi.getRange('D1').setFormula('=B3*2');
  kpi.getRange('B6').setFormula('=SUM(B2:B4)');
  dashboard.getRange('A1:A2').setFormulas([['=KPI!B3'], ['=SUM(KPI!B2:B4)']]);
  spreadsheet.setNamedRange('KPI_Spend', kpi.getRange('B2:B4'));
  dashboard.getRange('A3').setFormula('=SUM(KPI_Spend)');
  return { emulator, spreadsheet, kpi, dashboard };
}

describe('inserting and deleting rows and columns', () => {
  it('rows inserted above a figure: every reference to it, on its tab and on others, and named ranges follow it', () => {
    const { spreadsheet, kpi, dashboard } = setUp();
    kpi.insertRowsBefore(2, 2);
    expect(kpi.getRange('D1').getFormula()).toBe('=B5*2');
    expect(kpi.getRange('B8').getFormula()).toBe('=SUM(B4:B6)');
    expect(dashboard.getRange('A1:A3').getFormulas()).toEqual([['=KPI!B5'], ['=SUM(KPI!B4:B6)'], ['=SUM(KPI_Spend)']]);
    expect(dashboard.getRange('A1:A3').getValues()).toEqual([[200], [600], [600]]);
    expect(spreadsheet.getRangeByName('KPI_Spend')?.getA1Notation()).toBe('B4:B6');
  });

  it('a row inserted inside a referenced block grows the block, as Sheets does', () => {
    const { spreadsheet, kpi, dashboard } = setUp();
    kpi.insertRowAfter(2);
    kpi.getRange('B3').setValue(50);
    expect(dashboard.getRange('A2').getFormula()).toBe('=SUM(KPI!B2:B5)');
    expect(dashboard.getRange('A2:A3').getValues()).toEqual([[650], [650]]);
    expect(spreadsheet.getRangeByName('KPI_Spend')?.getA1Notation()).toBe('B2:B5');
  });

  it('rows deleted above a figure move references up; a reference to a deleted cell becomes #REF!', () => {
    const { kpi, dashboard } = setUp();
    kpi.deleteRow(2);
    expect(dashboard.getRange('A1:A2').getFormulas()).toEqual([['=KPI!B2'], ['=SUM(KPI!B2:B3)']]);
    expect(dashboard.getRange('A1:A3').getValues()).toEqual([[200], [500], [500]]);
    kpi.deleteRow(2);
    expect(dashboard.getRange('A1').getValue()).toBe('#REF!');
    expect(kpi.getRange('D1').getValue()).toBe('#REF!');
  });

  it('columns inserted or deleted before a figure move every reference to it, and conditional formats and notes with it', () => {
    const { emulator, spreadsheet, kpi, dashboard } = setUp();
    kpi.getRange('B3').setNote('checked');
    kpi.getRange('B2:B4').setNumberFormat('#,##0');
    kpi.setConditionalFormatRules([
      emulator.SpreadsheetApp.newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBackground('#ff0000')
        .setRanges([kpi.getRange('B2:B4')])
        .build(),
    ]);
    kpi.insertColumnsBefore(1, 2);
    expect(dashboard.getRange('A1:A2').getFormulas()).toEqual([['=KPI!D3'], ['=SUM(KPI!D2:D4)']]);
    expect(kpi.getRange('F1').getFormula()).toBe('=D3*2');
    expect(spreadsheet.getRangeByName('KPI_Spend')?.getA1Notation()).toBe('D2:D4');
    expect(kpi.getRange('D3').getNote()).toBe('checked');
    expect(kpi.getRange('D2').getNumberFormat()).toBe('#,##0');
    expect(
      kpi
        .getConditionalFormatRules()[0]
        ?.getRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(['D2:D4']);
    kpi.deleteColumn(1);
    expect(dashboard.getRange('A1:A3').getValues()).toEqual([[200], [600], [600]]);
    expect(spreadsheet.getRangeByName('KPI_Spend')?.getA1Notation()).toBe('C2:C4');
  });
});

describe('moving rows and columns (Sheet.moveRows / moveColumns)', () => {
  it('a moved column takes its content, formats, notes, metadata and every reference to it along', () => {
    const { spreadsheet, kpi, dashboard } = setUp();
    kpi.getRange('B3').setNote('checked');
    kpi.getRange('B2').setNumberFormat('#,##0');
    kpi.setColumnWidth(2, 180);
    kpi.getRange('B:B').addDeveloperMetadata('column', 'spend');
    // Google's example: columns A–B moved to index 5 become C–D.
    kpi.moveColumns(kpi.getRange('A1:B1'), 5);
    expect(kpi.getRange('C1:D1').getValues()).toEqual([['Channel', 'Spend']]);
    expect(kpi.getRange('D3').getNote()).toBe('checked');
    expect(kpi.getRange('D2').getNumberFormat()).toBe('#,##0');
    expect(kpi.getColumnWidth(4)).toBe(180);
    expect(
      kpi
        .getRange('D:D')
        .getDeveloperMetadata()
        .map((item) => item.getValue()),
    ).toEqual(['spend']);
    expect(dashboard.getRange('A1:A2').getFormulas()).toEqual([['=KPI!D3'], ['=SUM(KPI!D2:D4)']]);
    expect(dashboard.getRange('A1:A3').getValues()).toEqual([[200], [600], [600]]);
    expect(spreadsheet.getRangeByName('KPI_Spend')?.getA1Notation()).toBe('D2:D4');
    // The column that was D (the formula =B3*2) shifted left to B.
    expect(kpi.getRange('B1').getFormula()).toBe('=D3*2');
  });

  it('a moved row takes its content and every reference to it along', () => {
    const { kpi, dashboard } = setUp();
    kpi.getRange('3:3').addDeveloperMetadata('row', 'seo');
    kpi.moveRows(kpi.getRange('A3'), 10);
    expect(kpi.getRange('A9:B9').getValues()).toEqual([['SEO', 200]]);
    expect(dashboard.getRange('A1').getFormula()).toBe('=KPI!B9');
    expect(dashboard.getRange('A1').getValue()).toBe(200);
    expect(
      kpi
        .getRange('9:9')
        .getDeveloperMetadata()
        .map((item) => item.getValue()),
    ).toEqual(['seo']);
    // The total that was under the table moved up one row with the rest.
    expect(kpi.getRange('B5').getFormula()).toMatch(/^=SUM\(/);
  });

  it('moving a block onto itself changes nothing', () => {
    const { emulator, kpi } = setUp();
    const before = emulator.spreadsheetSnapshot();
    kpi.moveColumns(kpi.getRange('B1'), 2);
    kpi.moveColumns(kpi.getRange('B1'), 3);
    expect(emulator.spreadsheetSnapshot()).toEqual(before);
  });

  it('every reference from another tab keeps reading the cell it pointed at through random inserts, deletes and moves of columns', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('insert', 'delete', 'move'),
            at: fc.integer({ min: 1, max: 12 }),
            count: fc.integer({ min: 1, max: 3 }),
            to: fc.integer({ min: 1, max: 14 }),
          }),
          { maxLength: 10 },
        ),
        (edits) => {
          const emulator = createEmulator();
          const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
          const kpi = spreadsheet.insertSheet('KPI');
          const board = spreadsheet.insertSheet('Board');
          const letters = 'ABCDEFGHIJ'.split('');
          kpi.getRange(1, 1, 1, letters.length).setValues([letters]);
          board.getRange(1, 1, letters.length, 1).setFormulas(letters.map((letter) => [`=KPI!${letter}1`]));
          for (const edit of edits) {
            const max = kpi.getMaxColumns();
            if (edit.kind === 'insert') kpi.insertColumnsBefore(Math.min(edit.at, max), edit.count);
            else if (edit.at + edit.count - 1 > max) continue;
            else if (edit.kind === 'delete' && edit.count < max) kpi.deleteColumns(edit.at, edit.count);
            else if (edit.kind === 'move')
              kpi.moveColumns(kpi.getRange(1, edit.at, 1, edit.count), Math.min(edit.to, max + 1));
          }
          const header = kpi.getRange(1, 1, 1, kpi.getMaxColumns()).getValues()[0] ?? [];
          board
            .getRange(1, 1, letters.length, 1)
            .getValues()
            .forEach(([value], index) => {
              const letter = letters[index];
              expect(value).toBe(header.includes(letter) ? letter : '#REF!');
            });
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('renaming a sheet', () => {
  it('references from other tabs follow the new name; named ranges keep pointing at it', () => {
    const { spreadsheet, kpi, dashboard } = setUp();
    kpi.setName('Показатели 2026');
    expect(dashboard.getRange('A1:A2').getFormulas()).toEqual([
      ["='Показатели 2026'!B3"],
      ["=SUM('Показатели 2026'!B2:B4)"],
    ]);
    expect(dashboard.getRange('A1:A3').getValues()).toEqual([[200], [600], [600]]);
    const named = spreadsheet.getRangeByName('KPI_Spend');
    expect([named?.getSheet().getName(), named?.getA1Notation()]).toEqual(['Показатели 2026', 'B2:B4']);
    kpi.getRange('B2').setValue(1_000);
    expect(dashboard.getRange('A3').getValue()).toBe(1_500);
  });

  it('hidden columns: hideColumns/showColumns are 1-based, change no value or reference, and the hidden state moves with its column', () => {
    const { kpi, dashboard } = setUp();
    kpi.hideColumns(2);
    expect(kpi.isColumnHiddenByUser(2)).toBe(true);
    expect(kpi.isColumnHiddenByUser(1)).toBe(false);
    expect(dashboard.getRange('A1:A3').getValues()).toEqual([[200], [600], [600]]);
    kpi.insertColumnsBefore(1, 2);
    expect([3, 4].map((column) => kpi.isColumnHiddenByUser(column))).toEqual([false, true]);
    kpi.moveColumns(kpi.getRange('D1'), 1);
    expect([1, 4].map((column) => kpi.isColumnHiddenByUser(column))).toEqual([true, false]);
    kpi.deleteColumns(2, 1);
    expect(kpi.isColumnHiddenByUser(1)).toBe(true);
    kpi.hideColumns(2, 2);
    kpi.showColumns(1, 2);
    expect([1, 2, 3].map((column) => kpi.isColumnHiddenByUser(column))).toEqual([false, false, true]);
    expect(() => kpi.hideColumns(kpi.getMaxColumns() + 1)).toThrow(/out of bounds/);
    expect(() => kpi.isColumnHiddenByUser(0)).toThrow(/out of bounds/);
  });

  it('an inline array of cells ({A1,C1}) recalculates when one of its cells changes, and follows an inserted column, as Sheets does', () => {
    const { spreadsheet } = setUp();
    const sheet = spreadsheet.insertSheet('Arrays');
    sheet.getRange('A1:C1').setValues([['A', 'x', 'R']]);
    sheet.getRange('D1').setFormula('=ARRAYFORMULA(SUMPRODUCT(--ISNUMBER(FIND("A",UPPER({A1,C1})))))');
    expect(sheet.getRange('D1').getValue()).toBe(1);
    sheet.getRange('A1').setValue('R');
    expect(sheet.getRange('D1').getValue()).toBe(0);
    sheet.insertColumnsBefore(2, 1);
    sheet.getRange('D1').setValue('A');
    expect(sheet.getRange('E1').getFormula()).toContain('{A1,D1}');
    expect(sheet.getRange('E1').getValue()).toBe(1);
  });
});
