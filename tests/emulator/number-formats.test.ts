import { describe, expect, it } from 'vitest';
import { createEmulator, renderDisplayValue } from '../../packages/preview/addon-emulator';

describe('number formats in display values', () => {
  it('stores formats per cell and renders them in getDisplayValues', () => {
    const sheet = createEmulator().SpreadsheetApp.getActiveSheet();
    const range = sheet.getRange('A1:D2');
    range.setValues([
      [1234567.891, 1234.5, 0.1234, 0.1234],
      [1234.5, 1234.5, 1234.5, 45306],
    ]);
    range.setNumberFormats([
      ['#,##0', '#,##0.00', '0%', '0.0%'],
      ['#,##0 [$₽-419]', '[$$]#,##0', '"$"#,##0.00', 'yyyy-mm'],
    ]);
    expect(range.getNumberFormats()[1]).toEqual(['#,##0 [$₽-419]', '[$$]#,##0', '"$"#,##0.00', 'yyyy-mm']);
    expect(range.getDisplayValues()).toEqual([
      ['1,234,568', '1,234.50', '12%', '12.3%'],
      ['1,235 ₽', '$1,235', '$1,234.50', '2024-01'],
    ]);
    // Formats do not change values.
    expect(range.getValues()[0]).toEqual([1234567.891, 1234.5, 0.1234, 0.1234]);
  });

  it("uses the spreadsheet locale's separators", () => {
    const emulator = createEmulator({ locale: 'ru_RU' });
    const cell = emulator.SpreadsheetApp.getActiveSheet().getRange('A1');
    cell.setValue(1234567.5).setNumberFormat('#,##0.00 [$₽-419]');
    expect(cell.getDisplayValue()).toBe('1\u00a0234\u00a0567,50 ₽');
  });

  it('reports General for unformatted cells and picks a format for typed percents', () => {
    const sheet = createEmulator().SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A2').setValues([[0.5], ['15%']]);
    expect(sheet.getRange('A1:A2').getNumberFormats()).toEqual([['General'], ['0%']]);
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['0.5'], ['15%']]);
    expect(sheet.getRange('A2').getValue()).toBe(0.15);
  });
});

describe('renderDisplayValue', () => {
  it.each([
    [-1234.5, '"$"#,##0.00', '-$1,234.50'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [0, '#,##0;(#,##0);"–"', '–'],
    [1 / 3, 'General', '0.3333333333'],
    [1e20, 'General', '1E+20'],
    [45306.75, 'yyyy-mm-dd hh:mm', '2024-01-15 18:00'],
    [45306, 'mmmm yyyy', 'January 2024'],
    [1_500_000, '#,##0,"K"', '1,500K'],
    [-0.0001, '#,##0', '0'],
  ])('%s through %s is %s', (value, format, shown) => {
    expect(renderDisplayValue(value, format, 'en_US')).toBe(shown);
  });

  it('leaves text and booleans as Sheets shows them', () => {
    expect(renderDisplayValue('Leads', '#,##0', 'en_US')).toBe('Leads');
    expect(renderDisplayValue(true, undefined, 'en_US')).toBe('TRUE');
    expect(renderDisplayValue(null, '0%', 'en_US')).toBe('');
  });
});
