/**
 * The emulator evaluates writes when something reads (docs/emulator.md,
 * "Evaluation waits for a read") and keeps formula text between reads: a
 * script sees the same values and formulas as when each write was evaluated
 * at once and each formula unparsed on every read.
 */
import { createSheetsEmulator } from 'sheets-emulator';
import { describe, expect, it } from 'vitest';

function emulatorWithLocaleEcho(locale = 'ru_RU') {
  return createSheetsEmulator({
    locale,
    customFunctions: {
      functions: [
        { name: 'LOCALE_OF', params: [{ name: 'x' }], implementation: (context: { locale: string }) => context.locale },
      ],
      contextFor: (locale) => ({ locale }),
    },
  });
}

describe('evaluation waits for a read', () => {
  it('a run of writes, column after column, reads as written', () => {
    const sheet = createSheetsEmulator().SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('C1:C3').setFormulas([['=A1*B1'], ['=A2*B2'], ['=SUM(C1:C2)']]);
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('B1:B2').setValues([[10], [100]]);
    sheet.getRange('A2').clearContent();
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[20], [0], [20]]);
    sheet.getRange('A2').setValue(4);
    expect(sheet.getRange('C3').getValue()).toBe(420);
  });

  it('a formula written before the locale changes is evaluated in the locale it was written under', () => {
    const emulator = emulatorWithLocaleEcho('ru_RU');
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.insertSheet('Data');
    sheet.getRange('A1').setFormula('=LOCALE_OF(1)');
    spreadsheet.setSpreadsheetLocale('en_US');
    sheet.getRange('A2').setFormula('=LOCALE_OF(2)');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['ru_RU'], ['en_US']]);
  });

  it('a spill blocked and freed again within one run of writes spills at the read', () => {
    const sheet = createSheetsEmulator().SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('A1').setFormula('=SEQUENCE(3)');
    sheet.getRange('A2').setValue('typed');
    sheet.getRange('A2').clearContent();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
  });

  it('an inline array whose cells are written in the same run reads their new values', () => {
    const sheet = createSheetsEmulator().SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('A1').setFormula('={D1,E1}');
    sheet.getRange('D1:E1').setValues([[5, 7]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[5, 7]]);
    sheet.getRange('E1').setValue(9);
    sheet.getRange('D1').clearContent();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 9]]);
  });
});

describe('formula text read again', () => {
  it('follows a write, an inserted column, a renamed sheet and a name defined after the formula', () => {
    const spreadsheet = createSheetsEmulator().SpreadsheetApp.getActiveSpreadsheet();
    const data = spreadsheet.insertSheet('Data');
    const other = spreadsheet.insertSheet('Other');
    data.getRange('B1:B2').setFormulas([['=A1*2'], ['=sum(rates)']]);
    other.getRange('A1').setFormula('=Data!B1');
    expect(data.getRange('B1:B2').getFormulas()).toEqual([['=A1*2'], ['=SUM(rates)']]);

    data.getRange('B1').setFormula('=A1*3');
    expect(data.getRange('B1').getFormula()).toBe('=A1*3');

    data.insertColumnBefore(1);
    expect(data.getRange('C1').getFormula()).toBe('=B1*3');
    expect(other.getRange('A1').getFormula()).toBe('=Data!C1');

    data.setName('Figures');
    expect(other.getRange('A1').getFormula()).toBe('=Figures!C1');

    spreadsheet.setNamedRange('Rates', data.getRange('A1:A3'));
    expect(data.getRange('C2').getFormula()).toBe('=SUM(Rates)');
  });
});
