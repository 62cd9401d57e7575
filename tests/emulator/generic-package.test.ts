/**
 * The emulator as the package it is (packages/sheets-emulator, imported by
 * name): a script other than this add-on hands in its own custom functions,
 * as the package README shows, and gets them evaluated and their errors noted.
 */
import { createSheetsEmulator } from 'sheets-emulator';
import { describe, expect, it } from 'vitest';

function emulatorWithDouble() {
  return createSheetsEmulator({
    locale: 'ru_RU',
    customFunctions: {
      functions: [
        {
          name: 'DOUBLE',
          params: [{ name: 'x' }],
          implementation: (context: { locale: string }, x: unknown) => {
            if (typeof x !== 'number') throw new Error(`DOUBLE (${context.locale}): x is not a number`);
            return x * 2;
          },
        },
      ],
      contextFor: (locale) => ({ locale }),
    },
  });
}

describe('sheets-emulator, imported by its package name', () => {
  it("evaluates a foreign script's custom function with the context built from the spreadsheet's locale", () => {
    const emulator = emulatorWithDouble();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('A1:A2').setValues([[21], ['text']]);
    sheet.getRange('B1:B2').setFormulas([['=DOUBLE(A1)'], ['=DOUBLE(A2)']]);
    expect(sheet.getRange('B1').getValue()).toBe(42);
    expect(emulator.cellError('Data', 'B2')).toEqual(
      expect.objectContaining({ message: expect.stringContaining('DOUBLE (ru_RU): x is not a number') }),
    );
  });

  it('knows no custom function it was not handed', () => {
    const emulator = createSheetsEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('A1').setFormula('=ROMI(1, 1)');
    expect(String(sheet.getRange('A1').getValue())).toMatch(/^#NAME\?/);
  });
});
