import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

function sheetWithTextColumn() {
  const emulator = createEmulator();
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('KPI');
  sheet.getRange('A1:B1').setValues([[2, 3]]);
  sheet.getRange('C1:C3').setNumberFormat('@');
  return { emulator, sheet };
}

describe('cells formatted as plain text (@)', () => {
  it('keep what setValues writes as text, a leading = included', () => {
    const { sheet } = sheetWithTextColumn();
    sheet.getRange('C1:C3').setValues([['=A1+B1'], ['00123'], ['50%']]);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['=A1+B1'], ['00123'], ['50%']]);
    expect(sheet.getRange('C1:C3').getFormulas()).toEqual([[''], [''], ['']]);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('=A1+B1');
    expect(sheet.getRange('C1:C3').getNumberFormats()).toEqual([['@'], ['@'], ['@']]);
  });

  it('keep setValue, setFormula and setFormulas as text too (the stricter reading; docs/smoke-test.md checks it)', () => {
    const { sheet } = sheetWithTextColumn();
    sheet.getRange('C1').setValue('=A1*B1');
    sheet.getRange('C2').setFormula('=A1-B1');
    sheet.getRange('C3').setFormulas([['=A1/B1']]);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['=A1*B1'], ['=A1-B1'], ['=A1/B1']]);
    expect(sheet.getRange('C1:C3').getFormulas()).toEqual([[''], [''], ['']]);
  });

  it('hold a formula again once their format is changed before the write', () => {
    const { sheet } = sheetWithTextColumn();
    sheet.getRange('C1').setValue('=A1+B1');
    sheet.getRange('C1').setNumberFormat('General');
    expect(sheet.getRange('C1').getValue()).toBe('=A1+B1');
    sheet.getRange('C1').setValue('=A1+B1');
    expect(sheet.getRange('C1').getValue()).toBe(5);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1+B1');
  });

  it('a formula set on a block with a text cell in it stays a formula in the other cells, references moved as a fill moves them', () => {
    const { sheet } = sheetWithTextColumn();
    sheet.getRange('A2:B3').setValues([
      [10, 20],
      [100, 200],
    ]);
    sheet.getRange('D1:D3').setNumberFormat('0');
    sheet.getRange('D2').setNumberFormat('@');
    sheet.getRange('D1:D3').setFormula('=A1+B1');
    expect(sheet.getRange('D1:D3').getFormulas()).toEqual([['=A1+B1'], [''], ['=A3+B3']]);
    expect(sheet.getRange('D1:D3').getValues()).toEqual([[5], ['=A2+B2'], [300]]);
  });
});
