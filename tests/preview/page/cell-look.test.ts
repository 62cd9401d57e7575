import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../packages/preview/addon-emulator';
import { cellLook } from '../../../packages/preview/page/cell-look';
import { warnsBeforeEditing } from '../../../packages/preview/page/protection-warning';

function kpiSheet() {
  const emulator = createEmulator();
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('KPI');
  sheet.getRange('A1:D2').setValues([
    ['Channel', 'Leads', 'Paid', 'CPL'],
    ['Webinars', 20, true, '=CPL(-1, 5)'],
  ]);
  sheet.getRange('A1:D1').setBackground('#1a73e8').setFontColor('#ffffff').setFontWeight('bold');
  sheet
    .getRange('A2')
    .setDataValidation(
      emulator.SpreadsheetApp.newDataValidation()
        .requireValueInList(['PPC', 'SEO'], true)
        .setAllowInvalid(true)
        .build(),
    );
  sheet.getRange('B2').setNote('From the CRM');
  sheet.getRange('D1:D2').protect().setWarningOnly(true);
  return emulator.snapshot('KPI');
}

describe('how a cell looks in the grid', () => {
  const sheet = kpiSheet();
  const look = (row: number, column: number) => cellLook(sheet, { row, column }, undefined, 'en');

  it('puts numbers right, TRUE/FALSE in the middle and text left, as Sheets does', () => {
    expect([look(2, 1).align, look(2, 2).align, look(2, 3).align]).toEqual(['left', 'right', 'center']);
  });

  it('draws fills over the gridlines, with the font colour and weight', () => {
    expect(look(1, 1).style).toContain('background-color:#1a73e8;border-color:#1a73e8');
    expect(look(1, 1).style).toContain('color:#ffffff');
    expect(look(1, 1).style).toContain('font-weight:bold');
  });

  it("lets conditional-format paint win over the cell's own colours", () => {
    expect(cellLook(sheet, { row: 1, column: 1 }, { background: '#f4c7c3' }, 'en').style).toContain(
      'background-color:#f4c7c3',
    );
  });

  it('marks an error with its message, an entry off its list, a note and a drop-down', () => {
    expect(look(2, 4).classes).toContain('has-error');
    expect(look(2, 4).tooltip).toMatch(/^Error\nCPL: /);
    expect(look(2, 1).classes).toEqual(expect.arrayContaining(['has-error', 'has-dropdown']));
    expect(look(2, 1).tooltip).toBe('Invalid: Input must be an item on the specified list');
    expect(look(2, 1).dropdown).toEqual(['PPC', 'SEO']);
    expect(look(2, 2).classes).toContain('has-note');
    expect(look(2, 2).tooltip).toBe('From the CRM');
  });

  it('is blank past the content', () => {
    expect(look(40, 40)).toEqual({ text: '', align: 'left', style: '', classes: [], tooltip: null, dropdown: null });
  });

  it('knows where Sheets warns before an edit: a warning-only protected range', () => {
    expect(warnsBeforeEditing(sheet, { row: 2, column: 4 })).toBe(true);
    expect(warnsBeforeEditing(sheet, { row: 2, column: 3 })).toBe(false);
  });
});
