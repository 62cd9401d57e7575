/**
 * DeveloperMetadata, DeveloperMetadataFinder and DeveloperMetadataLocation:
 * key–value tags on the spreadsheet, a sheet, or a whole row or column, that
 * stay with what they tag (see developer-metadata-data.ts and docs/emulator.md).
 */
import { DeveloperMetadataVisibility } from './apps-script-enums';
import { asAppsScript, enumMember, enumName } from './apps-script-types';
import type { DeveloperMetadataData, MetadataLocation, MetadataVisibility } from './developer-metadata-data';
import { lastColumnOf, lastRowOf, type GridRange } from './grid-range';
import type { EmulatorRuntime } from './runtime';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type DeveloperMetadataLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

/** Apps Script's refusal for a range that is not a whole row or column. */
export const ARBITRARY_RANGE_METADATA_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** The row or column location a range stands for, or a refusal: only one whole row or one whole column will do. */
export function lineLocationOf(runtime: EmulatorRuntime, range: GridRange, only?: 'ROW' | 'COLUMN'): MetadataLocation {
  const sheet = runtime.workbook.sheet(range.sheetId);
  const wholeColumn = range.row === 1 && range.numRows === sheet.maxRows && range.numColumns === 1;
  const wholeRow = range.column === 1 && range.numColumns === sheet.maxColumns && range.numRows === 1;
  if (wholeColumn && only !== 'ROW') return { type: 'COLUMN', sheetId: range.sheetId, index: range.column };
  if (wholeRow && only !== 'COLUMN') return { type: 'ROW', sheetId: range.sheetId, index: range.row };
  throw new Error(ARBITRARY_RANGE_METADATA_MESSAGE);
}

function visibilityName(visibility: unknown): MetadataVisibility {
  const name = enumName(visibility);
  if (name !== 'DOCUMENT' && name !== 'PROJECT') throw new Error('Invalid argument: visibility');
  return name;
}

function isVisibility(value: unknown): boolean {
  return value === DeveloperMetadataVisibility.DOCUMENT || value === DeveloperMetadataVisibility.PROJECT;
}

/**
 * `addDeveloperMetadata(key)`, `(key, value)`, `(key, visibility)`,
 * `(key, value, visibility)`; the visibility is DOCUMENT unless given.
 */
export function addMetadata(
  runtime: EmulatorRuntime,
  location: MetadataLocation,
  key: unknown,
  second?: unknown,
  third?: unknown,
): void {
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  const value = second === undefined || isVisibility(second) ? null : String(second);
  const visibility = isVisibility(second) ? second : third;
  runtime.workbook.addDeveloperMetadata(
    location,
    key,
    value,
    visibility === undefined ? 'DOCUMENT' : visibilityName(visibility),
  );
}

export function metadataFacade(runtime: EmulatorRuntime, id: number): DeveloperMetadata {
  return asAppsScript<DeveloperMetadata>(
    runtime.expose(new EmulatedDeveloperMetadata(runtime, id), 'DeveloperMetadata'),
  );
}

export function metadataFacades(
  runtime: EmulatorRuntime,
  items: readonly DeveloperMetadataData[],
): DeveloperMetadata[] {
  return items.map((item) => metadataFacade(runtime, item.id));
}

type MetadataMethod =
  | 'getId'
  | 'getKey'
  | 'getLocation'
  | 'getValue'
  | 'getVisibility'
  | 'moveToColumn'
  | 'moveToRow'
  | 'moveToSheet'
  | 'moveToSpreadsheet'
  | 'remove'
  | 'setKey'
  | 'setValue'
  | 'setVisibility';

/**
 * One match as the search returned it: its fields are what `find()` (or
 * `getDeveloperMetadata()`) read, so reading them is no request and a
 * location read later is where the item was then, not where a later
 * insertion moved it (stricter than a live object; the code finds again
 * after it inserts). Its setters act on the stored item, which must still
 * exist, and keep this copy in step.
 */
export class EmulatedDeveloperMetadata implements Pick<DeveloperMetadata, MetadataMethod> {
  private readonly returned: DeveloperMetadataData;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly id: number,
  ) {
    const data = this.data;
    this.returned = { ...data, location: { ...data.location } };
  }

  /** The stored metadata; gone once it is removed or what it tagged was deleted. */
  private get data(): DeveloperMetadataData {
    const data = this.runtime.workbook.metadataById(this.id);
    if (!data) throw new Error(`No developer metadata with ID ${this.id} exists in this spreadsheet.`);
    return data;
  }

  /** The fields as returned; an item removed since is refused, as the stored one would be. */
  private get fields(): DeveloperMetadataData {
    void this.data;
    return this.returned;
  }

  private self(): DeveloperMetadata {
    return asAppsScript<DeveloperMetadata>(this);
  }

  private update(change: (data: DeveloperMetadataData) => void): DeveloperMetadata {
    const data = this.data;
    change(data);
    Object.assign(this.returned, data, { location: { ...data.location } });
    return this.self();
  }

  getId(): number {
    return this.fields.id;
  }

  getKey(): string {
    return this.fields.key;
  }

  getValue(): string | null {
    return this.fields.value;
  }

  getVisibility(): Visibility {
    return DeveloperMetadataVisibility[this.fields.visibility];
  }

  getLocation(): DeveloperMetadataLocation {
    return metadataLocationFacade(this.runtime, { ...this.fields.location });
  }

  setKey(key: string): DeveloperMetadata {
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    return this.update((data) => {
      data.key = key;
    });
  }

  setValue(value: string): DeveloperMetadata {
    return this.update((data) => {
      data.value = value === null || value === undefined ? null : String(value);
    });
  }

  setVisibility(visibility: Visibility): DeveloperMetadata {
    const name = visibilityName(visibility);
    return this.update((data) => {
      data.visibility = name;
    });
  }

  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): DeveloperMetadata {
    const location = lineLocationOf(this.runtime, this.runtime.facades.rangeRef(column, 'column'), 'COLUMN');
    return this.update((data) => {
      data.location = location;
    });
  }

  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): DeveloperMetadata {
    const location = lineLocationOf(this.runtime, this.runtime.facades.rangeRef(row, 'row'), 'ROW');
    return this.update((data) => {
      data.location = location;
    });
  }

  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DeveloperMetadata {
    const sheetId = this.runtime.facades.sheetId(sheet, 'sheet');
    return this.update((data) => {
      data.location = { type: 'SHEET', sheetId };
    });
  }

  moveToSpreadsheet(): DeveloperMetadata {
    return this.update((data) => {
      data.location = { type: 'SPREADSHEET' };
    });
  }

  remove(): void {
    this.runtime.workbook.removeDeveloperMetadata(this.data.id);
  }
}

// Location --------------------------------------------------------------------------

export function metadataLocationFacade(
  runtime: EmulatorRuntime,
  location: MetadataLocation,
): DeveloperMetadataLocation {
  return asAppsScript<DeveloperMetadataLocation>(
    runtime.expose(new EmulatedMetadataLocation(runtime, location), 'DeveloperMetadataLocation'),
  );
}

/** Where metadata was when `getLocation` was called (Apps Script's location is a snapshot too). */
export class EmulatedMetadataLocation
  implements Pick<DeveloperMetadataLocation, 'getColumn' | 'getLocationType' | 'getRow' | 'getSheet' | 'getSpreadsheet'>
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly location: MetadataLocation,
  ) {}

  getLocationType(): LocationType {
    return enumMember<LocationType>(this.location.type);
  }

  /** The whole column, or null when the location is not a column. */
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const location = this.location;
    if (location.type !== 'COLUMN') return null;
    const sheet = this.runtime.workbook.sheet(location.sheetId);
    return this.runtime.facades.range({
      sheetId: location.sheetId,
      row: 1,
      column: location.index,
      numRows: sheet.maxRows,
      numColumns: 1,
    });
  }

  /** The whole row, or null when the location is not a row. */
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const location = this.location;
    if (location.type !== 'ROW') return null;
    const sheet = this.runtime.workbook.sheet(location.sheetId);
    return this.runtime.facades.range({
      sheetId: location.sheetId,
      row: location.index,
      column: 1,
      numRows: 1,
      numColumns: sheet.maxColumns,
    });
  }

  /** The sheet, or null unless the location is a sheet (Google's reference: "null if the location type is not SHEET"). */
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.location.type === 'SHEET' ? this.runtime.facades.sheet(this.location.sheetId) : null;
  }

  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? this.runtime.facades.spreadsheet() : null;
  }
}

// Finder ----------------------------------------------------------------------------

/** What a finder searches: the whole spreadsheet, one sheet (with its rows and columns), or a range. */
export type MetadataScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  | { kind: 'range'; range: GridRange };

export function metadataFinderFacade(runtime: EmulatorRuntime, scope: MetadataScope): DeveloperMetadataFinder {
  return asAppsScript<DeveloperMetadataFinder>(
    runtime.expose(new EmulatedMetadataFinder(runtime, scope), 'DeveloperMetadataFinder'),
  );
}

type FinderMethod =
  | 'find'
  | 'onIntersectingLocations'
  | 'withId'
  | 'withKey'
  | 'withLocationType'
  | 'withValue'
  | 'withVisibility';

export class EmulatedMetadataFinder implements Pick<DeveloperMetadataFinder, FinderMethod> {
  private readonly filters: ((item: DeveloperMetadataData) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly scope: MetadataScope,
  ) {}

  private narrow(filter: (item: DeveloperMetadataData) => boolean): DeveloperMetadataFinder {
    this.filters.push(filter);
    return asAppsScript<DeveloperMetadataFinder>(this);
  }

  withId(id: number): DeveloperMetadataFinder {
    return this.narrow((item) => item.id === id);
  }

  withKey(key: string): DeveloperMetadataFinder {
    return this.narrow((item) => item.key === key);
  }

  withValue(value: string): DeveloperMetadataFinder {
    return this.narrow((item) => item.value === value);
  }

  withLocationType(locationType: LocationType): DeveloperMetadataFinder {
    const type = enumName(locationType);
    return this.narrow((item) => item.location.type === type);
  }

  withVisibility(visibility: Visibility): DeveloperMetadataFinder {
    const name = visibilityName(visibility);
    return this.narrow((item) => item.visibility === name);
  }

  /** Google's reference: only for a range-scoped search; elsewhere it changes nothing here. */
  onIntersectingLocations(): DeveloperMetadataFinder {
    this.intersecting = true;
    return asAppsScript<DeveloperMetadataFinder>(this);
  }

  find(): DeveloperMetadata[] {
    const found = this.runtime.workbook.developerMetadata.filter(
      (item) => this.inScope(item.location) && this.filters.every((filter) => filter(item)),
    );
    return metadataFacades(this.runtime, found);
  }

  private inScope(location: MetadataLocation): boolean {
    const scope = this.scope;
    if (scope.kind === 'spreadsheet') return true;
    if (location.type === 'SPREADSHEET') return false;
    if (scope.kind === 'sheet') return location.sheetId === scope.sheetId;
    if (location.type === 'SHEET' || location.sheetId !== scope.range.sheetId) return false;
    return this.intersecting ? lineIntersects(scope.range, location) : lineWithin(this.runtime, scope.range, location);
  }
}

type LineLocation = { type: 'ROW' | 'COLUMN'; sheetId: number; index: number };

function lineIntersects(range: GridRange, location: LineLocation): boolean {
  return location.type === 'ROW'
    ? location.index >= range.row && location.index <= lastRowOf(range)
    : location.index >= range.column && location.index <= lastColumnOf(range);
}

/** Google's reference: metadata is in a range's scope "only if it is wholly contained within that range" (row 3 is not within A1:D5, it is within 1:5). */
function lineWithin(runtime: EmulatorRuntime, range: GridRange, location: LineLocation): boolean {
  const sheet = runtime.workbook.sheet(range.sheetId);
  const spansRows = range.row === 1 && range.numRows === sheet.maxRows;
  const spansColumns = range.column === 1 && range.numColumns === sheet.maxColumns;
  return lineIntersects(range, location) && (location.type === 'ROW' ? spansColumns : spansRows);
}

/** The metadata at exactly this location (Range/Sheet/Spreadsheet.getDeveloperMetadata). */
export function metadataAt(
  runtime: EmulatorRuntime,
  matches: (location: MetadataLocation) => boolean,
): DeveloperMetadata[] {
  return metadataFacades(
    runtime,
    runtime.workbook.developerMetadata.filter((item) => matches(item.location)),
  );
}
