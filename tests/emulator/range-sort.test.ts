import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

function setUp() {
  const emulator = createEmulator();
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const kpi = spreadsheet.insertSheet('KPI');
  kpi.getRange('A1:C1').setValues([['Channel', 'Spend', 'Double']]);
  kpi.getRange('A2:B5').setValues([
    ['seo', 200],
    ['PPC', 100],
    ['', 50],
    ['pr', 300],
  ]);
  kpi.getRange('C2:C5').setFormula('=B2*2');
  kpi.getRange('B3').setNote('checked').setNumberFormat('#,##0.00');
  return { emulator, spreadsheet, kpi };
}

describe('Range.sort', () => {
  it('sorts by a column number: whole rows move with values, formulas, notes and formats; blanks go last', () => {
    const { kpi } = setUp();
    kpi.getRange('A2:C5').sort(1);
    expect(kpi.getRange('A2:C5').getValues()).toEqual([
      ['PPC', 100, 200],
      ['pr', 300, 600],
      ['seo', 200, 400],
      ['', 50, 100],
    ]);
    expect(kpi.getRange('C2:C5').getFormulas()).toEqual([['=B2*2'], ['=B3*2'], ['=B4*2'], ['=B5*2']]);
    expect(kpi.getRange('B2').getNote()).toBe('checked');
    expect(kpi.getRange('B2').getNumberFormat()).toBe('#,##0.00');
    expect(kpi.getRange('B3').getNote()).toBe('');
  });

  it('takes {column, ascending} specs and several keys; blanks stay last in descending order too', () => {
    const { kpi } = setUp();
    kpi.getRange('A2:C5').sort({ column: 2, ascending: false });
    expect(kpi.getRange('A2:A5').getValues()).toEqual([['pr'], ['seo'], ['PPC'], ['']]);
    kpi.getRange('A2:B5').setValues([
      ['b', 1],
      ['a', 2],
      ['b', 0],
      ['a', 1],
    ]);
    kpi.getRange('A2:C5').sort([
      { column: 1, ascending: true },
      { column: 2, ascending: false },
    ]);
    expect(kpi.getRange('A2:B5').getValues()).toEqual([
      ['a', 2],
      ['a', 1],
      ['b', 1],
      ['b', 0],
    ]);
    kpi.getRange('A2:B5').setValues([
      ['x', ''],
      ['y', 3],
      ['z', 1],
      ['w', ''],
    ]);
    kpi.getRange('A2:B5').sort({ column: 2, ascending: false });
    expect(kpi.getRange('A2:B5').getValues()).toEqual([
      ['y', 3],
      ['z', 1],
      ['x', ''],
      ['w', ''],
    ]);
  });

  it('references from outside the range keep pointing at the same cells, whose content changed', () => {
    const { spreadsheet, kpi } = setUp();
    const board = spreadsheet.insertSheet('Board');
    board.getRange('A1:A2').setFormulas([['=KPI!B2'], ['=SUM(KPI!B2:B5)']]);
    kpi.getRange('A2:C5').sort(2);
    expect(board.getRange('A1:A2').getFormulas()).toEqual([['=KPI!B2'], ['=SUM(KPI!B2:B5)']]);
    expect(board.getRange('A1:A2').getValues()).toEqual([[50], [650]]);
  });

  it('refuses a sort column outside the range and changes nothing', () => {
    const { kpi } = setUp();
    expect(() => kpi.getRange('A2:C5').sort(4)).toThrow(/out of the range/);
    expect(kpi.getRange('A2:A5').getValues()).toEqual([['seo'], ['PPC'], [''], ['pr']]);
  });
});
