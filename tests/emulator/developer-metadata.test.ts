import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

function setUp() {
  const emulator = createEmulator();
  const app = emulator.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('KPI');
  return { emulator, app, spreadsheet, sheet };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where metadata with `key` is now: its column (or row) number. */
function columnOf(sheet: Sheet, key: string): number | null {
  const [found] = sheet.createDeveloperMetadataFinder().withKey(key).find();
  return found?.getLocation().getColumn()?.getColumn() ?? null;
}

describe('developer metadata: where it can go', () => {
  it('goes on the spreadsheet, a sheet, a whole column or a whole row, with a key, a value and a visibility', () => {
    const { app, spreadsheet, sheet } = setUp();
    spreadsheet.addDeveloperMetadata('addon', '1');
    sheet.addDeveloperMetadata('tab', 'kpi', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('C:C').addDeveloperMetadata('column', 'spend');
    sheet.getRange('5:5').addDeveloperMetadata('row', app.DeveloperMetadataVisibility.PROJECT);

    const [own] = spreadsheet.getDeveloperMetadata();
    expect([own?.getKey(), own?.getValue(), String(own?.getVisibility())]).toEqual(['addon', '1', 'DOCUMENT']);
    expect(own?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SPREADSHEET);
    expect(own?.getLocation().getSpreadsheet()?.getId()).toBe(spreadsheet.getId());
    expect(own?.getLocation().getSheet()).toBeNull();

    const [tab] = sheet.getDeveloperMetadata();
    expect([tab?.getKey(), tab?.getValue(), tab?.getVisibility()]).toEqual([
      'tab',
      'kpi',
      app.DeveloperMetadataVisibility.PROJECT,
    ]);
    expect(tab?.getLocation().getSheet()?.getName()).toBe('KPI');

    const [column] = sheet.getRange('C:C').getDeveloperMetadata();
    expect(column?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(column?.getLocation().getColumn()?.getA1Notation()).toBe('C1:C1000');
    expect(column?.getLocation().getRow()).toBeNull();
    expect(column?.getLocation().getSheet()).toBeNull();

    const [row] = sheet.getRange('5:5').getDeveloperMetadata();
    expect([row?.getKey(), row?.getValue(), String(row?.getVisibility())]).toEqual(['row', null, 'PROJECT']);
    expect(row?.getLocation().getRow()?.getA1Notation()).toBe('A5:Z5');
    expect(new Set([own, tab, column, row].map((item) => item?.getId())).size).toBe(4);
  });

  it("refuses a range that is not one whole row or column, with Apps Script's message", () => {
    const { sheet } = setUp();
    for (const a1 of ['C1:C10', 'A1', 'C:D', '5:6', 'A5:Y5']) {
      expect(() => sheet.getRange(a1).addDeveloperMetadata('k'), a1).toThrow(
        /Adding developer metadata to arbitrary ranges is not currently supported/,
      );
    }
    expect(sheet.getParent().createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('is changed, moved and removed through its own methods', () => {
    const { app, spreadsheet, sheet } = setUp();
    const other = spreadsheet.insertSheet('Roles');
    sheet.getRange('B:B').addDeveloperMetadata('column', 'channel');
    const [item] = sheet.getRange('B:B').getDeveloperMetadata();
    if (!item) throw new Error('no metadata');
    item.setKey('col').setValue('month').setVisibility(app.DeveloperMetadataVisibility.PROJECT);
    expect([item.getKey(), item.getValue(), String(item.getVisibility())]).toEqual(['col', 'month', 'PROJECT']);

    item.moveToColumn(sheet.getRange('E:E'));
    expect(sheet.getRange('B:B').getDeveloperMetadata()).toEqual([]);
    expect(
      sheet
        .getRange('E:E')
        .getDeveloperMetadata()
        .map((found) => found.getId()),
    ).toEqual([item.getId()]);
    expect(() => item.moveToColumn(sheet.getRange('3:3'))).toThrow(/arbitrary ranges/);
    item.moveToRow(other.getRange('2:2'));
    expect(item.getLocation().getRow()?.getSheet().getName()).toBe('Roles');
    item.moveToSheet(other);
    expect(other.getDeveloperMetadata().map((found) => found.getKey())).toEqual(['col']);
    item.moveToSpreadsheet();
    expect(spreadsheet.getDeveloperMetadata().map((found) => found.getKey())).toEqual(['col']);
    item.remove();
    expect(spreadsheet.createDeveloperMetadataFinder().find()).toEqual([]);
    expect(() => item.getKey()).toThrow(/No developer metadata/);
  });
});

describe('developer metadata: finding it', () => {
  function tagged() {
    const setup = setUp();
    const { spreadsheet, sheet, app } = setup;
    const roles = spreadsheet.insertSheet('Roles');
    spreadsheet.addDeveloperMetadata('addon', 'v1');
    sheet.addDeveloperMetadata('tab', 'kpi');
    roles.addDeveloperMetadata('tab', 'roles');
    sheet.getRange('A:A').addDeveloperMetadata('column', 'month');
    sheet.getRange('C:C').addDeveloperMetadata('column', 'spend', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('3:3').addDeveloperMetadata('row', 'r3');
    roles.getRange('B:B').addDeveloperMetadata('column', 'role');
    return { ...setup, roles };
  }
  const keysOf = (found: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) =>
    found.map((item) => `${item.getKey()}=${item.getValue()}`).sort();

  it('the spreadsheet finder searches everything, narrowed by key, value, id, location type and visibility', () => {
    const { spreadsheet, app } = tagged();
    const finder = () => spreadsheet.createDeveloperMetadataFinder();
    expect(finder().find()).toHaveLength(7);
    expect(keysOf(finder().withKey('tab').find())).toEqual(['tab=kpi', 'tab=roles']);
    expect(keysOf(finder().withKey('column').withValue('spend').find())).toEqual(['column=spend']);
    expect(keysOf(finder().withLocationType(app.DeveloperMetadataLocationType.COLUMN).find())).toEqual([
      'column=month',
      'column=role',
      'column=spend',
    ]);
    expect(keysOf(finder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find())).toEqual(['column=spend']);
    const [spend] = finder().withValue('spend').find();
    expect(
      keysOf(
        finder()
          .withId(spend?.getId() ?? -1)
          .find(),
      ),
    ).toEqual(['column=spend']);
    expect(finder().withKey('nothing').find()).toEqual([]);
  });

  it('a sheet finder searches the sheet and its rows and columns, not other sheets or the spreadsheet', () => {
    const { sheet, roles } = tagged();
    expect(keysOf(sheet.createDeveloperMetadataFinder().find())).toEqual([
      'column=month',
      'column=spend',
      'row=r3',
      'tab=kpi',
    ]);
    expect(keysOf(roles.createDeveloperMetadataFinder().find())).toEqual(['column=role', 'tab=roles']);
  });

  it('a range finder takes what lies wholly inside the range, or with onIntersectingLocations what crosses it', () => {
    const { sheet } = tagged();
    expect(keysOf(sheet.getRange('A:C').createDeveloperMetadataFinder().find())).toEqual([
      'column=month',
      'column=spend',
    ]);
    expect(keysOf(sheet.getRange('1:5').createDeveloperMetadataFinder().find())).toEqual(['row=r3']);
    expect(keysOf(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find())).toEqual([]);
    expect(keysOf(sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find())).toEqual([
      'column=month',
      'column=spend',
      'row=r3',
    ]);
    expect(keysOf(sheet.getRange('C2').createDeveloperMetadataFinder().onIntersectingLocations().find())).toEqual([
      'column=spend',
    ]);
  });
});

describe('developer metadata: what happens to it when the sheet changes', () => {
  it("a column's metadata follows it when columns are inserted or deleted before it, and goes with it when it is deleted", () => {
    const { sheet } = setUp();
    sheet.getRange('C:C').addDeveloperMetadata('spend');
    sheet.getRange('E:E').addDeveloperMetadata('leads');
    sheet.insertColumnsBefore(2, 2);
    expect([columnOf(sheet, 'spend'), columnOf(sheet, 'leads')]).toEqual([5, 7]);
    sheet.insertColumnAfter(7);
    expect(columnOf(sheet, 'leads')).toBe(7);
    sheet.deleteColumns(1, 2);
    expect([columnOf(sheet, 'spend'), columnOf(sheet, 'leads')]).toEqual([3, 5]);
    sheet.deleteColumn(3);
    expect([columnOf(sheet, 'spend'), columnOf(sheet, 'leads')]).toEqual([null, 4]);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((item) => item.getKey()),
    ).toEqual(['leads']);
  });

  it("a row's metadata follows it the same way, and column metadata ignores row changes", () => {
    const { sheet } = setUp();
    sheet.getRange('4:4').addDeveloperMetadata('row');
    sheet.getRange('B:B').addDeveloperMetadata('column');
    sheet.insertRowsBefore(1, 3);
    sheet.deleteRow(2);
    const [row] = sheet.createDeveloperMetadataFinder().withKey('row').find();
    expect(row?.getLocation().getRow()?.getRow()).toBe(6);
    expect(columnOf(sheet, 'column')).toBe(2);
    sheet.deleteRows(5, 3);
    expect(sheet.createDeveloperMetadataFinder().withKey('row').find()).toEqual([]);
  });

  it("a sheet's metadata survives a rename and a move, and goes with the sheet when it is deleted", () => {
    const { spreadsheet, sheet } = setUp();
    sheet.addDeveloperMetadata('tab', 'kpi');
    sheet.getRange('A:A').addDeveloperMetadata('column', 'month');
    sheet.setName('Показатели');
    spreadsheet.setActiveSheet(sheet);
    spreadsheet.moveActiveSheet(1);
    const [found] = spreadsheet.createDeveloperMetadataFinder().withKey('tab').withValue('kpi').find();
    expect(found?.getLocation().getSheet()?.getName()).toBe('Показатели');
    expect(found?.getLocation().getSheet()?.getSheetId()).toBe(sheet.getSheetId());
    spreadsheet.deleteSheet(sheet);
    expect(spreadsheet.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('every tagged column is still found at the column that holds its content after random inserts and deletes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            insert: fc.boolean(),
            at: fc.integer({ min: 1, max: 12 }),
            count: fc.integer({ min: 1, max: 3 }),
          }),
          { maxLength: 12 },
        ),
        (edits) => {
          const { sheet } = setUp();
          // Each of columns A–J holds its own letter and carries it as metadata.
          const letters = 'ABCDEFGHIJ'.split('');
          sheet.getRange(1, 1, 1, letters.length).setValues([letters]);
          letters.forEach((letter, index) =>
            sheet.getRange(1, index + 1, sheet.getMaxRows(), 1).addDeveloperMetadata('letter', letter),
          );
          for (const edit of edits) {
            if (edit.insert) sheet.insertColumnsBefore(Math.min(edit.at, sheet.getMaxColumns()), edit.count);
            else if (edit.at + edit.count - 1 <= sheet.getMaxColumns() && edit.count < sheet.getMaxColumns())
              sheet.deleteColumns(edit.at, edit.count);
          }
          const header = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0] ?? [];
          const found = sheet.createDeveloperMetadataFinder().withKey('letter').find();
          for (const item of found)
            expect(header[(item.getLocation().getColumn()?.getColumn() ?? 0) - 1]).toBe(item.getValue());
          expect(found.map((item) => item.getValue()).sort()).toEqual(
            letters.filter((letter) => header.includes(letter)).sort(),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('developer metadata in the snapshot', () => {
  it('lists each item with where it is now', () => {
    const { emulator, spreadsheet, sheet } = setUp();
    spreadsheet.addDeveloperMetadata('addon', 'v1');
    sheet.addDeveloperMetadata('tab', 'kpi');
    sheet.getRange('C:C').addDeveloperMetadata('column', 'spend');
    sheet.getRange('2:2').addDeveloperMetadata('row');
    sheet.insertColumnBefore(1);
    sheet.setName('My KPI');
    expect(emulator.spreadsheetSnapshot().developerMetadata.map(({ key, location }) => `${key}@${location}`)).toEqual([
      'addon@spreadsheet',
      "tab@'My KPI'",
      "column@'My KPI'!D:D",
      "row@'My KPI'!2:2",
    ]);
  });
});
