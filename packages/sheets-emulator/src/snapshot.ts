/**
 * Plain, JSON-able pictures of the emulated spreadsheet: what tests assert
 * on and what the local preview sends to a browser grid. Grids cover A1 to
 * the last row and column with content or formatting; dates are serial
 * numbers in `values` and readable text in `displayValues`.
 */
import { columnLetters, rangeA1 } from './a1-notation';
import type { MetadataLocation } from './developer-metadata-data';
import { protectedRange, protectionEditors } from './access-control';
import type { ChartPosition } from './chart-data';
import type { ConditionalFormatStyle } from './conditional-format-data';
import { isRangeArgument, type DataValidationData } from './data-validation-data';
import { isDateObject } from './date-serial';
import type { GridRange } from './grid-range';
import { GENERAL_FORMAT } from './number-format';
import type { EmulatorRuntime } from './runtime';
import type { CellErrorInfo, SheetRecord } from './workbook';
import { DEFAULT_COLUMN_WIDTH } from './workbook';

export type PlainValue = number | string | boolean;

export interface ValidationSnapshot {
  criteriaType: string;
  /** Lists as arrays, ranges as A1 text with the sheet ("KPI!A2:A13"), dates as ISO text. */
  criteriaValues: (PlainValue | string[] | null)[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalFormatSnapshot {
  ranges: string[];
  criteriaType: string | null;
  criteriaValues: PlainValue[];
  style: ConditionalFormatStyle;
}

export interface ProtectionSnapshot {
  kind: 'RANGE' | 'SHEET';
  range: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotectedRanges: string[];
  rangeName: string | null;
}

export interface ChartSnapshot {
  chartId: number | null;
  chartType: string;
  ranges: string[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  /** 1-based tab position. */
  index: number;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  /** Size of the grids below. */
  numRows: number;
  numColumns: number;
  values: PlainValue[][];
  formulas: string[][];
  displayValues: string[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  fontStyles: ('italic' | 'normal')[][];
  /** Points; null for the default (10). */
  fontSizes: (number | null)[][];
  horizontalAlignments: (string | null)[][];
  /** null for the default (bottom). */
  verticalAlignments: (string | null)[][];
  wraps: boolean[][];
  notes: string[][];
  /** The error and its message for each error cell, else null. */
  errors: (CellErrorInfo | null)[][];
  validations: (ValidationSnapshot | null)[][];
  /** Pixel width of each column in the grids. */
  columnWidths: number[];
  /** 1-based columns hidden with hideColumns (or by a person), in order. */
  hiddenColumns: number[];
  conditionalFormatRules: ConditionalFormatSnapshot[];
  protections: ProtectionSnapshot[];
  charts: ChartSnapshot[];
}

export interface NamedRangeSnapshot {
  name: string;
  /** A1 with the sheet ("KPI!B2:B13"); null when its cells were deleted. */
  range: string | null;
}

/** Developer metadata with where it is now: 'spreadsheet', a sheet's name, or a whole row or column ("KPI!C:C", "KPI!5:5"). */
export interface DeveloperMetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: string;
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  owner: string;
  editors: string[];
  activeSheet: string;
  sheets: SheetSnapshot[];
  namedRanges: NamedRangeSnapshot[];
  developerMetadata: DeveloperMetadataSnapshot[];
}

function a1WithSheet(runtime: EmulatorRuntime, range: GridRange): string {
  const name = runtime.workbook.hasSheet(range.sheetId) ? runtime.workbook.sheet(range.sheetId).name : '#REF';
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  return `${sheet}!${rangeA1(range.row, range.column, range.numRows, range.numColumns)}`;
}

function validationSnapshot(runtime: EmulatorRuntime, data: DataValidationData): ValidationSnapshot {
  return {
    criteriaType: data.criteriaType,
    criteriaValues: data.criteriaValues.map((value) => {
      if (isRangeArgument(value)) return a1WithSheet(runtime, value.range);
      if (isDateObject(value)) return value.toISOString();
      if (Array.isArray(value)) return [...(value as readonly string[])];
      return value as PlainValue | null;
    }),
    allowInvalid: data.allowInvalid,
    helpText: data.helpText,
  };
}

/** How far content or formatting reaches. */
function extentOf(runtime: EmulatorRuntime, record: SheetRecord): { numRows: number; numColumns: number } {
  const content = runtime.workbook.contentExtent(record.sheetId);
  let numRows = content.lastRow;
  let numColumns = content.lastColumn;
  for (const [row, column] of record.cells.entries()) {
    numRows = Math.max(numRows, row);
    numColumns = Math.max(numColumns, column);
  }
  return { numRows: Math.min(numRows, record.maxRows), numColumns: Math.min(numColumns, record.maxColumns) };
}

export function sheetSnapshot(runtime: EmulatorRuntime, record: SheetRecord): SheetSnapshot {
  const { workbook } = runtime;
  const { numRows, numColumns } = extentOf(runtime, record);
  const grid: GridRange = { sheetId: record.sheetId, row: 1, column: 1, numRows, numColumns };
  const empty = numRows === 0 || numColumns === 0;
  const perCell = <T>(read: (row: number, column: number) => T): T[][] =>
    empty
      ? []
      : Array.from({ length: numRows }, (_, r) => Array.from({ length: numColumns }, (_, c) => read(r + 1, c + 1)));
  const attribute = (row: number, column: number) => record.cells.get(row, column);

  return {
    name: record.name,
    sheetId: record.sheetId,
    index: workbook.sheets.indexOf(record) + 1,
    hidden: record.hidden,
    tabColor: record.tabColor,
    frozenRows: record.frozenRows,
    frozenColumns: record.frozenColumns,
    maxRows: record.maxRows,
    maxColumns: record.maxColumns,
    numRows: empty ? 0 : numRows,
    numColumns: empty ? 0 : numColumns,
    values: empty ? [] : workbook.readPlainValues(grid),
    formulas: empty ? [] : workbook.readFormulas(grid),
    displayValues: empty ? [] : workbook.readDisplayValues(grid),
    numberFormats: perCell((row, column) => attribute(row, column).numberFormat ?? GENERAL_FORMAT),
    backgrounds: perCell((row, column) => attribute(row, column).background ?? null),
    fontColors: perCell((row, column) => attribute(row, column).fontColor ?? null),
    fontWeights: perCell((row, column) => attribute(row, column).fontWeight ?? 'normal'),
    fontStyles: perCell((row, column) => attribute(row, column).fontStyle ?? 'normal'),
    fontSizes: perCell((row, column) => attribute(row, column).fontSize ?? null),
    horizontalAlignments: perCell((row, column) => attribute(row, column).horizontalAlignment ?? null),
    verticalAlignments: perCell((row, column) => attribute(row, column).verticalAlignment ?? null),
    wraps: perCell((row, column) => attribute(row, column).wrap ?? false),
    notes: perCell((row, column) => attribute(row, column).note ?? ''),
    errors: perCell((row, column) => workbook.cellError(record.sheetId, row, column)),
    validations: perCell((row, column) => {
      const validation = attribute(row, column).validation;
      return validation ? validationSnapshot(runtime, validation) : null;
    }),
    columnWidths: Array.from(
      { length: empty ? 0 : numColumns },
      (_, c) => record.columnWidths.get(c + 1) ?? DEFAULT_COLUMN_WIDTH,
    ),
    hiddenColumns: [...record.hiddenColumns].sort((a, b) => a - b),
    conditionalFormatRules: record.conditionalFormatRules.map((rule) => ({
      ranges: rule.ranges.map((range) => a1WithSheet(runtime, range)),
      criteriaType: rule.condition?.criteriaType ?? null,
      criteriaValues: (rule.condition?.criteriaValues ?? []).map((value) =>
        isDateObject(value) ? value.toISOString() : value,
      ),
      style: { ...rule.style },
    })),
    protections: workbook.protections
      .filter((protection) => protection.range.sheetId === record.sheetId)
      .map((protection) => ({
        kind: protection.kind,
        range: a1WithSheet(runtime, protectedRange(protection, workbook)),
        description: protection.description,
        warningOnly: protection.warningOnly,
        editors: protectionEditors(protection, runtime.users),
        unprotectedRanges: protection.unprotectedRanges.map((range) => a1WithSheet(runtime, range)),
        rangeName: protection.rangeName,
      })),
    charts: record.charts.map((chart) => ({
      chartId: chart.chartId,
      chartType: chart.chartType,
      ranges: chart.ranges.map((range) => a1WithSheet(runtime, range)),
      position: { ...chart.position },
      options: { ...chart.options },
    })),
  };
}

export function spreadsheetSnapshot(runtime: EmulatorRuntime): SpreadsheetSnapshot {
  const { workbook, users } = runtime;
  const active = workbook.hasSheet(workbook.activeSheetId)
    ? workbook.sheet(workbook.activeSheetId)
    : workbook.sheets[0];
  return {
    id: workbook.id,
    name: workbook.name,
    locale: workbook.locale,
    timeZone: workbook.timeZone,
    owner: users.owner,
    editors: users.editors(),
    activeSheet: active?.name ?? '',
    sheets: workbook.sheets.map((record) => sheetSnapshot(runtime, record)),
    namedRanges: workbook.namedRangeNames().map((name) => {
      const range = workbook.namedRange(name);
      return { name, range: range ? a1WithSheet(runtime, range) : null };
    }),
    developerMetadata: workbook.developerMetadata.map((item) => ({
      id: item.id,
      key: item.key,
      value: item.value,
      visibility: item.visibility,
      location: metadataLocationText(runtime, item.location),
    })),
  };
}

function metadataLocationText(runtime: EmulatorRuntime, location: MetadataLocation): string {
  if (location.type === 'SPREADSHEET') return 'spreadsheet';
  const name = runtime.workbook.sheet(location.sheetId).name;
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  if (location.type === 'SHEET') return sheet;
  const line = location.type === 'COLUMN' ? columnLetters(location.index) : String(location.index);
  return `${sheet}!${line}:${line}`;
}
