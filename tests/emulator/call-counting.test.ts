import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator';

describe('call counting', () => {
  it('counts each service call per Class.method and in total, through chains', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    emulator.calls.reset();

    const range = sheet.getRange('A1:B2');
    range.setValues([
      [1, 2],
      [3, 4],
    ]).setNumberFormat('#,##0').setFontWeight('bold');
    range.getValues();

    expect(emulator.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.setFontWeight': 1,
      'Range.setNumberFormat': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 1,
    });
    expect(emulator.calls.total).toBe(5);
    expect(emulator.calls.count('Range.setValues')).toBe(1);
  });

  it('does not count what the emulator does internally, and resets', () => {
    const emulator = createEmulator();
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.setNamedRange('Cell', spreadsheet.getActiveSheet().getRange('A1'));
    emulator.calls.reset();
    spreadsheet.getRangeByName('Cell');
    spreadsheet.getRange('Sheet1!A1:B2');
    expect(emulator.calls.byMethod()).toEqual({ 'Spreadsheet.getRange': 1, 'Spreadsheet.getRangeByName': 1 });
    emulator.calls.reset();
    expect(emulator.calls.total).toBe(0);
  });

  it('counts batched writes as one call however many cells they touch', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSheet();
    emulator.calls.reset();
    const rows = Array.from({ length: 200 }, (_, row) => [row, row * 2, `=A${row + 1}+B${row + 1}`]);
    sheet.getRange(1, 1, rows.length, 3).setValues(rows);
    expect(emulator.calls.total).toBe(2);
    expect(sheet.getRange('C200').getValue()).toBe(199 * 3);
  });
});
