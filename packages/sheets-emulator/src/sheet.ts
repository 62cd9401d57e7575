/**
 * Sheet: one tab. Structural changes (rows, columns, freezing, rules,
 * charts, renaming) are refused for a user a sheet protection keeps out.
 */
import { parseA1 } from './a1-notation';
import { assertCanEditCells, assertCanEditSheet } from './access-control';
import { asAppsScript, emulatedInstance, enumName } from './apps-script-types';
import { EmulatedConditionalFormatRule, conditionalFormatRuleFacade } from './conditional-format';
import { EmulatedEmbeddedChart, chartBuilderFacade, embeddedChartFacade } from './embedded-chart';
import type { Dimension, GridRange } from './grid-range';
import { namedRangeFacade } from './named-range';
import { protectionFacade } from './protection';
import { addMetadata, metadataAt, metadataFinderFacade } from './developer-metadata';
import type { EmulatorRuntime } from './runtime';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetRecord } from './workbook';
import { normalizeColor } from './colors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type SheetMethod =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getNamedRanges'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideSheet'
  | 'isColumnHiddenByUser'
  | 'showColumns'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'moveColumns'
  | 'moveRows'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setTabColor'
  | 'showSheet'
  | 'updateChart';

/** Roughly Sheets' default font: about 7 px a character, plus padding. */
const PIXELS_PER_CHARACTER = 7;
const COLUMN_PADDING = 12;

export function sheetFacade(runtime: EmulatorRuntime, sheetId: number): Sheet {
  runtime.workbook.sheet(sheetId);
  return asAppsScript<Sheet>(runtime.expose(new EmulatedSheet(runtime, sheetId), 'Sheet'));
}

export class EmulatedSheet implements Pick<Sheet, SheetMethod> {
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly sheetId: number,
  ) {}

  private get workbook() {
    return this.runtime.workbook;
  }

  private get record(): SheetRecord {
    return this.workbook.sheet(this.sheetId);
  }

  private self(): Sheet {
    return asAppsScript<Sheet>(this);
  }

  private assertCanEditSheet(): void {
    assertCanEditSheet(this.workbook, this.runtime.users, this.sheetId);
  }

  private wholeSheet(): GridRange {
    return {
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      numRows: this.record.maxRows,
      numColumns: this.record.maxColumns,
    };
  }

  private range(ref: GridRange): Range {
    return this.runtime.facades.range(ref);
  }

  // Identity -------------------------------------------------------------------

  getName(): string {
    return this.record.name;
  }

  getSheetName(): string {
    return this.record.name;
  }

  setName(name: string): Sheet {
    this.assertCanEditSheet();
    this.workbook.renameSheet(this.sheetId, String(name));
    return this.self();
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.workbook.sheets.indexOf(this.record) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.runtime.facades.spreadsheet();
  }

  activate(): Sheet {
    this.workbook.activeSheetId = this.sheetId;
    return this.self();
  }

  getTabColor(): string | null {
    return this.record.tabColor;
  }

  setTabColor(color: string | null): Sheet {
    this.assertCanEditSheet();
    this.record.tabColor = normalizeColor(color) ?? null;
    return this.self();
  }

  hideSheet(): Sheet {
    this.assertCanEditSheet();
    if (this.workbook.sheets.every((sheet) => sheet === this.record || sheet.hidden)) {
      throw new Error("Sorry, it's not possible to hide all sheets in a document.");
    }
    this.record.hidden = true;
    return this.self();
  }

  showSheet(): Sheet {
    this.assertCanEditSheet();
    this.record.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.record.hidden;
  }

  // Ranges ---------------------------------------------------------------------

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === 'string') {
      const bounds = parseA1(rowOrA1);
      if (bounds.sheetName !== undefined && bounds.sheetName.toLowerCase() !== this.record.name.toLowerCase())
        throw new Error('Range not found');
      const startRow = bounds.startRow ?? 1;
      const startColumn = bounds.startColumn ?? 1;
      const endRow = bounds.endRow ?? this.record.maxRows;
      const endColumn = bounds.endColumn ?? this.record.maxColumns;
      return this.range({
        sheetId: this.sheetId,
        row: Math.min(startRow, endRow),
        column: Math.min(startColumn, endColumn),
        numRows: Math.abs(endRow - startRow) + 1,
        numColumns: Math.abs(endColumn - startColumn) + 1,
      });
    }
    if (column === undefined)
      throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this.range({
      sheetId: this.sheetId,
      row: rowOrA1,
      column,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }

  getDataRange(): Range {
    const { lastRow, lastColumn } = this.workbook.contentExtent(this.sheetId);
    return this.range({
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      numRows: Math.max(lastRow, 1),
      numColumns: Math.max(lastColumn, 1),
    });
  }

  getLastRow(): number {
    return this.workbook.contentExtent(this.sheetId).lastRow;
  }

  getLastColumn(): number {
    return this.workbook.contentExtent(this.sheetId).lastColumn;
  }

  getMaxRows(): number {
    return this.record.maxRows;
  }

  getMaxColumns(): number {
    return this.record.maxColumns;
  }

  // biome-ignore lint/suspicious/noExplicitAny: as Range.getValues.
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    return this.workbook.readValues({ sheetId: this.sheetId, row: startRow, column: startColumn, numRows, numColumns });
  }

  /** Writes after the last row with content, adding a row (and columns) when the sheet is full. */
  // biome-ignore lint/suspicious/noExplicitAny: as Range.setValues.
  appendRow(rowContents: any[]): Sheet {
    const row = this.workbook.contentExtent(this.sheetId).lastRow + 1;
    const target: GridRange = {
      sheetId: this.sheetId,
      row,
      column: 1,
      numRows: 1,
      numColumns: Math.max(rowContents.length, 1),
    };
    assertCanEditCells(this.workbook, this.runtime.users, target);
    this.record.maxRows = Math.max(this.record.maxRows, row);
    this.record.maxColumns = Math.max(this.record.maxColumns, rowContents.length);
    this.workbook.writeValues(target, [rowContents]);
    return this.self();
  }

  // Rows and columns -----------------------------------------------------------------

  private insert(dimension: Dimension, at: number, count: number): void {
    this.assertCanEditSheet();
    const max = dimension === 'rows' ? this.record.maxRows : this.record.maxColumns;
    if (!Number.isInteger(at) || at < 1 || at > max + 1) throw new Error(`Those ${dimension} are out of bounds.`);
    if (!Number.isInteger(count) || count < 1)
      throw new Error(`The number of ${dimension} to insert must be at least 1.`);
    this.workbook.insertLines(this.sheetId, dimension, at, count);
  }

  private delete(dimension: Dimension, at: number, count: number): void {
    this.assertCanEditSheet();
    const lines: GridRange =
      dimension === 'rows'
        ? { sheetId: this.sheetId, row: at, column: 1, numRows: count, numColumns: this.record.maxColumns }
        : { sheetId: this.sheetId, row: 1, column: at, numRows: this.record.maxRows, numColumns: count };
    assertCanEditCells(this.workbook, this.runtime.users, lines);
    this.workbook.deleteLines(this.sheetId, dimension, at, count);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insert('rows', rowIndex, numRows);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.insert('rows', beforePosition, howMany);
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.insert('rows', afterPosition + 1, howMany);
    return this.self();
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insert('columns', columnIndex, numColumns);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.insert('columns', beforePosition, howMany);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.insert('columns', afterPosition + 1, howMany);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.delete('rows', rowPosition, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.delete('rows', rowPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.delete('columns', columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.delete('columns', columnPosition, 1);
    return this.self();
  }

  /**
   * Google's reference: the columns (rows) the range spans move to
   * `destinationIndex`, an index "based on the coordinates before the columns
   * are moved" (columns A–B moved to index 5 become C–D).
   */
  private move(dimension: Dimension, spec: Range, destinationIndex: number): void {
    this.assertCanEditSheet();
    const ref = this.runtime.facades.rangeRef(spec, dimension === 'rows' ? 'rowSpec' : 'columnSpec');
    if (ref.sheetId !== this.sheetId)
      throw new Error(`The ${dimension === 'rows' ? 'rowSpec' : 'columnSpec'} range must be on this sheet.`);
    const max = dimension === 'rows' ? this.record.maxRows : this.record.maxColumns;
    if (!Number.isInteger(destinationIndex) || destinationIndex < 1 || destinationIndex > max + 1)
      throw new Error(`Those ${dimension} are out of bounds.`);
    const start = dimension === 'rows' ? ref.row : ref.column;
    const count = dimension === 'rows' ? ref.numRows : ref.numColumns;
    this.workbook.moveLines(this.sheetId, dimension, start, count, destinationIndex);
  }

  moveColumns(columnSpec: Range, destinationIndex: number): void {
    this.move('columns', columnSpec, destinationIndex);
  }

  moveRows(rowSpec: Range, destinationIndex: number): void {
    this.move('rows', rowSpec, destinationIndex);
  }

  getFrozenRows(): number {
    return this.record.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.assertCanEditSheet();
    if (!Number.isInteger(rows) || rows < 0 || rows > this.record.maxRows) throw new Error('Invalid argument: rows');
    this.record.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.record.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    this.assertCanEditSheet();
    if (!Number.isInteger(columns) || columns < 0 || columns > this.record.maxColumns)
      throw new Error('Invalid argument: columns');
    this.record.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this.record.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.assertCanEditSheet();
    if (startColumn < 1 || startColumn + numColumns - 1 > this.record.maxColumns)
      throw new Error('Those columns are out of bounds.');
    for (let column = startColumn; column < startColumn + numColumns; column++)
      this.record.columnWidths.set(column, width);
    return this.self();
  }

  /**
   * Sheet.hideColumns / showColumns: 1-based, one or `numColumns` columns
   * from `columnIndex`; a column past the grid is an error. Hiding changes
   * no value, formula or reference; the hidden state is the column's and
   * moves with it on insertions, deletions and moves (docs/emulator.md).
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.setColumnsHidden(columnIndex, numColumns, true);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.setColumnsHidden(columnIndex, numColumns, false);
  }

  /** Whether the column was hidden with hideColumns (or by a person); a filter's hiding is not modelled. */
  isColumnHiddenByUser(columnPosition: number): boolean {
    if (!Number.isInteger(columnPosition) || columnPosition < 1 || columnPosition > this.record.maxColumns)
      throw new Error('Those columns are out of bounds.');
    return this.record.hiddenColumns.has(columnPosition);
  }

  private setColumnsHidden(columnIndex: number, numColumns: number, hidden: boolean): void {
    this.assertCanEditSheet();
    if (
      !Number.isInteger(columnIndex) ||
      !Number.isInteger(numColumns) ||
      numColumns < 1 ||
      columnIndex < 1 ||
      columnIndex + numColumns - 1 > this.record.maxColumns
    ) {
      throw new Error('Those columns are out of bounds.');
    }
    for (let column = columnIndex; column < columnIndex + numColumns; column++) {
      if (hidden) this.record.hiddenColumns.add(column);
      else this.record.hiddenColumns.delete(column);
    }
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  /** Fits each column to its longest displayed text; an empty column keeps its width. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.assertCanEditSheet();
    const { lastRow } = this.workbook.contentExtent(this.sheetId);
    if (lastRow === 0) return this.self();
    const shown = this.workbook.readDisplayValues({
      sheetId: this.sheetId,
      row: 1,
      column: startColumn,
      numRows: lastRow,
      numColumns,
    });
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...shown.map((line) => (line[c] ?? '').length));
      if (longest > 0) this.record.columnWidths.set(startColumn + c, longest * PIXELS_PER_CHARACTER + COLUMN_PADDING);
    }
    return this.self();
  }

  getRowHeight(rowPosition: number): number {
    return this.record.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    this.assertCanEditSheet();
    for (let row = startRow; row < startRow + numRows; row++) this.record.rowHeights.set(row, height);
    return this.self();
  }

  // Clearing -------------------------------------------------------------------

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    this.assertCanEditSheet();
    const whole = this.wholeSheet();
    assertCanEditCells(this.workbook, this.runtime.users, whole);
    if (!options?.formatOnly) this.workbook.clearContents(whole);
    if (!options?.contentsOnly) {
      this.record.cells.clearAll([
        'numberFormat',
        'background',
        'fontColor',
        'fontWeight',
        'fontStyle',
        'fontSize',
        'horizontalAlignment',
        'verticalAlignment',
        'wrap',
      ]);
      this.record.borders = [];
    }
    return this.self();
  }

  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): Sheet {
    this.assertCanEditSheet();
    this.record.cells.clearAll(['note']);
    return this.self();
  }

  // Conditional formats -------------------------------------------------------------

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.record.conditionalFormatRules.map((rule) => conditionalFormatRuleFacade(this.runtime, rule));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.assertCanEditSheet();
    const data = rules.map((rule) => emulatedInstance(rule, EmulatedConditionalFormatRule, 'rules').data);
    if (data.some((rule) => rule.ranges.some((range) => range.sheetId !== this.sheetId))) {
      throw new Error('A conditional format rule cannot reference a different sheet.');
    }
    this.record.conditionalFormatRules = data.map((rule) => ({
      ...rule,
      ranges: rule.ranges.map((range) => ({ ...range })),
    }));
  }

  clearConditionalFormatRules(): void {
    this.assertCanEditSheet();
    this.record.conditionalFormatRules = [];
  }

  // Protection -----------------------------------------------------------------------

  /** Sheets keeps one protection per sheet: asking again returns it. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.assertCanEditSheet();
    const existing = this.workbook.protections.find(
      (protection) => protection.kind === 'SHEET' && protection.range.sheetId === this.sheetId,
    );
    return protectionFacade(this.runtime, existing ?? this.workbook.addProtection('SHEET', this.wholeSheet()));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const kind = enumName(type);
    return this.workbook.protections
      .filter((protection) => protection.kind === kind && protection.range.sheetId === this.sheetId)
      .map((protection) => protectionFacade(this.runtime, protection));
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.workbook
      .namedRangeNames()
      .filter((name) => this.workbook.namedRange(name)?.sheetId === this.sheetId)
      .map((name) => namedRangeFacade(this.runtime, name));
  }

  // Charts ---------------------------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return chartBuilderFacade(this.runtime, this.sheetId);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.assertCanEditSheet();
    const emulated = emulatedInstance(chart, EmulatedEmbeddedChart, 'chart');
    const chartId = this.workbook.newChartId();
    emulated.data = { ...emulated.data, chartId };
    this.record.charts.push(emulated.data);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.record.charts.map((chart) => embeddedChartFacade(this.runtime, this.sheetId, chart));
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.assertCanEditSheet();
    const data = emulatedInstance(chart, EmulatedEmbeddedChart, 'chart').data;
    const index = this.record.charts.findIndex(
      (existing) => existing.chartId !== null && existing.chartId === data.chartId,
    );
    if (index < 0) throw new Error('The chart is not in this sheet.');
    this.record.charts[index] = data;
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.assertCanEditSheet();
    const data = emulatedInstance(chart, EmulatedEmbeddedChart, 'chart').data;
    this.record.charts = this.record.charts.filter((existing) => existing.chartId !== data.chartId);
  }

  // Developer metadata --------------------------------------------------------------

  /** Metadata on the sheet itself; it stays with the sheet through renames and moves (it is kept by the sheet's id). */
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Sheet {
    addMetadata(this.runtime, { type: 'SHEET', sheetId: this.sheetId }, key, valueOrVisibility, visibility);
    return this.self();
  }

  /** Google's reference: "all developer metadata associated with this sheet" — the sheet's own, not its rows' or columns'. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this.runtime, (location) => location.type === 'SHEET' && location.sheetId === this.sheetId);
  }

  /** Searches the sheet's own metadata and that of its rows and columns. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinderFacade(this.runtime, { kind: 'sheet', sheetId: this.sheetId });
  }
}
