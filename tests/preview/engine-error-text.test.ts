import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { sheetsErrorText } from '../../packages/preview/engine-error-text';
import { chromeMessages } from '../../packages/preview/page/chrome-messages';

function errorOf(formula: string) {
  const emulator = createEmulator({ locale: 'ru_RU' });
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  sheet.getRange('A1').setFormula(formula);
  const error = emulator.cellError(sheet.getName(), 'A1');
  if (!error) throw new Error(`${formula} is not an error`);
  return error;
}

describe("the engine's error words in Sheets' own, in the spreadsheet's language", () => {
  it.each([
    ['=SUM(1;2)', chromeMessages.ru.formula_parse_error, chromeMessages.en.formula_parse_error],
    ['=NOSUCHFUNCTION(1)', 'Неизвестная функция: «NOSUCHFUNCTION».', 'Unknown function: "NOSUCHFUNCTION".'],
    ['=1/0', chromeMessages.ru.engine_div_zero, chromeMessages.en.engine_div_zero],
  ])('%s', (formula, ru, en) => {
    const error = errorOf(formula);
    expect(sheetsErrorText(error, 'ru').message).toBe(ru);
    expect(sheetsErrorText(error, 'en').message).toBe(en);
    expect(sheetsErrorText(error, 'ru').error).toBe(error.error);
  });

  it("keeps a custom function's own message (already in the person's language)", () => {
    const error = { error: '#ERROR!', message: 'ROMI: выручка, строка 3: «1 000 ₽» записано как текст' };
    expect(sheetsErrorText(error, 'ru')).toEqual(error);
  });
});
