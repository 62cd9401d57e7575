/**
 * A custom formula read for one cell of its rule's range (emulator/custom-formula):
 * relative references move by the cell's offset from the range's first cell,
 * `$` parts stay, text and function names are left alone (Sheets help,
 * "Custom formula is": https://support.google.com/docs/answer/78413).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { formulaAtOffset } from 'sheets-emulator';

describe('a custom formula at an offset', () => {
  it.each([
    ['=IF(ISNUMBER(F2),AND(F2>=0,F2=INT(F2)),FALSE())', 3, 0, '=IF(ISNUMBER(F5),AND(F5>=0,F5=INT(F5)),FALSE())'],
    ['=AND(ISNUMBER(G2),ISNUMBER(F2),G2>F2)', 1, 1, '=AND(ISNUMBER(H3),ISNUMBER(G3),H3>G3)'],
    ['=$L2<0', 4, 2, '=$L6<0'],
    ['=L$2<$M$1', 4, 2, '=N$2<$M$1'],
    ['=SUM(B2:B4)>10', 2, 0, '=SUM(B4:B6)>10'],
    ['=B2="F2"', 1, 0, '=B3="F2"'],
    ['=B2="say ""F2"""', 1, 0, '=B3="say ""F2"""'],
    ["='Sheet 1'!B2>0", 1, 0, "='Sheet 1'!B3>0"],
    ['=KPI!B2>LOG10(C2)', 1, 0, '=KPI!B3>LOG10(C3)'],
    ['=KPI_Leads>0', 5, 5, '=KPI_Leads>0'],
    ['=Z2>AA2', 0, 1, '=AA2>AB2'],
  ])('%s moved by %i rows, %i columns reads %s', (formula, rows, columns, expected) => {
    expect(formulaAtOffset(formula, { rows, columns })).toBe(expected);
  });

  it('is null when a reference would leave the sheet (#REF! in Sheets)', () => {
    expect(formulaAtOffset('=B2>0', { rows: -2, columns: 0 })).toBeNull();
    expect(formulaAtOffset('=A2>0', { rows: 0, columns: -1 })).toBeNull();
  });
});

describe('whether a custom formula holds at a cell', () => {
  it('evaluates the moved formula against the sheet, and only TRUE holds', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    sheet.getRange('F2:G4').setValues([
      [10, 12],
      [12.5, 2],
      ['', 5],
    ]);
    const name = sheet.getName();
    const whole = '=IF(ISNUMBER(F2),AND(F2>=0,F2=INT(F2)),FALSE())';
    const above = '=AND(ISNUMBER(G2),ISNUMBER(F2),G2>F2)';
    const anchor = { row: 2, column: 6 };
    expect([2, 3, 4].map((row) => emulator.customFormulaHolds(name, whole, anchor, { row, column: 6 }))).toEqual([
      true,
      false,
      false,
    ]);
    expect(
      [2, 3, 4].map((row) => emulator.customFormulaHolds(name, above, { row: 2, column: 7 }, { row, column: 7 })),
    ).toEqual([true, false, false]);
    // A number is not TRUE, an error is not, and a formula the engine cannot read is not.
    expect(emulator.customFormulaHolds(name, '=F2', anchor, anchor)).toBe(false);
    expect(emulator.customFormulaHolds(name, '=1/0', anchor, anchor)).toBe(false);
    expect(emulator.customFormulaHolds(name, '=AND(', anchor, anchor)).toBe(false);
    expect(emulator.customFormulaHolds(name, '=F2>F1', anchor, { row: 1, column: 6 })).toBe(false);
  });
});
