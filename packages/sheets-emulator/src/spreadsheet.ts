/**
 * Spreadsheet: the file. Its sheets, named ranges, editors, locale and time
 * zone; `getRange('KPI!A1:B2')`; `toast`.
 */
import { parseA1 } from './a1-notation';
import { assertCanEditSheet } from './access-control';
import { asAppsScript, enumName } from './apps-script-types';
import { uncounted } from './call-counter';
import { defineNamedRange, namedRangeFacade } from './named-range';
import { protectionFacade } from './protection';
import { addMetadata, metadataAt, metadataFinderFacade } from './developer-metadata';
import type { EmulatorRuntime } from './runtime';
import { assertTimeZone } from './time-zone';
import { emailOf, userFacade } from './user';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type User = GoogleAppsScript.Base.User;

type SpreadsheetMethod =
  | 'addDeveloperMetadata'
  | 'addEditor'
  | 'createDeveloperMetadataFinder'
  | 'getDeveloperMetadata'
  | 'addEditors'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getDataRange'
  | 'getEditors'
  | 'getId'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeEditor'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export function spreadsheetFacade(runtime: EmulatorRuntime): Spreadsheet {
  return asAppsScript<Spreadsheet>(runtime.expose(new EmulatedSpreadsheet(runtime), 'Spreadsheet'));
}

export class EmulatedSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethod> {
  constructor(private readonly runtime: EmulatorRuntime) {}

  private get workbook() {
    return this.runtime.workbook;
  }

  private self(): Spreadsheet {
    return asAppsScript<Spreadsheet>(this);
  }

  getId(): string {
    return this.workbook.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }

  getName(): string {
    return this.workbook.name;
  }

  rename(newName: string): void {
    this.workbook.name = String(newName);
  }

  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }

  /** The custom functions read the new language on their next evaluation. */
  setSpreadsheetLocale(locale: string): void {
    this.workbook.locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    assertTimeZone(timezone);
    this.workbook.timeZone = timezone;
  }

  // Sheets ---------------------------------------------------------------------

  getSheets(): Sheet[] {
    return this.workbook.sheets.map((record) => this.runtime.facades.sheet(record.sheetId));
  }

  getNumSheets(): number {
    return this.workbook.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const record = this.workbook.sheetByName(String(name));
    return record ? this.runtime.facades.sheet(record.sheetId) : null;
  }

  getSheetById(id: number): Sheet | null {
    return this.workbook.hasSheet(id) ? this.runtime.facades.sheet(id) : null;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index); the index is 0-based. The new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number | { template?: Sheet }, index?: number | { template?: Sheet }): Sheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : undefined;
    if ((typeof nameOrIndex === 'object' && nameOrIndex !== null) || (typeof index === 'object' && index !== null)) {
      throw new Error('The emulator does not copy template sheets (insertSheet options).');
    }
    const record = this.workbook.addSheet(name, position);
    this.workbook.activeSheetId = record.sheetId;
    return this.runtime.facades.sheet(record.sheetId);
  }

  deleteSheet(sheet: Sheet): void {
    const sheetId = this.runtime.facades.sheetId(sheet, 'sheet');
    assertCanEditSheet(this.workbook, this.runtime.users, sheetId);
    this.workbook.removeSheet(sheetId);
  }

  getActiveSheet(): Sheet {
    return this.runtime.facades.sheet(this.getActiveSheetId());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const sheetId = this.runtime.facades.sheetId(sheet, 'sheet');
    this.workbook.activeSheetId = sheetId;
    return this.runtime.facades.sheet(sheetId);
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const record = this.workbook.sheet(this.workbook.activeSheetId);
    const sheets = this.workbook.sheets;
    sheets.splice(sheets.indexOf(record), 1);
    sheets.splice(Math.max(0, Math.min(pos - 1, sheets.length)), 0, record);
  }

  getDataRange(): Range {
    return uncounted(this.runtime.facades.sheet(this.getActiveSheetId())).getDataRange();
  }

  /** 'Sheet!A1:B2', or 'A1:B2' on the active sheet. */
  getRange(a1Notation: string): Range {
    const { sheetName } = parseA1(a1Notation);
    const record =
      sheetName === undefined ? this.workbook.sheet(this.getActiveSheetId()) : this.workbook.sheetByName(sheetName);
    if (!record) throw new Error('Range not found');
    const local = a1Notation.slice(a1Notation.lastIndexOf('!') + 1);
    return uncounted(this.runtime.facades.sheet(record.sheetId)).getRange(local);
  }

  private getActiveSheetId(): number {
    return this.workbook.hasSheet(this.workbook.activeSheetId)
      ? this.workbook.activeSheetId
      : (this.workbook.sheets[0]?.sheetId ?? 0);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const kind = enumName(type);
    return this.workbook.protections
      .filter((protection) => protection.kind === kind)
      .map((protection) => protectionFacade(this.runtime, protection));
  }

  // Named ranges ---------------------------------------------------------------------

  setNamedRange(name: string, range: Range): void {
    defineNamedRange(this.runtime, String(name), this.runtime.facades.rangeRef(range, 'range'));
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.workbook.namedRangeNames().map((name) => namedRangeFacade(this.runtime, name));
  }

  getRangeByName(name: string): Range | null {
    const range = this.workbook.namedRange(String(name));
    return range ? this.runtime.facades.range(range) : null;
  }

  removeNamedRange(name: string): void {
    if (!this.workbook.existingName(String(name))) throw new Error(`Named range ${name} does not exist.`);
    this.workbook.removeNamedRange(String(name));
  }

  // People ---------------------------------------------------------------------

  /**
   * Sheets tells a new editor by email, and offers no way not to. An address
   * without a Google account is refused (Sheets can only invite it with an
   * email, which Apps Script's addEditor does not offer to send), one call at
   * a time: `addEditors` stops at the first refusal, leaving those before it shared.
   */
  addEditor(user: string | User): Spreadsheet {
    this.invite(emailOf(user));
    return this.self();
  }

  addEditors(emailAddresses: string[]): Spreadsheet {
    for (const email of emailAddresses) this.invite(emailOf(email));
    return this.self();
  }

  private invite(email: string): void {
    if (!email) throw new Error('Invalid argument: email');
    if (this.runtime.users.isEditor(email)) return;
    if (!this.runtime.users.hasGoogleAccount(email)) throw new Error(noGoogleAccountMessage(email));
    this.runtime.users.addEditor(email);
    this.runtime.sharingEmails.push({ email, via: 'sheets' });
  }

  removeEditor(user: string | User): Spreadsheet {
    this.runtime.users.removeEditor(emailOf(user));
    return this.self();
  }

  getEditors(): User[] {
    return this.runtime.users.editors().map((email) => userFacade(this.runtime, email));
  }

  /** `null` for a file in a shared drive, which has no single owner. */
  getOwner(): User | null {
    if (this.runtime.inSharedDrive) return null;
    return userFacade(this.runtime, this.runtime.users.owner);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.runtime.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? null : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }

  // Developer metadata --------------------------------------------------------------

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Spreadsheet {
    addMetadata(this.runtime, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this.self();
  }

  /** The spreadsheet's own metadata (not its sheets', rows' or columns'). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this.runtime, (location) => location.type === 'SPREADSHEET');
  }

  /** Searches all metadata in the spreadsheet. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinderFacade(this.runtime, { kind: 'spreadsheet' });
  }
}

/** Sheets' refusal, as its Share dialog words it; the exact text Apps Script throws is a smoke-test step. */
export function noGoogleAccountMessage(email: string): string {
  return `Exception: You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient.`;
}
