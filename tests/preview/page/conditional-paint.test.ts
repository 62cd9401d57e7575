import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../packages/preview/addon-emulator';
import { conditionalPaints } from '../../../packages/preview/page/conditional-paint';

/** A sheet with a column of numbers, a column of verdicts and a column of notes, and rules on them, built through the emulator. */
function paintedSheet(
  build: (
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  ) => GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
) {
  const emulator = createEmulator();
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('KPI');
  sheet.getRange('A1:C4').setValues([
    [-0.5, 'DROP', 'kept'],
    [0.25, 'drop', ''],
    [0, 'SCALE', ''],
    ['', '', 'x'],
  ]);
  sheet.setConditionalFormatRules(build(sheet, emulator.SpreadsheetApp));
  return conditionalPaints(emulator.snapshot('KPI'));
}

describe('conditional-format paint', () => {
  it('paints numbers below a threshold, and only numbers', () => {
    const paints = paintedSheet((sheet, app) => [
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBackground('#fce8e6')
        .setFontColor('#c5221f')
        .setRanges([sheet.getRange('A1:A4')])
        .build(),
    ]);
    expect(paints.get('1:1')).toEqual({ background: '#fce8e6', fontColor: '#c5221f' });
    expect(paints.has('2:1')).toBe(false);
    expect(paints.has('3:1')).toBe(false);
    expect(paints.has('4:1')).toBe(false);
  });

  it('compares text without regard to case, as Sheets does', () => {
    const paints = paintedSheet((sheet, app) => [
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('DROP')
        .setBackground('#f4c7c3')
        .setRanges([sheet.getRange('B1:B4')])
        .build(),
    ]);
    expect([...paints.keys()].sort()).toEqual(['1:2', '2:2']);
  });

  it('lets the first matching rule paint a cell', () => {
    const paints = paintedSheet((sheet, app) => [
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(0)
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('A1:A4')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThanOrEqualTo(0)
        .setBackground('#e8eaed')
        .setRanges([sheet.getRange('A1:A4')])
        .build(),
    ]);
    expect(paints.get('2:1')?.background).toBe('#b7e1cd');
    expect(paints.get('3:1')?.background).toBe('#e8eaed');
  });

  it("paints cells that are not empty, and a simple custom formula relative to the rule's first cell", () => {
    const paints = paintedSheet((sheet, app) => [
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground('#fef7e0')
        .setRanges([sheet.getRange('C1:C4')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$A1<0')
        .setBold(true)
        .setRanges([sheet.getRange('B1:B4')])
        .build(),
    ]);
    expect([...paints.keys()].filter((key) => key.endsWith(':3')).sort()).toEqual(['1:3', '4:3']);
    expect(paints.get('1:2')).toEqual({ bold: true });
    expect(paints.has('2:2')).toBe(false);
  });

  it('leaves alone the rules it cannot evaluate', () => {
    const paints = paintedSheet((sheet, app) => [
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($A1<0, ISNUMBER($A1))')
        .setBold(true)
        .setRanges([sheet.getRange('B1:B4')])
        .build(),
    ]);
    expect(paints.size).toBe(0);
  });
});
