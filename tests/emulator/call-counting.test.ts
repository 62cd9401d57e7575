import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

describe('call counting', () => {
  it('counts each service call per Class.method and in total, through chains', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    emulator.calls.reset();

    const range = sheet.getRange('A1:B2');
    range
      .setValues([
        [1, 2],
        [3, 4],
      ])
      .setNumberFormat('#,##0')
      .setFontWeight('bold');
    range.getValues();

    expect(emulator.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.setFontWeight': 1,
      'Range.setNumberFormat': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 1,
    });
    expect(emulator.calls.total).toBe(5);
    expect(emulator.calls.count('Range.setValues')).toBe(1);
  });

  it('does not count what the emulator does internally, and resets', () => {
    const emulator = createEmulator();
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.setNamedRange('Cell', spreadsheet.getActiveSheet().getRange('A1'));
    emulator.calls.reset();
    spreadsheet.getRangeByName('Cell');
    spreadsheet.getRange('Sheet1!A1:B2');
    expect(emulator.calls.byMethod()).toEqual({ 'Spreadsheet.getRange': 1, 'Spreadsheet.getRangeByName': 1 });
    emulator.calls.reset();
    expect(emulator.calls.total).toBe(0);
  });

  it('counts batched writes as one call however many cells they touch', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSheet();
    emulator.calls.reset();
    const rows = Array.from({ length: 200 }, (_, row) => [row, row * 2, `=A${row + 1}+B${row + 1}`]);
    sheet.getRange(1, 1, rows.length, 3).setValues(rows);
    expect(emulator.calls.total).toBe(2);
    expect(sheet.getRange('C200').getValue()).toBe(199 * 3);
  });

  it("counts a metadata search once: reading what it returned (key, value, location, a range's coordinates) is no request", () => {
    const emulator = createEmulator();
    const app = emulator.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    for (const [index, key] of ['B:B', 'D:D', 'F:F'].entries())
      sheet.getRange(key).addDeveloperMetadata('column', `c${index}`);
    emulator.calls.reset();
    const found = sheet.createDeveloperMetadataFinder().withKey('column').find();
    const columns = found.map((item) => [item.getValue(), item.getLocation().getColumn()?.getColumn()]);
    expect(columns).toEqual([
      ['c0', 2],
      ['c1', 4],
      ['c2', 6],
    ]);
    expect(emulator.calls.byMethod()).toEqual({
      'DeveloperMetadataFinder.find': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'Sheet.createDeveloperMetadataFinder': 1,
    });
    // A match is what the search returned: a column inserted since does not move the location it read (find again after inserting).
    sheet.insertColumnsBefore(1, 1);
    expect(found[0]?.getLocation().getColumn()?.getColumn()).toBe(2);
    expect(
      sheet.createDeveloperMetadataFinder().withKey('column').find()[0]?.getLocation().getColumn()?.getColumn(),
    ).toBe(3);
    // Its setters still act on the stored item, and count.
    emulator.calls.reset();
    found[0]?.setValue('renamed');
    expect(emulator.calls.total).toBe(1);
    expect(sheet.createDeveloperMetadataFinder().withValue('renamed').find()).toHaveLength(1);
  });
});
