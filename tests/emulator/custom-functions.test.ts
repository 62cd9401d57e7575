import { describe, expect, it } from 'vitest';
import { kpiEmulator } from './kpi-fixture';

// Totals of the fixture: revenue 290 000, cost 145 000, leads 63.
const REVENUE = 150_000 + 50_000 + 90_000;
const COST = 100_000 + 30_000 + 5_000 + 10_000;
const LEADS = 20 + 3 + 0 + 40;

describe('custom functions on the emulated sheet', () => {
  it('evaluates ROMI and CPL from the registry', () => {
    const { sheet } = kpiEmulator();
    sheet.getRange('F1:F2').setFormulas([['=ROMI(B2:B6, C2:C6)'], ['=CPL(C2:C6, D2:D6)']]);
    expect(sheet.getRange('F1').getValue()).toBeCloseTo((REVENUE - COST) / COST, 12);
    expect(sheet.getRange('F2').getValue()).toBeCloseTo(COST / LEADS, 9);
  });

  it('spills CHANNEL_VERDICT down a column, blank where nothing happened', () => {
    const { sheet } = kpiEmulator();
    sheet.getRange('E2').setFormula('=CHANNEL_VERDICT(D2:D6, C2:C6)');
    // Blended target: (100 000 + 30 000 + 10 000) / 63 ≈ 2 222; PPC 5 000 and Email 250 a lead.
    expect(sheet.getRange('E2:E6').getValues().flat()).toEqual(['OPTIMIZE', '', 'TEST', 'DROP', 'SCALE']);
    // Only the corner holds the formula, as in Sheets.
    expect(sheet.getRange('E2:E3').getFormulas()).toEqual([['=CHANNEL_VERDICT(D2:D6, C2:C6)'], ['']]);
  });

  it("shows a custom function's error message as the cell's error", () => {
    const { emulator, sheet } = kpiEmulator();
    sheet.getRange('B4').setValue('1 000');
    sheet.getRange('F1').setFormula('=ROMI(B2:B6, C2:C6)');
    expect(sheet.getRange('F1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('F1').getDisplayValue()).toBe('#ERROR!');
    expect(emulator.cellError('KPI', 'F1')).toEqual({
      error: '#ERROR!',
      message: 'ROMI: revenue, row 3: "1 000" is text; enter it as a number',
    });
    expect(emulator.snapshot('KPI').errors[0]?.[5]?.message).toMatch(/^ROMI: revenue, row 3/);
    expect(emulator.cellError('KPI', 'B2')).toBeNull();
  });

  it('evaluates named ranges in formulas, spill included', () => {
    const { spreadsheet, sheet } = kpiEmulator();
    spreadsheet.setNamedRange('KPI_Revenue', sheet.getRange('B2:B6'));
    spreadsheet.setNamedRange('KPI_Cost', sheet.getRange('C2:C6'));
    spreadsheet.setNamedRange('KPI_Leads', sheet.getRange('D2:D6'));
    sheet.getRange('G1').setFormula('=ROMI(KPI_Revenue, KPI_Cost)');
    sheet.getRange('H2').setFormula('=CHANNEL_VERDICT(KPI_Leads, KPI_Cost)');
    expect(sheet.getRange('G1').getValue()).toBeCloseTo((REVENUE - COST) / COST, 12);
    expect(sheet.getRange('H2:H6').getValues().flat()).toEqual(['OPTIMIZE', '', 'TEST', 'DROP', 'SCALE']);
    expect(
      spreadsheet
        .getNamedRanges()
        .map((named) => named.getName())
        .sort(),
    ).toEqual(['KPI_Cost', 'KPI_Leads', 'KPI_Revenue']);
    expect(spreadsheet.getRangeByName('KPI_Cost')?.getA1Notation()).toBe('C2:C6');
  });

  it("speaks the spreadsheet's language, read from its locale", () => {
    const { spreadsheet, sheet } = kpiEmulator({ locale: 'ru_RU' });
    sheet.getRange('E2').setFormula('=CHANNEL_VERDICT(D2:D6, C2:C6)');
    expect(sheet.getRange('E6').getValue()).toBe('МАСШТАБИРОВАТЬ');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('ru_RU');
  });

  it('shows #SPILL! while a cell is in the way and spills once it is free, as Sheets does', () => {
    const { sheet } = kpiEmulator();
    sheet.getRange('E4').setValue('note');
    sheet.getRange('E2').setFormula('=CHANNEL_VERDICT(D2:D6, C2:C6)');
    expect(sheet.getRange('E2').getValue()).toBe('#SPILL!');
    sheet.getRange('E4').clearContent();
    expect(sheet.getRange('E2:E6').getValues().flat()).toEqual(['OPTIMIZE', '', 'TEST', 'DROP', 'SCALE']);
  });

  it('says why a whole-column range cannot spill in the emulator', () => {
    const { emulator, sheet } = kpiEmulator();
    sheet.getRange('F1').setFormula('=CHANNEL_VERDICT(D:D, C:C)');
    expect(emulator.cellError('KPI', 'F1')?.message).toMatch(/whole-column range .* give a bounded range/);
  });

  it('spills the matrix functions down (RACI_CHECK) and across (ROLE_LOAD)', () => {
    const { emulator } = kpiEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('RACI');
    sheet.getRange('A1:C4').setValues([
      ['Direction', 'Head', 'PR'],
      ['Strategy', 'A', 'R'],
      ['PR', '', 'A'],
      ['SEO', 'R', ''],
    ]);
    sheet.getRange('D2').setFormula('=RACI_CHECK(B2:C4, B1:C1)');
    sheet.getRange('B5').setFormula('=ROLE_LOAD(B2:C4)');
    expect(sheet.getRange('D2:D4').getValues().flat()).toEqual([
      'OK',
      'No one is responsible (R)',
      'No one is accountable (A)',
    ]);
    expect(sheet.getRange('B5:C5').getValues()[0]).toEqual(['R 1 · A 1', 'R 1 · A 1']);
  });
});
