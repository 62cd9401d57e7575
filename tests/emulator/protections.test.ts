import { describe, expect, it } from 'vitest';
import { PROTECTED_CELL_MESSAGE } from 'sheets-emulator';
import { kpiEmulator } from './kpi-fixture';

const OWNER = 'head@example.com';
const MARKETER = 'marketer@example.com';
const PR = 'pr@example.com';

function protectedKpi() {
  const setup = kpiEmulator({ owner: OWNER });
  setup.spreadsheet.addEditors([MARKETER, PR]);
  return setup;
}

describe('protections per user', () => {
  it("lets the owner and listed editors write, and stops everyone else with Sheets' message", () => {
    const { emulator, sheet } = protectedKpi();
    const protection = sheet.getRange('A1:D1').protect().setDescription('Header');
    protection.removeEditors(protection.getEditors());
    protection.addEditor(MARKETER);
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER, MARKETER]);

    emulator.setActiveUser(PR);
    expect(protection.canEdit()).toBe(false);
    expect(sheet.getRange('B1').canEdit()).toBe(false);
    expect(() => sheet.getRange('B1').setValue('Income')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange('A1:A3').setBackground('#ff0000')).toThrow(PROTECTED_CELL_MESSAGE);
    // Cells outside the protected range stay open.
    sheet.getRange('B2').setValue(1);
    expect(sheet.getRange('B1').getValue()).toBe('Revenue');

    emulator.setActiveUser(MARKETER);
    sheet.getRange('B1').setValue('Income');
    emulator.setActiveUser(OWNER);
    expect(sheet.getRange('B1').getValue()).toBe('Income');
    expect(emulator.snapshot('KPI').protections).toEqual([
      {
        kind: 'RANGE',
        range: 'KPI!A1:D1',
        description: 'Header',
        warningOnly: false,
        editors: [OWNER, MARKETER],
        unprotectedRanges: [],
        rangeName: null,
      },
    ]);
  });

  it('does not stop anyone at a warning-only protection', () => {
    const { emulator, sheet } = protectedKpi();
    const protection = sheet.getRange('A1:D1').protect().setWarningOnly(true);
    protection.removeEditors(protection.getEditors());
    emulator.setActiveUser(PR);
    expect(protection.isWarningOnly()).toBe(true);
    sheet.getRange('A1').setValue('Source');
    expect(sheet.getRange('A1').getValue()).toBe('Source');
  });

  it('protects nothing until the editor list is changed, as Sheets starts a protection', () => {
    const { emulator, sheet } = protectedKpi();
    sheet.getRange('A1:D1').protect();
    emulator.setActiveUser(PR);
    sheet.getRange('A1').setValue('Source');
    expect(sheet.getRange('A1').getValue()).toBe('Source');
  });

  it('protects a sheet except its unprotected ranges, and blocks structural changes', () => {
    const { emulator, sheet, spreadsheet } = protectedKpi();
    const protection = sheet.protect().setDescription('Template');
    protection.setUnprotectedRanges([sheet.getRange('B2:D6')]);
    protection.removeEditors([MARKETER, PR]);
    expect(sheet.getProtections(emulator.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(emulator.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);

    emulator.setActiveUser(MARKETER);
    sheet.getRange('C3').setValue(7_000);
    expect(() => sheet.getRange('A2').setValue('Ads')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.setName('Mine')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => protection.remove()).toThrow('You do not have permission to change this protection.');

    emulator.setActiveUser(OWNER);
    protection.remove();
    emulator.setActiveUser(MARKETER);
    sheet.getRange('A2').setValue('Ads');
    expect(sheet.getProtections(emulator.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('keeps the owner as an editor whatever is removed', () => {
    const { sheet } = protectedKpi();
    const protection = sheet.getRange('A1').protect();
    protection.removeEditor(OWNER);
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER]);
    expect(protection.getProtectionType()).toBe('RANGE');
    expect(protection.getRange().getA1Notation()).toBe('A1');
  });
});
