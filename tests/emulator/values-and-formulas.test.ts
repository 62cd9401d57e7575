import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

function kpiSheet() {
  const emulator = createEmulator();
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('KPI');
  return { emulator, spreadsheet, sheet };
}

describe('values and formulas', () => {
  it('round-trips values, with blanks read back as empty strings', () => {
    const { sheet } = kpiSheet();
    const values = [
      ['Channel', 'Leads', 'Paid'],
      ['PPC', 20, true],
      ['', '', ''],
      ['SEO', 0.5, false],
    ];
    sheet.getRange(1, 1, 4, 3).setValues(values);
    expect(sheet.getRange('A1:C4').getValues()).toEqual(values);
    expect(sheet.getRange(2, 2).getValue()).toBe(20);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('takes values built in another realm (the preview runs the pushed Code.js in node:vm)', () => {
    const { sheet } = kpiSheet();
    const values = runInNewContext("[['Channel', 'Leads'], ['PPC', 20]].map((row) => row.slice())") as unknown[][];
    // biome-ignore lint/suspicious/useIsArray: the point is that instanceof fails for another realm's array.
    expect(values instanceof Array).toBe(false);
    sheet.getRange(1, 1, 2, 2).setValues(values);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['Channel', 'Leads'],
      ['PPC', 20],
    ]);
  });

  it('round-trips formulas and reads their results as values', () => {
    const { sheet } = kpiSheet();
    sheet.getRange('A1:A3').setValues([[10], [32], ['=SUM(A1:A2)']]);
    sheet.getRange('B1').setFormula('=A3*2');
    expect(sheet.getRange('A1:B3').getFormulas()).toEqual([
      ['', '=A3*2'],
      ['', ''],
      ['=SUM(A1:A2)', ''],
    ]);
    expect(sheet.getRange('A3').getValue()).toBe(42);
    expect(sheet.getRange('B1').getValue()).toBe(84);
  });

  it('recalculates formulas after setValues', () => {
    const { sheet } = kpiSheet();
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A2)');
    expect(sheet.getRange('B1').getValue()).toBe(3);
    sheet.getRange('A1:A2').setValues([[100], [200]]);
    expect(sheet.getRange('B1').getValue()).toBe(300);
  });

  it('adjusts relative references when one formula is set on several cells', () => {
    const { sheet } = kpiSheet();
    sheet.getRange('A1:B3').setValues([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    sheet.getRange('C1:C3').setFormula('=A1*B1');
    expect(sheet.getRange('C1:C3').getFormulas()).toEqual([['=A1*B1'], ['=A2*B2'], ['=A3*B3']]);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[10], [40], [90]]);
  });

  it("refuses data of the wrong shape and ranges outside the sheet, with Apps Script's messages", () => {
    const { sheet } = kpiSheet();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('treats text beginning with = as a formula and text after an apostrophe as text', () => {
    const { sheet } = kpiSheet();
    sheet.getRange('A1:A2').setValues([['=1+1'], ["'=1+1"]]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[2], ['=1+1']]);
  });

  it('reads dates as Date and writes Date as a date cell', () => {
    const emulator = createEmulator({ timeZone: 'Europe/Moscow' });
    const sheet = emulator.SpreadsheetApp.getActiveSheet();
    const firstOfMay = new Date('2025-04-30T21:00:00Z'); // midnight in Moscow
    sheet.getRange('A1').setValue(firstOfMay);
    expect(sheet.getRange('A1').getValue()).toEqual(firstOfMay);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-05-01');
    sheet.getRange('A1').setNumberFormat('yyyy-mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-05');
  });

  it('moves formulas, formats and named ranges when rows are inserted', () => {
    const { spreadsheet, sheet } = kpiSheet();
    sheet.getRange('A1:A2').setValues([[5], ['=A1*2']]);
    sheet.getRange('A2').setNumberFormat('#,##0.00');
    spreadsheet.setNamedRange('Base', sheet.getRange('A1'));
    sheet.insertRowsBefore(1, 3);
    expect(sheet.getRange('A5').getFormula()).toBe('=A4*2');
    expect(sheet.getRange('A5').getDisplayValue()).toBe('10.00');
    expect(spreadsheet.getRangeByName('Base')?.getA1Notation()).toBe('A4');
    expect(sheet.getMaxRows()).toBe(1003);
  });

  it('manages sheets by name, index and activity', () => {
    const { emulator, spreadsheet, sheet } = kpiSheet();
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'KPI']);
    expect(spreadsheet.getActiveSheet().getName()).toBe('KPI');
    spreadsheet.insertSheet('Report', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Report', 'Sheet1', 'KPI']);
    expect(() => spreadsheet.insertSheet('kpi')).toThrow(
      'A sheet with the name "kpi" already exists. Please enter another name.',
    );
    sheet.setName('KPI 2025');
    expect(spreadsheet.getSheetByName('KPI 2025')?.getSheetId()).toBe(sheet.getSheetId());
    expect(spreadsheet.getRange("'KPI 2025'!B2").getA1Notation()).toBe('B2');
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Report')!);
    expect(spreadsheet.getNumSheets()).toBe(2);
    sheet.setFrozenRows(1);
    sheet.setTabColor('#FF0');
    sheet.hideSheet();
    const snapshot = emulator.snapshot('KPI 2025');
    expect([snapshot.frozenRows, snapshot.tabColor, snapshot.hidden]).toEqual([1, '#ffff00', true]);
  });
});
