/**
 * The emulated spreadsheet's state. Cell contents and formulas live in a
 * HyperFormula engine (with the custom functions handed in); everything else
 * Sheets keeps beside a cell (formats, notes, validations) and beside a
 * sheet (frozen rows, rules, charts, protections) lives here. The services
 * the server calls are facades over this; they count calls and check
 * protections, this does neither.
 */
import {
  DetailedCellError,
  ErrorType,
  ExportedCellChange,
  type ConfigParams,
  type ExportedChange,
  type HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
} from 'hyperformula';
import { CellAttributeGrid } from './cell-attributes';
import type { ChartData } from './chart-data';
import type { ConditionalFormatRuleData } from './conditional-format-data';
import { dateOfSerial, isDateObject, serialOfDate, wallClockOfSerial } from './date-serial';
import { afterDeletion, afterInsertion, type Dimension, type GridRange } from './grid-range';
import { isMoveInPlace, lineAfterMove } from './line-moves';
import {
  metadataAfterDeletion,
  metadataAfterInsertion,
  metadataAfterMove,
  metadataAfterSheetRemoval,
  type DeveloperMetadataData,
  type MetadataLocation,
  type MetadataVisibility,
} from './developer-metadata-data';
import type { CustomFunctionSet } from './custom-function';
import { createFormulaEngine } from './hyperformula-functions';
import { FormulaTexts } from './formula-texts';
import { GENERAL_FORMAT, isDateFormat, renderDisplayValue } from './number-format';
import type { ProtectionData, ProtectionKind } from './protection-data';
import { columnLetters, quotedSheetName } from './a1-notation';

/** A formula with an inline array that reads cells: `{B2,D2:F2}`, `{$B$1:$C$1,$E$1}`. */
const INLINE_ARRAY_OF_CELLS = /^=.*\{[^}"]*\$?[A-Z]{1,3}\$?\d/;

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export interface BorderData {
  range: GridRange;
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

export interface SheetRecord {
  /** Sheets' gid: 0 for the first sheet, stable across renames. */
  readonly sheetId: number;
  /** The engine's id for the same sheet. */
  readonly engineSheet: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Map<number, number>;
  /** Columns hidden with Sheet.hideColumns (1-based); the state belongs to the column and moves with it. */
  hiddenColumns: Set<number>;
  readonly rowHeights: Map<number, number>;
  readonly cells: CellAttributeGrid;
  conditionalFormatRules: ConditionalFormatRuleData[];
  charts: ChartData[];
  borders: BorderData[];
}

export interface CellErrorInfo {
  /** What the cell shows: '#ERROR!', '#N/A', '#DIV/0!', … */
  error: string;
  /** The hover note: a custom function's thrown message, or the engine's explanation. */
  message: string;
}

export interface WorkbookOptions {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  /** The custom functions formulas may call; none when omitted. */
  customFunctions?: CustomFunctionSet<unknown>;
}

/** Close to Sheets' reading of typed text and its arithmetic. */
function sheetsLikeEngineConfig(): Partial<ConfigParams> {
  return {
    dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD.MM.YYYY'],
    timeFormats: ['hh:mm', 'hh:mm:ss'],
    currencySymbol: ['$', '€', '₽', '£'],
    // `=A1` of an empty cell is 0, as in Sheets.
    evaluateNullToZero: true,
    // getValues returns full doubles in Sheets; rounding is for display only.
    smartRounding: false,
    // Nothing here undoes (Apps Script has no undo): keeping the engine's last 20 operations' old contents only costs memory and collection.
    undoLimit: 0,
  };
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** A Date as text the engine reads as a date (time only when there is one), so it keeps its date type. */
function dateAsText(date: Date, timeZone: string): string {
  const clock = wallClockOfSerial(serialOfDate(date, timeZone));
  const day = `${clock.year}-${two(clock.month)}-${two(clock.day)}`;
  return clock.hour || clock.minute || clock.second
    ? `${day} ${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}`
    : day;
}

export class Workbook {
  /** The engine as it is, perhaps with writes not evaluated yet: only for writes and for what evaluation cannot change. */
  private readonly hf: HyperFormula;
  readonly sheets: SheetRecord[] = [];
  readonly protections: ProtectionData[] = [];
  /** Developer metadata on the spreadsheet, its sheets, rows and columns. */
  developerMetadata: DeveloperMetadataData[] = [];
  readonly id: string;
  name: string;
  private currentLocale: string;
  private currentTimeZone: string;
  activeSheetId = 0;
  private nextSheetId = 0;
  private nextProtectionId = 1;
  private nextChartId = 1;
  private nextMetadataId = 1;
  /**
   * Array formulas showing #SPILL! because a cell they would fill holds
   * something. Sheets spills them again once the cells are free; the engine
   * does not, so they are re-entered after each change.
   */
  private readonly blockedSpills = new Map<string, SimpleCellAddress>();
  /** Some formula holds an inline array that reads cells (`{B2,D2:F2}`): see refreshInlineArrays. */
  private inlineArrays = false;
  /**
   * Content written since the engine last evaluated. A write suspends the
   * engine's evaluation and the next read resumes it, so a run of writes
   * (a script's setValues column after column) is evaluated once, as
   * Sheets shows it after the script: nothing reads the cells in between.
   */
  private unevaluated = false;
  /** Formula text read from the engine, kept until its cell is written or the grid changes. */
  private readonly formulaTexts: FormulaTexts;

  constructor(options: WorkbookOptions) {
    this.id = options.id;
    this.name = options.name;
    this.currentLocale = options.locale;
    this.currentTimeZone = options.timeZone;
    const customFunctions = options.customFunctions;
    this.hf = createFormulaEngine({
      specs: customFunctions?.functions ?? [],
      context: () => (customFunctions ? customFunctions.contextFor(this.locale) : undefined),
      timeZone: () => this.timeZone,
      config: sheetsLikeEngineConfig(),
    });
    this.formulaTexts = new FormulaTexts((address) => this.hf.getCellFormula(address));
    this.addSheet('Sheet1');
  }

  /**
   * The engine with every write evaluated, and the emulator's own steps
   * after a change done (blocked spills, inline arrays: see `changed`).
   * Everything that reads a value, and every structural change, goes through here.
   */
  private get engine(): HyperFormula {
    this.evaluateWrites();
    return this.hf;
  }

  private evaluateWrites(): void {
    if (!this.unevaluated) return;
    this.unevaluated = false;
    this.changed(this.hf.resumeEvaluation());
  }

  /** The engine for a write whose evaluation can wait for the next read (see `unevaluated`). */
  private get deferredEngine(): HyperFormula {
    if (!this.unevaluated) {
      this.hf.suspendEvaluation();
      this.unevaluated = true;
    }
    return this.hf;
  }

  /** The spreadsheet's locale: custom functions read it when they evaluate, so what was written is evaluated first. */
  get locale(): string {
    return this.currentLocale;
  }

  set locale(locale: string) {
    this.evaluateWrites();
    this.currentLocale = locale;
  }

  /** The time zone date serials are read in when custom functions evaluate: as `locale`. */
  get timeZone(): string {
    return this.currentTimeZone;
  }

  set timeZone(timeZone: string) {
    this.evaluateWrites();
    this.currentTimeZone = timeZone;
  }

  // Sheets ------------------------------------------------------------------

  sheet(sheetId: number): SheetRecord {
    const record = this.sheets.find((candidate) => candidate.sheetId === sheetId);
    if (!record) throw new Error('The sheet has been deleted.');
    return record;
  }

  hasSheet(sheetId: number): boolean {
    return this.sheets.some((candidate) => candidate.sheetId === sheetId);
  }

  /** Sheets matches sheet names without regard to case. */
  sheetByName(name: string): SheetRecord | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((candidate) => candidate.name.toLowerCase() === wanted);
  }

  private sheetByEngineId(engineSheet: number): SheetRecord | undefined {
    return this.sheets.find((candidate) => candidate.engineSheet === engineSheet);
  }

  /** The name Sheets gives a new sheet: the first free "Sheet<n>". */
  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  addSheet(name?: string, index?: number): SheetRecord {
    const sheetName = name ?? this.freeSheetName();
    if (this.sheetByName(sheetName)) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    this.engine.addSheet(sheetName);
    this.formulaTexts.forgetAll();
    const engineSheet = this.engine.getSheetId(sheetName);
    if (engineSheet === undefined) throw new Error(`The engine did not add sheet ${sheetName}`);
    const record: SheetRecord = {
      sheetId: this.nextSheetId++,
      engineSheet,
      name: sheetName,
      maxRows: DEFAULT_MAX_ROWS,
      maxColumns: DEFAULT_MAX_COLUMNS,
      frozenRows: 0,
      frozenColumns: 0,
      hidden: false,
      tabColor: null,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      cells: new CellAttributeGrid(),
      conditionalFormatRules: [],
      charts: [],
      borders: [],
    };
    const position = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(position, 0, record);
    return record;
  }

  removeSheet(sheetId: number): void {
    const record = this.sheet(sheetId);
    if (this.sheets.filter((candidate) => !candidate.hidden && candidate.sheetId !== sheetId).length === 0) {
      throw new Error('Sorry, it is not possible to delete all non-hidden sheets in a document.');
    }
    this.engine.removeSheet(record.engineSheet);
    this.formulaTexts.forgetAll();
    this.sheets.splice(this.sheets.indexOf(record), 1);
    this.developerMetadata = metadataAfterSheetRemoval(this.developerMetadata, sheetId);
    for (let i = this.protections.length - 1; i >= 0; i--) {
      if (this.protections[i]?.range.sheetId === sheetId) this.protections.splice(i, 1);
    }
    if (this.activeSheetId === sheetId) this.activeSheetId = this.sheets[0]?.sheetId ?? 0;
  }

  renameSheet(sheetId: number, name: string): void {
    const record = this.sheet(sheetId);
    if (!name.trim()) throw new Error('Invalid argument: name');
    const existing = this.sheetByName(name);
    if (existing && existing !== record)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    // The engine rewrites formulas that name the sheet.
    this.engine.renameSheet(record.engineSheet, name);
    this.formulaTexts.forgetAll();
    record.name = name;
  }

  // Cell contents --------------------------------------------------------------

  private address(record: SheetRecord, row: number, column: number): SimpleCellAddress {
    return { sheet: record.engineSheet, row: row - 1, col: column - 1 };
  }

  private forEachCell<T>(range: GridRange, read: (record: SheetRecord, row: number, column: number) => T): T[][] {
    const record = this.sheet(range.sheetId);
    const grid: T[][] = [];
    for (let row = range.row; row < range.row + range.numRows; row++) {
      const line: T[] = [];
      for (let column = range.column; column < range.column + range.numColumns; column++)
        line.push(read(record, row, column));
      grid.push(line);
    }
    return grid;
  }

  /**
   * The format a cell shows with: its own, else the one Sheets picks for a
   * typed date, percent or currency (`typed` is the text that was written,
   * which says on which side the currency sign goes).
   */
  effectiveFormat(record: SheetRecord, row: number, column: number, typed?: string): string | undefined {
    const own = record.cells.get(row, column).numberFormat;
    if (own !== undefined) return own;
    const address = this.address(record, row, column);
    const detailedType = String(this.engine.getCellValueDetailedType(address));
    if (detailedType === 'NUMBER_DATE') return 'yyyy-mm-dd';
    if (detailedType === 'NUMBER_DATETIME') return 'yyyy-mm-dd hh:mm:ss';
    if (detailedType === 'NUMBER_TIME') return 'hh:mm:ss';
    if (detailedType === 'NUMBER_PERCENT') {
      const value = this.engine.getCellValue(address);
      return typeof value === 'number' && Number.isInteger(Math.round(value * 1e6) / 1e4) ? '0%' : '0.00%';
    }
    if (detailedType === 'NUMBER_CURRENCY') {
      const symbol = this.engine.getCellValueFormat(address) ?? '$';
      return typed?.trim().endsWith(symbol) ? `#,##0.00"${symbol}"` : `"${symbol}"#,##0.00`;
    }
    return undefined;
  }

  private isDateCell(record: SheetRecord, row: number, column: number): boolean {
    const own = record.cells.get(row, column).numberFormat;
    if (own !== undefined) return isDateFormat(own);
    return DATE_TYPES.has(String(this.engine.getCellValueDetailedType(this.address(record, row, column))));
  }

  /** A cell's value as `getValues` returns it: '' for blank, a Date for a date cell, the error's text for an error. */
  private valueAt(record: SheetRecord, row: number, column: number): unknown {
    const value = this.engine.getCellValue(this.address(record, row, column));
    if (value === null || value === undefined) return '';
    if (value instanceof DetailedCellError) return value.value;
    if (typeof value === 'number' && this.isDateCell(record, row, column)) return dateOfSerial(value, this.timeZone);
    return value;
  }

  readValues(range: GridRange): unknown[][] {
    return this.forEachCell(range, (record, row, column) => this.valueAt(record, row, column));
  }

  /** Values with dates left as serial numbers: plain data for a snapshot. */
  readPlainValues(range: GridRange): (number | string | boolean)[][] {
    return this.forEachCell(range, (record, row, column) => {
      const value = this.engine.getCellValue(this.address(record, row, column));
      if (value === null || value === undefined) return '';
      return value instanceof DetailedCellError ? value.value : value;
    });
  }

  readFormulas(range: GridRange): string[][] {
    return this.forEachCell(
      range,
      // A formula's text does not depend on evaluation: reading it leaves writes unevaluated.
      (record, row, column) => this.formulaTexts.get(this.address(record, row, column)) ?? '',
    );
  }

  readDisplayValues(range: GridRange): string[][] {
    return this.forEachCell(range, (record, row, column) => this.displayValueAt(record, row, column));
  }

  displayValueAt(record: SheetRecord, row: number, column: number): string {
    const value = this.engine.getCellValue(this.address(record, row, column));
    if (value instanceof DetailedCellError) return value.value;
    if (value === undefined) return '';
    return renderDisplayValue(value, this.effectiveFormat(record, row, column), this.locale);
  }

  readNumberFormats(range: GridRange): string[][] {
    return this.forEachCell(
      range,
      (record, row, column) => record.cells.get(row, column).numberFormat ?? GENERAL_FORMAT,
    );
  }

  /**
   * A formula evaluated against a sheet without a cell of its own, as
   * Sheets evaluates a rule's custom formula; its references are read as
   * written (from A1). An error value, or a formula the engine cannot read,
   * comes back as a `DetailedCellError` or `undefined`.
   */
  evaluateOnSheet(sheetId: number, formula: string): unknown {
    const record = this.sheet(sheetId);
    try {
      return this.engine.calculateFormula(formula, record.engineSheet);
    } catch {
      return undefined;
    }
  }

  cellError(sheetId: number, row: number, column: number): CellErrorInfo | null {
    const record = this.sheet(sheetId);
    const value = this.engine.getCellValue(this.address(record, row, column));
    return value instanceof DetailedCellError ? { error: value.value, message: value.message } : null;
  }

  private engineContent(value: unknown): RawCellContent {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
    if (typeof value === 'boolean' || typeof value === 'string') return value;
    if (isDateObject(value)) return dateAsText(value, this.timeZone);
    return String(value);
  }

  /**
   * Writes values as `setValues` does: text beginning with '=' is a
   * formula, text that reads as a number, percent or date becomes one (and
   * gets a matching format, as Sheets gives it), blank clears the cell.
   */
  writeValues(range: GridRange, values: readonly (readonly unknown[])[]): void {
    const record = this.sheet(range.sheetId);
    // Array.from, not values.map: the preview runs the pushed Code.js in node:vm, and a map of its arrays
    // would be an array of that realm, which HyperFormula's `instanceof Array` check refuses.
    const contents = Array.from(values, (line, r) =>
      Array.from(line, (value, c) =>
        typeof value === 'string' && value !== '' && this.isPlainTextCell(record, range.row + r, range.column + c)
          ? plainText(value)
          : this.engineContent(value),
      ),
    );
    if (
      contents.some((line) =>
        line.some((content) => typeof content === 'string' && INLINE_ARRAY_OF_CELLS.test(content)),
      )
    )
      this.inlineArrays = true;
    this.deferredEngine.setCellContents(this.address(record, range.row, range.column), contents);
    this.forgetFormulas(range);
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = range.row + r;
        const column = range.column + c;
        const typed = (typeof value === 'string' && !value.startsWith('=')) || isDateObject(value);
        if (typed && record.cells.get(row, column).numberFormat === undefined) {
          const picked = this.effectiveFormat(record, row, column, typeof value === 'string' ? value : undefined);
          if (picked !== undefined) record.cells.set(row, column, 'numberFormat', picked);
        }
      }),
    );
  }

  /**
   * A cell formatted as plain text (`@`) keeps what is written into it as
   * the text itself, a leading '=' included, as Sheets keeps what a person
   * types there (docs/emulator.md, "Plain text cells").
   */
  private isPlainTextCell(record: SheetRecord, row: number, column: number): boolean {
    return record.cells.get(row, column).numberFormat === PLAIN_TEXT_FORMAT;
  }

  /** `setFormula` on several cells: the formula as written in the first cell, copied (references adjusted) to the rest. */
  fillFormula(range: GridRange, formula: string): void {
    const record = this.sheet(range.sheetId);
    if (this.anyPlainTextCell(record, range)) {
      // A plain-text cell takes the formula as text; writing cell by cell keeps the others formulas.
      this.writeFormulaCellByCell(record, range, formula);
      return;
    }
    const origin = this.address(record, range.row, range.column);
    if (INLINE_ARRAY_OF_CELLS.test(formula)) this.inlineArrays = true;
    const changes = this.engine.setCellContents(origin, formula);
    if (range.numRows > 1 || range.numColumns > 1) {
      this.engine.copy({ start: origin, end: origin });
      for (let row = range.row; row < range.row + range.numRows; row++) {
        for (let column = range.column; column < range.column + range.numColumns; column++) {
          if (row !== range.row || column !== range.column)
            changes.push(...this.engine.paste(this.address(record, row, column)));
        }
      }
      this.engine.clearClipboard();
    }
    this.forgetFormulas(range);
    this.changed(changes);
  }

  private anyPlainTextCell(record: SheetRecord, range: GridRange): boolean {
    for (let row = range.row; row < range.row + range.numRows; row++) {
      for (let column = range.column; column < range.column + range.numColumns; column++)
        if (this.isPlainTextCell(record, row, column)) return true;
    }
    return false;
  }

  /** The formula of the first cell copied to each cell (references moved as a fill moves them); plain-text cells get the copy as text. */
  private writeFormulaCellByCell(record: SheetRecord, range: GridRange, formula: string): void {
    const origin = this.address(record, range.row, range.column);
    const changes: ExportedChange[] = [...this.engine.setCellContents(origin, formula)];
    this.engine.copy({ start: origin, end: origin });
    const copies: string[][] = [];
    for (let row = range.row; row < range.row + range.numRows; row++) {
      const line: string[] = [];
      for (let column = range.column; column < range.column + range.numColumns; column++) {
        const target = this.address(record, row, column);
        if (row !== range.row || column !== range.column) this.engine.paste(target);
        line.push(this.hf.getCellFormula(target) ?? formula);
      }
      copies.push(line);
    }
    this.engine.clearClipboard();
    this.forgetFormulas(range);
    this.changed(changes);
    // Written again as setValues writes them: formulas where the cell is not plain text, text where it is.
    this.writeValues(range, copies);
  }

  clearContents(range: GridRange): void {
    const record = this.sheet(range.sheetId);
    const blanks: RawCellContent[][] = Array.from({ length: range.numRows }, () =>
      Array<RawCellContent>(range.numColumns).fill(null),
    );
    this.deferredEngine.setCellContents(this.address(record, range.row, range.column), blanks);
    this.forgetFormulas(range);
  }

  /** The cells of `range` were written: their formula text is read again. */
  private forgetFormulas(range: GridRange): void {
    const record = this.sheet(range.sheetId);
    this.formulaTexts.forgetBlock(record.engineSheet, range.row - 1, range.column - 1, range.numRows, range.numColumns);
  }

  private isSpillError(address: SimpleCellAddress): boolean {
    const value = this.engine.getCellValue(address);
    return value instanceof DetailedCellError && value.type === ErrorType.SPILL;
  }

  /** Notes newly blocked spills, then re-enters the blocked ones, which spill if their cells are free now. */
  private changed(changes: readonly ExportedChange[]): void {
    for (const change of changes) {
      if (
        change instanceof ExportedCellChange &&
        change.newValue instanceof DetailedCellError &&
        change.newValue.type === ErrorType.SPILL
      ) {
        this.blockedSpills.set(`${change.sheet}:${change.row}:${change.col}`, change.address);
      }
    }
    for (const [key, address] of [...this.blockedSpills]) {
      const formula =
        this.engine.getSheetName(address.sheet) === undefined ? undefined : this.formulaTexts.get(address);
      if (formula === undefined || !this.isSpillError(address)) {
        this.blockedSpills.delete(key);
        continue;
      }
      this.engine.setCellContents(address, formula);
      if (!this.isSpillError(address)) this.blockedSpills.delete(key);
    }
    if (this.inlineArrays) this.refreshInlineArrays();
  }

  /**
   * Sheets recalculates `={B2,D2:F2}` when B2 changes, as any formula; HyperFormula
   * evaluates an inline array's cells once, when the formula is entered, and does
   * not track them (docs/emulator.md). So after every change each such formula is
   * entered again, which evaluates it on the cells as they are.
   */
  private refreshInlineArrays(): void {
    for (const record of this.sheets) {
      const sheet = record.engineSheet;
      const { width, height } = this.engine.getSheetDimensions(sheet);
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const address = { sheet, row, col };
          if (!this.engine.doesCellHaveFormula(address)) continue;
          const formula = this.formulaTexts.get(address);
          if (formula !== undefined && INLINE_ARRAY_OF_CELLS.test(formula))
            this.engine.setCellContents(address, formula);
        }
      }
    }
  }

  /** After rows or columns move, blocked spills are found again where they are now. */
  private rescanSpills(record: SheetRecord): void {
    for (const [key, address] of [...this.blockedSpills])
      if (address.sheet === record.engineSheet) this.blockedSpills.delete(key);
    this.engine.getSheetValues(record.engineSheet).forEach((line, row) =>
      line.forEach((value, col) => {
        if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
          this.blockedSpills.set(`${record.engineSheet}:${row}:${col}`, { sheet: record.engineSheet, row, col });
        }
      }),
    );
    this.changed([]);
  }

  /**
   * The last row and column holding content (a value, a formula or a spilled result); 0 on an empty sheet.
   * Read from the last row and column inwards, asking each cell whether it holds a formula rather than
   * reading every formula's text: getLastRow runs after nearly every write, and writing out each
   * formula of a full KPI tab each time was a tenth of the server tests' time.
   */
  contentExtent(sheetId: number): { lastRow: number; lastColumn: number } {
    const sheet = this.sheet(sheetId).engineSheet;
    const { width, height } = this.engine.getSheetDimensions(sheet);
    const hasContent = (row: number, col: number): boolean => {
      const address = { sheet, row, col };
      if (this.engine.doesCellHaveFormula(address)) return true;
      const value = this.engine.getCellValue(address);
      return value !== null && value !== undefined && value !== '';
    };
    let lastRow = 0;
    for (let row = height - 1; row >= 0 && lastRow === 0; row--) {
      for (let col = 0; col < width; col++) {
        if (hasContent(row, col)) {
          lastRow = row + 1;
          break;
        }
      }
    }
    let lastColumn = 0;
    for (let col = width - 1; col >= 0 && lastColumn === 0; col--) {
      for (let row = 0; row < lastRow; row++) {
        if (hasContent(row, col)) {
          lastColumn = col + 1;
          break;
        }
      }
    }
    return { lastRow, lastColumn };
  }

  // Rows and columns -----------------------------------------------------------

  /** Inserts `count` rows (or columns) before `at`, moving everything kept against cells. */
  insertLines(sheetId: number, dimension: Dimension, at: number, count: number): void {
    const record = this.sheet(sheetId);
    if (dimension === 'rows') this.engine.addRows(record.engineSheet, [at - 1, count]);
    else this.engine.addColumns(record.engineSheet, [at - 1, count]);
    this.formulaTexts.forgetAll();
    record.cells.insert(dimension, at, count);
    this.moveRanges(sheetId, (range) => afterInsertion(range, dimension, at, count));
    metadataAfterInsertion(this.developerMetadata, sheetId, dimension, at, count);
    for (const chart of record.charts) {
      if (dimension === 'rows' && chart.position.anchorRow >= at)
        chart.position = { ...chart.position, anchorRow: chart.position.anchorRow + count };
      if (dimension === 'columns' && chart.position.anchorColumn >= at)
        chart.position = { ...chart.position, anchorColumn: chart.position.anchorColumn + count };
    }
    this.rescanSpills(record);
    if (dimension === 'rows') record.maxRows += count;
    else {
      record.maxColumns += count;
      record.columnWidths = new Map(
        [...record.columnWidths].map(([column, width]) => [column >= at ? column + count : column, width]),
      );
      record.hiddenColumns = new Set(
        [...record.hiddenColumns].map((column) => (column >= at ? column + count : column)),
      );
    }
  }

  /** Deletes rows (or columns) `at`…`at + count - 1`; protections and rules left with no cells go too. */
  deleteLines(sheetId: number, dimension: Dimension, at: number, count: number): void {
    const record = this.sheet(sheetId);
    const max = dimension === 'rows' ? record.maxRows : record.maxColumns;
    if (at < 1 || at + count - 1 > max) throw new Error('Those rows are out of bounds.');
    if (count >= max) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    if (dimension === 'rows') this.engine.removeRows(record.engineSheet, [at - 1, count]);
    else this.engine.removeColumns(record.engineSheet, [at - 1, count]);
    this.formulaTexts.forgetAll();
    record.cells.remove(dimension, at, count);
    this.moveRanges(sheetId, (range) => afterDeletion(range, dimension, at, count));
    this.developerMetadata = metadataAfterDeletion(this.developerMetadata, sheetId, dimension, at, count);
    this.rescanSpills(record);
    if (dimension === 'rows') record.maxRows -= count;
    else {
      record.maxColumns -= count;
      const widths = new Map<number, number>();
      for (const [column, width] of record.columnWidths) {
        if (column < at) widths.set(column, width);
        else if (column >= at + count) widths.set(column - count, width);
      }
      record.columnWidths = widths;
      record.hiddenColumns = new Set(
        [...record.hiddenColumns].flatMap((column) =>
          column < at ? [column] : column >= at + count ? [column - count] : [],
        ),
      );
    }
  }

  /**
   * Moves rows (or columns) `start`…`start + count - 1` to `destination`,
   * counted before the move (Sheet.moveRows/moveColumns). Content, formats,
   * notes and developer metadata go with their lines; the engine moves every
   * reference to a moved cell, on this sheet and others, and named ranges.
   */
  moveLines(sheetId: number, dimension: Dimension, start: number, count: number, destination: number): void {
    const record = this.sheet(sheetId);
    if (isMoveInPlace(start, count, destination)) return;
    const line = (position: number) => lineAfterMove(position, start, count, destination);
    if (dimension === 'rows') this.engine.moveRows(record.engineSheet, start - 1, count, destination - 1);
    else this.engine.moveColumns(record.engineSheet, start - 1, count, destination - 1);
    this.formulaTexts.forgetAll();
    record.cells.move(dimension, line);
    // A range kept against cells covers the lines its own lines moved to (a block split by the move covers the span between).
    this.moveRanges(sheetId, (range) => {
      const first = dimension === 'rows' ? range.row : range.column;
      const size = dimension === 'rows' ? range.numRows : range.numColumns;
      const moved = Array.from({ length: size }, (_, offset) => line(first + offset));
      const low = Math.min(...moved);
      const span = Math.max(...moved) - low + 1;
      return dimension === 'rows' ? { ...range, row: low, numRows: span } : { ...range, column: low, numColumns: span };
    });
    metadataAfterMove(this.developerMetadata, sheetId, dimension, start, count, destination);
    for (const chart of record.charts) {
      if (dimension === 'rows') chart.position = { ...chart.position, anchorRow: line(chart.position.anchorRow) };
      else chart.position = { ...chart.position, anchorColumn: line(chart.position.anchorColumn) };
    }
    if (dimension === 'columns') {
      record.columnWidths = new Map([...record.columnWidths].map(([column, width]) => [line(column), width]));
      record.hiddenColumns = new Set([...record.hiddenColumns].map(line));
    } else {
      const heights = [...record.rowHeights].map(([row, height]) => [line(row), height] as const);
      record.rowHeights.clear();
      for (const [row, height] of heights) record.rowHeights.set(row, height);
    }
    this.rescanSpills(record);
  }

  /**
   * Puts the rows of `range` in a new order: row `order[k]` (0-based within
   * the range) becomes row k. Values, formulas, formats and notes go with
   * their row; a moved formula is re-entered as if copied by the row offset
   * (relative references shift with it, absolute ones stay), and references
   * from outside keep pointing at the same cells (docs/emulator.md, "Sorting").
   */
  reorderRows(range: GridRange, order: readonly number[]): void {
    const record = this.sheet(range.sheetId);
    const scratch = record.maxRows + 1;
    const rows = range.numRows;
    this.engine.addRows(record.engineSheet, [scratch - 1, rows]);
    const rowBlock = (row: number) => ({
      start: this.address(record, row, range.column),
      end: this.address(record, row, range.column + range.numColumns - 1),
    });
    order.forEach((source, k) => {
      const block = rowBlock(range.row + source);
      this.engine.copy(block);
      this.engine.paste(this.address(record, scratch + k, range.column));
    });
    this.engine.copy({
      start: this.address(record, scratch, range.column),
      end: this.address(record, scratch + rows - 1, range.column + range.numColumns - 1),
    });
    const changes = this.engine.paste(this.address(record, range.row, range.column));
    this.formulaTexts.forgetAll();
    this.changed(changes);
    this.engine.clearClipboard();
    this.engine.removeRows(record.engineSheet, [scratch - 1, rows]);
    this.formulaTexts.forgetAll();
    const attributes = order.map((source) =>
      Array.from({ length: range.numColumns }, (_, c) => ({
        ...record.cells.get(range.row + source, range.column + c),
      })),
    );
    attributes.forEach((line, k) =>
      line.forEach((cell, c) => {
        record.cells.clear({ row: range.row + k, column: range.column + c, numRows: 1, numColumns: 1 });
        for (const [name, value] of Object.entries(cell))
          record.cells.set(range.row + k, range.column + c, name as keyof typeof cell, value);
      }),
    );
    this.rescanSpills(record);
  }

  /** Applies a move to every range kept on a sheet; a range moved to nothing drops its owner. */
  private moveRanges(sheetId: number, move: (range: GridRange) => GridRange | undefined): void {
    const record = this.sheet(sheetId);
    const onSheet = (range: GridRange) => (range.sheetId === sheetId ? move(range) : range);
    const keep = <T>(items: T[], rangeOf: (item: T) => GridRange, update: (item: T, range: GridRange) => T): T[] =>
      items.flatMap((item) => {
        const moved = onSheet(rangeOf(item));
        return moved ? [update(item, moved)] : [];
      });

    for (let i = this.protections.length - 1; i >= 0; i--) {
      const protection = this.protections[i];
      if (!protection || protection.kind === 'SHEET' || protection.range.sheetId !== sheetId) continue;
      const moved = move(protection.range);
      if (moved) protection.range = moved;
      else this.protections.splice(i, 1);
    }
    for (const protection of this.protections) {
      protection.unprotectedRanges = protection.unprotectedRanges.flatMap((range) => onSheet(range) ?? []);
    }
    record.conditionalFormatRules = record.conditionalFormatRules.flatMap((rule) => {
      const ranges = rule.ranges.flatMap((range) => onSheet(range) ?? []);
      return ranges.length ? [{ ...rule, ranges }] : [];
    });
    record.charts = record.charts.map((chart) => ({
      ...chart,
      ranges: chart.ranges.flatMap((range) => onSheet(range) ?? []),
    }));
    record.borders = keep(
      record.borders,
      (border) => border.range,
      (border, range) => ({ ...border, range }),
    );
  }

  // Named ranges ---------------------------------------------------------------

  namedRangeNames(): string[] {
    return this.hf.listNamedExpressions();
  }

  /** Where a named range points now (the engine moves it with inserted rows); `undefined` if its cells are gone. */
  namedRange(name: string): GridRange | undefined {
    const expression = this.engine.getNamedExpression(name)?.expression;
    if (typeof expression !== 'string' || !expression.startsWith('=')) return undefined;
    const text = expression.slice(1);
    const anySheet = this.sheets[0]?.engineSheet ?? 0;
    const range = this.engine.simpleCellRangeFromString(text, anySheet);
    const start = range?.start ?? this.engine.simpleCellAddressFromString(text, anySheet);
    const end = range?.end ?? start;
    if (!start || !end) return undefined;
    const record = this.sheetByEngineId(start.sheet);
    if (!record) return undefined;
    return {
      sheetId: record.sheetId,
      row: start.row + 1,
      column: start.col + 1,
      numRows: end.row - start.row + 1,
      numColumns: end.col - start.col + 1,
    };
  }

  /** The engine's spelling of a name, or `undefined` (names are case-insensitive). */
  existingName(name: string): string | undefined {
    const wanted = name.toLowerCase();
    return this.namedRangeNames().find((candidate) => candidate.toLowerCase() === wanted);
  }

  setNamedRange(name: string, range: GridRange): void {
    const record = this.sheet(range.sheetId);
    const expression = `=${quotedSheetName(record.name)}!${absoluteA1(range.row, range.column)}:${absoluteA1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
    const existing = this.existingName(name);
    if (existing) this.deferredEngine.changeNamedExpression(existing, expression);
    else {
      this.deferredEngine.addNamedExpression(name, expression);
      // Formulas write a name as it is defined (`=kpi_spend` reads `=KPI_Spend` once the name exists).
      this.formulaTexts.forgetAll();
    }
  }

  removeNamedRange(name: string): void {
    const existing = this.existingName(name);
    if (existing) {
      this.engine.removeNamedExpression(existing);
      this.formulaTexts.forgetAll();
    }
  }

  // Protections and charts ----------------------------------------------------

  addProtection(kind: ProtectionKind, range: GridRange): ProtectionData {
    const protection: ProtectionData = {
      id: this.nextProtectionId++,
      kind,
      range,
      description: '',
      warningOnly: false,
      editors: null,
      unprotectedRanges: [],
      domainEdit: true,
      rangeName: null,
    };
    this.protections.push(protection);
    return protection;
  }

  removeProtection(id: number): void {
    const index = this.protections.findIndex((protection) => protection.id === id);
    if (index >= 0) this.protections.splice(index, 1);
  }

  protection(id: number): ProtectionData | undefined {
    return this.protections.find((protection) => protection.id === id);
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  // Developer metadata ------------------------------------------------------------

  addDeveloperMetadata(
    location: MetadataLocation,
    key: string,
    value: string | null,
    visibility: MetadataVisibility,
  ): DeveloperMetadataData {
    const item: DeveloperMetadataData = { id: this.nextMetadataId++, key, value, visibility, location };
    this.developerMetadata.push(item);
    return item;
  }

  metadataById(id: number): DeveloperMetadataData | undefined {
    return this.developerMetadata.find((item) => item.id === id);
  }

  removeDeveloperMetadata(id: number): void {
    this.developerMetadata = this.developerMetadata.filter((item) => item.id !== id);
  }
}

/** Sheets' number format for plain text. */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * Content the engine keeps as text whatever it looks like (its apostrophe
 * marker is not part of the value). A leading apostrophe the writer put
 * there stays the marker it is in any other cell (docs/smoke-test.md checks it).
 */
function plainText(value: string): RawCellContent {
  return value.startsWith("'") ? value : `'${value}`;
}

function absoluteA1(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}
