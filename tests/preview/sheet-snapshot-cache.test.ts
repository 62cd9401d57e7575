/**
 * The preview keeps a sheet's snapshot while only reads, builders and
 * services without cells were called, and takes it anew after anything else
 * (a write, a reset of the counts, another person).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { SheetSnapshotCache, changesNoSheet } from '../../packages/preview/sheet-snapshot-cache';
import type { PreviewSheet } from '../../packages/preview/preview-snapshot';

function setUp() {
  const emulator = createEmulator();
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('KPI');
  sheet.getRange('A1').setValue(1);
  const cache = new SheetSnapshotCache(emulator);
  let taken = 0;
  const shown = (): PreviewSheet => {
    cache.look();
    return cache.sheet('KPI', () => {
      taken += 1;
      return emulator.snapshot('KPI');
    });
  };
  return { emulator, sheet, shown, taken: () => taken };
}

describe('the sheets the preview keeps between refreshes', () => {
  it('are kept across reads, builders, properties and locks', () => {
    const { emulator, sheet, shown, taken } = setUp();
    const first = shown();
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1').getDataValidation();
    emulator.SpreadsheetApp.newConditionalFormatRule()
      .setRanges([sheet.getRange('A1')])
      .whenNumberLessThan(0)
      .setBackground('#f00')
      .build();
    emulator.PropertiesService.getDocumentProperties().setProperty('year', '2025');
    emulator.LockService.getDocumentLock().tryLock(10);
    expect(shown()).toBe(first);
    expect(taken()).toBe(1);
  });

  it('are taken anew after a write, and show it', () => {
    const { sheet, shown, taken } = setUp();
    shown();
    sheet.getRange('A1').setValue(2);
    expect(shown().values[0]?.[0]).toBe(2);
    // A rule built and then applied: the applying call is a Sheet's.
    const rule = sheet.getConditionalFormatRules();
    sheet.setConditionalFormatRules(rule);
    shown();
    expect(taken()).toBe(3);
  });

  it('are taken anew after the counts are reset, or when someone else is at the keyboard', () => {
    const { emulator, shown, taken } = setUp();
    shown();
    emulator.calls.reset();
    shown();
    emulator.setActiveUser('analyst@example.com');
    shown();
    expect(taken()).toBe(3);
  });

  it('know a read or a builder from a call that changes a sheet', () => {
    expect(
      ['Range.getValues', 'Sheet.isSheetHidden', 'Protection.canEdit', 'DataValidationBuilder.build'].every(
        changesNoSheet,
      ),
    ).toBe(true);
    expect(
      ['Range.setValues', 'Sheet.activate', 'SpreadsheetApp.flush', 'NamedRange.setRange', 'Ui.alert'].some(
        changesNoSheet,
      ),
    ).toBe(false);
  });
});
