/**
 * How one emulated object hands out another — a Protection its Range, a
 * Range its Sheet, a Sheet its Spreadsheet — and recognises one passed back
 * in, without importing the other's module. range.ts, sheet.ts and
 * spreadsheet.ts implement these (facade-table.ts puts them together for
 * the runtime); every other module asks `runtime.facades`, so no two
 * modules of the emulator need each other loaded (no import cycle).
 */
import type { GridRange } from './grid-range';

export interface Facades {
  range(ref: GridRange): GoogleAppsScript.Spreadsheet.Range;
  sheet(sheetId: number): GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The cells a Range argument stands for; "Invalid argument: NAME" for anything that is not one of our Ranges. */
  rangeRef(value: unknown, argument: string): GridRange;
  /** The sheet a Sheet argument stands for, likewise. */
  sheetId(value: unknown, argument: string): number;
  isRange(value: unknown): boolean;
}
