import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../packages/preview/addon-emulator';
import { editText } from '../../../packages/preview/page/edit-text';

function sheetWith(locale: string) {
  const emulator = createEmulator({ locale });
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('KPI');
  sheet.getRange('A1:E1').setValues([[1234.5, 0.125, true, 'PPC', '']]);
  sheet.getRange('A1').setNumberFormat('"$"#,##0.00');
  sheet.getRange('B1').setNumberFormat('0.0%');
  sheet.getRange('E1').setFormula('=A1*2');
  return emulator.snapshot('KPI');
}

describe('the text a cell is edited as', () => {
  it('is the formula, or the value without grouping or currency, a percent as typed', () => {
    const sheet = sheetWith('en_US');
    const text = (column: number) => editText(sheet, { row: 1, column }, 'en_US');
    expect([1, 2, 3, 4, 5].map(text)).toEqual(['1234.5', '12.5%', 'TRUE', 'PPC', '=A1*2']);
  });

  it('uses the decimal comma of a Russian spreadsheet', () => {
    const sheet = sheetWith('ru_RU');
    expect(editText(sheet, { row: 1, column: 1 }, 'ru_RU')).toBe('1234,5');
    expect(editText(sheet, { row: 1, column: 2 }, 'ru_RU')).toBe('12,5%');
  });

  it('is empty past the content', () => {
    expect(editText(sheetWith('en_US'), { row: 9, column: 9 }, 'en_US')).toBe('');
  });
});
