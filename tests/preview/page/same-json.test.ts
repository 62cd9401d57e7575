/** The page's comparison of a new snapshot's sheet with the one drawn before. */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../packages/preview/addon-emulator';
import { sameJson } from '../../../packages/preview/page/same-json';

describe('sameJson', () => {
  it('finds two parses of the same sheet the same, and a sheet with one cell changed not', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('KPI');
    sheet.getRange('A1:C3').setValues([
      ['Channel', 'Leads', 'CPL'],
      ['PPC', 10, '=B2*2'],
      ['SEO', 0, ''],
    ]);
    const text = JSON.stringify(emulator.snapshot('KPI'));
    expect(sameJson(JSON.parse(text), JSON.parse(text))).toBe(true);
    sheet.getRange('B3').setValue(1);
    expect(sameJson(JSON.parse(text), emulator.snapshot('KPI'))).toBe(false);
  });

  it('tells apart what JSON text would tell apart', () => {
    expect(sameJson({ a: [1, 2] }, { a: [1, 2] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson([[null, 'x']], [[null, 'x']])).toBe(true);
  });
});
