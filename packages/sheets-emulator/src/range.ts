/**
 * Range: a block of cells. Reads go to the workbook; every change first
 * checks protections for the active user, as Sheets does.
 */
import { rangeA1 } from './a1-notation';
import { assertCanEditCells } from './access-control';
import { asAppsScript, emulatedInstance } from './apps-script-types';
import type { AttributeName, CellAttributes } from './cell-attributes';
import { EmulatedDataValidation, dataValidationFacade } from './data-validation';
import { lastColumnOf, lastRowOf, type GridRange } from './grid-range';
import { protectionFacade } from './protection';
import { sortedRowOrder, type SortKey } from './sort-order';
import { addMetadata, lineLocationOf, metadataAt, metadataFinderFacade } from './developer-metadata';
import type { EmulatorRuntime } from './runtime';
import { normalizeColor } from './colors';

type Range = GoogleAppsScript.Spreadsheet.Range;

type RangeMethod =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getDeveloperMetadata'
  | 'canEdit'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWidth'
  | 'getWrap'
  | 'getWraps'
  | 'isBlank'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps'
  | 'sort';

/** The attributes `clearFormat` removes. */
const FORMAT_ATTRIBUTES: readonly AttributeName[] = [
  'numberFormat',
  'background',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'horizontalAlignment',
  'verticalAlignment',
  'wrap',
];

const DEFAULTS = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
} as const;

type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

/** The range facade handed to server code. Out-of-bounds coordinates are refused here, as Apps Script does. */
export function rangeFacade(runtime: EmulatorRuntime, ref: GridRange): Range {
  const sheet = runtime.workbook.sheet(ref.sheetId);
  if (ref.row < 1) throw new Error('The starting row of the range is too small.');
  if (ref.column < 1) throw new Error('The starting column of the range is too small.');
  if (ref.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (ref.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (lastRowOf(ref) > sheet.maxRows || lastColumnOf(ref) > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return asAppsScript<Range>(runtime.expose(new EmulatedRange(runtime, { ...ref }), 'Range'));
}

export class EmulatedRange implements Pick<Range, RangeMethod> {
  constructor(
    private readonly runtime: EmulatorRuntime,
    /** The cells this range covers; fixed, as an Apps Script Range does not follow inserted rows. */
    readonly ref: GridRange,
  ) {}

  private get workbook() {
    return this.runtime.workbook;
  }

  private get record() {
    return this.workbook.sheet(this.ref.sheetId);
  }

  private self(): Range {
    return asAppsScript<Range>(this);
  }

  private assertCanEdit(): void {
    assertCanEditCells(this.workbook, this.runtime.users, this.ref);
  }

  /** Checks that a grid given to a `set…s` method has this range's shape, with Apps Script's messages. */
  private requireShape(grid: unknown, method: string): asserts grid is unknown[][] {
    if (!Array.isArray(grid) || !grid.every(Array.isArray)) {
      throw new Error(`The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    if (grid.length !== this.ref.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.ref.numRows}.`,
      );
    }
    for (const line of grid as unknown[][]) {
      if (line.length !== this.ref.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.ref.numColumns}.`,
        );
      }
    }
  }

  private readAttribute<K extends AttributeName, D>(name: K, fallback: D): (NonNullable<CellAttributes[K]> | D)[][] {
    const grid: (NonNullable<CellAttributes[K]> | D)[][] = [];
    for (let row = this.ref.row; row <= lastRowOf(this.ref); row++) {
      const line: (NonNullable<CellAttributes[K]> | D)[] = [];
      for (let column = this.ref.column; column <= lastColumnOf(this.ref); column++) {
        line.push(this.record.cells.get(row, column)[name] ?? fallback);
      }
      grid.push(line);
    }
    return grid;
  }

  private writeAttribute<K extends AttributeName>(
    name: K,
    value: (row: number, column: number) => CellAttributes[K] | undefined,
  ): void {
    this.assertCanEdit();
    for (let r = 0; r < this.ref.numRows; r++) {
      for (let c = 0; c < this.ref.numColumns; c++)
        this.record.cells.set(this.ref.row + r, this.ref.column + c, name, value(r, c));
    }
  }

  private fillAttribute<K extends AttributeName>(name: K, value: CellAttributes[K] | undefined): Range {
    this.writeAttribute(name, () => value);
    return this.self();
  }

  private gridAttribute<K extends AttributeName, V>(
    name: K,
    grid: unknown,
    method: string,
    convert: (value: V) => CellAttributes[K] | undefined,
  ): Range {
    this.requireShape(grid, method);
    this.writeAttribute(name, (r, c) => convert(grid[r]?.[c] as V));
    return this.self();
  }

  private topLeft<T>(grid: T[][]): T {
    return grid[0]?.[0] as T;
  }

  // Position -------------------------------------------------------------------

  getRow(): number {
    return this.ref.row;
  }

  getRowIndex(): number {
    return this.ref.row;
  }

  getColumn(): number {
    return this.ref.column;
  }

  getNumRows(): number {
    return this.ref.numRows;
  }

  getNumColumns(): number {
    return this.ref.numColumns;
  }

  getHeight(): number {
    return this.ref.numRows;
  }

  getWidth(): number {
    return this.ref.numColumns;
  }

  getLastRow(): number {
    return lastRowOf(this.ref);
  }

  getLastColumn(): number {
    return lastColumnOf(this.ref);
  }

  getA1Notation(): string {
    return rangeA1(this.ref.row, this.ref.column, this.ref.numRows, this.ref.numColumns);
  }

  getGridId(): number {
    return this.ref.sheetId;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.runtime.facades.sheet(this.ref.sheetId);
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.ref.numRows || column > this.ref.numColumns)
      throw new Error('Cell reference out of range');
    return rangeFacade(this.runtime, {
      ...this.ref,
      row: this.ref.row + row - 1,
      column: this.ref.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return rangeFacade(this.runtime, {
      sheetId: this.ref.sheetId,
      row: this.ref.row + rowOffset,
      column: this.ref.column + columnOffset,
      numRows: numRows ?? this.ref.numRows,
      numColumns: numColumns ?? this.ref.numColumns,
    });
  }

  activate(): Range {
    this.workbook.activeSheetId = this.ref.sheetId;
    return this.self();
  }

  canEdit(): boolean {
    try {
      assertCanEditCells(this.workbook, this.runtime.users, this.ref);
      return true;
    } catch {
      return false;
    }
  }

  isBlank(): boolean {
    const formulas = this.workbook.readFormulas(this.ref);
    const values = this.workbook.readValues(this.ref);
    return values.every((line, r) => line.every((value, c) => value === '' && !formulas[r]?.[c]));
  }

  // Values and formulas --------------------------------------------------------------

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares cell values as any; they are number, string, boolean or Date.
  getValues(): any[][] {
    return this.workbook.readValues(this.ref);
  }

  // biome-ignore lint/suspicious/noExplicitAny: as getValues.
  getValue(): any {
    return this.topLeft(this.workbook.readValues({ ...this.ref, numRows: 1, numColumns: 1 }));
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script accepts any value and writes its string form when it is not a number, boolean or Date.
  setValues(values: any[][]): Range {
    this.requireShape(values, 'setValues');
    this.assertCanEdit();
    this.workbook.writeValues(this.ref, values);
    return this.self();
  }

  // biome-ignore lint/suspicious/noExplicitAny: as setValues.
  setValue(value: any): Range {
    this.assertCanEdit();
    if (typeof value === 'string' && value.startsWith('=')) this.workbook.fillFormula(this.ref, value);
    else
      this.workbook.writeValues(
        this.ref,
        Array.from({ length: this.ref.numRows }, () => Array<unknown>(this.ref.numColumns).fill(value)),
      );
    return this.self();
  }

  getFormulas(): string[][] {
    return this.workbook.readFormulas(this.ref);
  }

  getFormula(): string {
    return this.topLeft(this.workbook.readFormulas({ ...this.ref, numRows: 1, numColumns: 1 }));
  }

  setFormulas(formulas: string[][]): Range {
    this.requireShape(formulas, 'setFormulas');
    this.assertCanEdit();
    this.workbook.writeValues(this.ref, formulas);
    return this.self();
  }

  setFormula(formula: string): Range {
    this.assertCanEdit();
    this.workbook.fillFormula(this.ref, formula);
    return this.self();
  }

  getDisplayValues(): string[][] {
    return this.workbook.readDisplayValues(this.ref);
  }

  getDisplayValue(): string {
    return this.topLeft(this.workbook.readDisplayValues({ ...this.ref, numRows: 1, numColumns: 1 }));
  }

  clearContent(): Range {
    this.assertCanEdit();
    this.workbook.clearContents(this.ref);
    return this.self();
  }

  clear(options?: ClearOptions): Range {
    this.assertCanEdit();
    const only =
      options && (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (!only || options.contentsOnly) this.workbook.clearContents(this.ref);
    if (!only || options.formatOnly) this.record.cells.clear(this.ref, FORMAT_ATTRIBUTES);
    if (options?.commentsOnly) this.record.cells.clear(this.ref, ['note']);
    if (options?.validationsOnly) this.record.cells.clear(this.ref, ['validation']);
    return this.self();
  }

  clearFormat(): Range {
    this.assertCanEdit();
    this.record.cells.clear(this.ref, FORMAT_ATTRIBUTES);
    return this.self();
  }

  // Formats --------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.workbook.readNumberFormats(this.ref);
  }

  getNumberFormat(): string {
    return this.topLeft(this.getNumberFormats());
  }

  setNumberFormat(numberFormat: string): Range {
    return this.fillAttribute('numberFormat', numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.gridAttribute(
      'numberFormat',
      numberFormats,
      'setNumberFormats',
      (format: string | null) => format ?? undefined,
    );
  }

  getBackgrounds(): string[][] {
    return this.readAttribute('background', DEFAULTS.background);
  }

  getBackground(): string {
    return this.topLeft(this.getBackgrounds());
  }

  setBackground(color: string | null): Range {
    return this.fillAttribute('background', normalizeColor(color));
  }

  setBackgrounds(colors: (string | null)[][]): Range {
    return this.gridAttribute('background', colors, 'setBackgrounds', normalizeColor);
  }

  setFontColor(color: string | null): Range {
    return this.fillAttribute('fontColor', normalizeColor(color));
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares the colours of setFontColors as any[][] (strings or Color objects; strings here).
  setFontColors(colors: any[][]): Range {
    return this.gridAttribute('fontColor', colors, 'setFontColors', (color: string | null) => normalizeColor(color));
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.readAttribute('fontWeight', DEFAULTS.fontWeight);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.topLeft(this.getFontWeights());
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this.fillAttribute('fontWeight', fontWeight === 'bold' ? 'bold' : undefined);
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): Range {
    return this.gridAttribute('fontWeight', fontWeights, 'setFontWeights', (weight: string | null) =>
      weight === 'bold' ? 'bold' : undefined,
    );
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.readAttribute('fontStyle', DEFAULTS.fontStyle);
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.topLeft(this.getFontStyles());
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this.fillAttribute('fontStyle', fontStyle === 'italic' ? 'italic' : undefined);
  }

  getFontSizes(): number[][] {
    return this.readAttribute('fontSize', DEFAULTS.fontSize);
  }

  getFontSize(): number {
    return this.topLeft(this.getFontSizes());
  }

  setFontSize(size: number): Range {
    return this.fillAttribute('fontSize', size === DEFAULTS.fontSize ? undefined : size);
  }

  getHorizontalAlignments(): string[][] {
    return this.readAttribute('horizontalAlignment', DEFAULTS.horizontalAlignment);
  }

  getHorizontalAlignment(): string {
    return this.topLeft(this.getHorizontalAlignments());
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this.fillAttribute(
      'horizontalAlignment',
      alignment === null || alignment === 'normal' ? undefined : alignment,
    );
  }

  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): Range {
    return this.gridAttribute(
      'horizontalAlignment',
      alignments,
      'setHorizontalAlignments',
      (alignment: string | null) => (alignment === null || alignment === 'normal' ? undefined : alignment),
    );
  }

  getVerticalAlignments(): string[][] {
    return this.readAttribute('verticalAlignment', DEFAULTS.verticalAlignment);
  }

  getVerticalAlignment(): string {
    return this.topLeft(this.getVerticalAlignments());
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this.fillAttribute(
      'verticalAlignment',
      alignment === null || alignment === 'bottom' ? undefined : alignment,
    );
  }

  getWraps(): boolean[][] {
    return this.readAttribute('wrap', DEFAULTS.wrap);
  }

  getWrap(): boolean {
    return this.topLeft(this.getWraps());
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.fillAttribute('wrap', isWrapEnabled ? true : undefined);
  }

  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.gridAttribute('wrap', isWrapEnabled, 'setWraps', (wrap: boolean) => (wrap ? true : undefined));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): Range {
    this.assertCanEdit();
    this.record.borders.push({
      range: { ...this.ref },
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: normalizeColor(color ?? null) ?? null,
      style: style === undefined || style === null ? null : String(style),
    });
    return this.self();
  }

  // Notes ----------------------------------------------------------------------

  getNotes(): string[][] {
    return this.readAttribute('note', DEFAULTS.note);
  }

  getNote(): string {
    return this.topLeft(this.getNotes());
  }

  setNote(note: string | null): Range {
    return this.fillAttribute('note', note ? String(note) : undefined);
  }

  setNotes(notes: (string | null)[][]): Range {
    return this.gridAttribute('note', notes, 'setNotes', (note: string | null) => (note ? String(note) : undefined));
  }

  clearNote(): Range {
    return this.fillAttribute('note', undefined);
  }

  // Data validation -------------------------------------------------------------------

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.readAttribute('validation', null).map((line) =>
      line.map((data) => (data ? dataValidationFacade(this.runtime, data) : null)),
    );
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.topLeft(this.getDataValidations());
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const data = rule === null ? undefined : emulatedInstance(rule, EmulatedDataValidation, 'rule').data;
    return this.fillAttribute('validation', data);
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    return this.gridAttribute('validation', rules, 'setDataValidations', (rule: unknown) =>
      rule === null || rule === undefined ? undefined : emulatedInstance(rule, EmulatedDataValidation, 'rules').data,
    );
  }

  clearDataValidations(): Range {
    return this.fillAttribute('validation', undefined);
  }

  // Protection -----------------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.assertCanEdit();
    return protectionFacade(this.runtime, this.workbook.addProtection('RANGE', { ...this.ref }));
  }

  // Developer metadata -----------------------------------------------------------------

  /** Only on one whole row or one whole column, as Sheets allows (docs/emulator.md). */
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Range {
    addMetadata(this.runtime, lineLocationOf(this.runtime, this.ref), key, valueOrVisibility, visibility);
    return this.self();
  }

  /** The metadata on exactly this row or column. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const ref = this.ref;
    const sheet = this.record;
    const wholeColumn = ref.row === 1 && ref.numRows === sheet.maxRows && ref.numColumns === 1;
    const wholeRow = ref.column === 1 && ref.numColumns === sheet.maxColumns && ref.numRows === 1;
    return metadataAt(
      this.runtime,
      (location) =>
        (location.type === 'COLUMN' &&
          wholeColumn &&
          location.sheetId === ref.sheetId &&
          location.index === ref.column) ||
        (location.type === 'ROW' && wholeRow && location.sheetId === ref.sheetId && location.index === ref.row),
    );
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinderFacade(this.runtime, { kind: 'range', range: { ...this.ref } });
  }

  // Sorting ----------------------------------------------------------------------------

  /**
   * `sort(2)`, `sort({column: 2, ascending: false})`, or an array of those;
   * the column numbers are the sheet's, and must lie within the range.
   */
  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares the sort spec as any (a number, an object, or an array of either).
  sort(sortSpecObj: any): Range {
    this.assertCanEdit();
    const specs: unknown[] = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((spec) => {
      const column =
        typeof spec === 'number'
          ? spec
          : typeof spec === 'object' && spec !== null
            ? Number((spec as { column?: unknown }).column)
            : NaN;
      const ascending = !(
        typeof spec === 'object' &&
        spec !== null &&
        (spec as { ascending?: unknown }).ascending === false
      );
      if (!Number.isInteger(column) || column < this.ref.column || column > lastColumnOf(this.ref)) {
        throw new Error(`Sort column ${String(column)} is out of the range ${this.getA1Notation()}.`);
      }
      return { column: column - this.ref.column, ascending };
    });
    const order = sortedRowOrder(this.workbook.readPlainValues(this.ref), keys);
    if (order.some((source, index) => source !== index)) this.workbook.reorderRows(this.ref, order);
    return this.self();
  }
}
