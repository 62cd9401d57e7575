/**
 * A formula typed with commas between arguments in a `ru_RU` spreadsheet:
 * Sheets cannot read it (a formula parse error, the text kept as typed;
 * https://stackoverflow.com/questions/73767719, commas are not corrected
 * into semicolons). The preview does the same and says why in the
 * spreadsheet's language; the same text in `en_US` computes.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { editCell } from '../../packages/preview/cell-edit';
import { sheetsErrorText } from '../../packages/preview/engine-error-text';
import { chromeMessages } from '../../packages/preview/page/chrome-messages';
import { editText } from '../../packages/preview/page/edit-text';
import { typedTextOfUnreadable } from '../../packages/preview/locale/unreadable-formula';

function typed(locale: string, input: string) {
  const emulator = createEmulator({ locale });
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets()[0]!;
  sheet.getRange('B1:C1').setValues([[2, 3]]);
  expect(editCell(spreadsheet, sheet.getName(), 'A1', input)).toEqual({ ok: true });
  return { emulator, sheet, error: emulator.cellError(sheet.getName(), 'A1') };
}

describe('a comma between arguments', () => {
  it.each([['=SUM(B1,C1)'], ['=ROMI(B1,C1)'], ['=SUM(B1, C1; 1)']])(
    'in ru_RU: %s is a parse error, kept as typed, explained in Russian',
    (input) => {
      const { sheet, error } = typed('ru_RU', input);
      expect(error?.error).toBe('#ERROR!');
      expect(sheetsErrorText(error!, 'ru').message).toBe(chromeMessages.ru.formula_argument_separator);
      expect(sheetsErrorText(error!, 'en').message).toBe(chromeMessages.en.formula_argument_separator);
      expect(typedTextOfUnreadable(sheet.getRange('A1').getFormula())).toBe(input);
    },
  );

  it('in ru_RU, the formula bar shows the text as typed', () => {
    const { emulator, sheet } = typed('ru_RU', '=SUM(B1,C1)');
    const snapshot = emulator.snapshot(sheet.getName());
    expect(editText(snapshot, { row: 1, column: 1 }, 'ru_RU')).toBe('=SUM(B1,C1)');
  });

  it('in ru_RU, a decimal comma is not an argument separator: =SUM(1,5) is 1.5', () => {
    const { sheet, error } = typed('ru_RU', '=SUM(1,5)');
    expect(error).toBeNull();
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
  });

  it('in en_US the same text computes', () => {
    const { sheet, error } = typed('en_US', '=SUM(B1,C1)');
    expect(error).toBeNull();
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });
});
