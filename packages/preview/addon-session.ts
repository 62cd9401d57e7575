/**
 * One person using the add-on in one emulated spreadsheet: the pushed
 * Code.js runs against the emulator, one execution per trigger, menu item,
 * `google.script.run` call or cell edit, as in Google Sheets.
 */
import { langFromLocale } from '../../src/core/i18n/lang';
import { createEmulator, type Emulator } from './addon-emulator';
import { entryPoints } from '../../src/server/entry-points';
import type { CellPoint } from './addon-emulator';
import { editCell } from './cell-edit';
import { sheetsErrorText } from './engine-error-text';
import { localeSyntax } from './locale/locale-syntax';
import type { NotNumberReason } from '../../src/core/number-text';
import { chromeText } from './page/chrome-messages';
import type { PreviewSheet, PreviewSnapshot } from './preview-snapshot';
import { customFormulaFindings } from './custom-formula-findings';
import { loadPushedCode, type PushedCode } from './pushed-code';
import { SheetSnapshotCache } from './sheet-snapshot-cache';
import { describeThrown, scriptError, type ServerErrorInfo } from './thrown-error';

export interface AddonSessionOptions {
  /** dist/Code.js */
  codeJs: string;
  /** dist/Sidebar.html, served by HtmlService.createHtmlOutputFromFile('Sidebar'). */
  sidebarHtml: string;
  /** dist/ImportReader.html, served by HtmlService.createHtmlOutputFromFile('ImportReader') (the sidebar's export reader). */
  importReaderHtml?: string;
  /** The spreadsheet's and the person's locale: 'en_US', 'ru_RU'. */
  locale: string;
  owner?: string;
}

export type Outcome<T = unknown> = { ok: true; value: T } | { ok: false; error: ServerErrorInfo };

/** The add-on's name as Sheets shows it under Extensions (from its store listing, which the preview has not). */
export const ADDON_NAME = 'Marketing KPI';

const SERVER_FUNCTIONS = new Set(entryPoints().map((entry) => entry.name));

export class AddonSession {
  readonly emulator: Emulator;
  private readonly code: PushedCode;
  private readonly shownSheets: SheetSnapshotCache;
  private releaseDocumentLock: (() => void) | null = null;

  constructor(private readonly options: AddonSessionOptions) {
    // A new spreadsheet as Sheets names it in the person's language.
    const lang = langFromLocale(options.locale);
    this.emulator = createEmulator({
      owner: options.owner ?? 'head@example.com',
      locale: options.locale,
      name: chromeText(lang, 'new_spreadsheet_name'),
      files: {
        Sidebar: options.sidebarHtml,
        ...(options.importReaderHtml !== undefined ? { ImportReader: options.importReaderHtml } : {}),
      },
    });
    this.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.setName(chromeText(lang, 'first_sheet_name'));
    this.code = loadPushedCode(options.codeJs, (scope) => this.emulator.installGlobals(scope));
    this.shownSheets = new SheetSnapshotCache(this.emulator);
  }

  /** The person opens the spreadsheet (onOpen builds the menu), then the add-on's sidebar from it. */
  open(): void {
    const spreadsheet = this.emulator.SpreadsheetApp.getActiveSpreadsheet();
    const event = {
      authMode: this.emulator.ScriptApp.AuthMode.LIMITED,
      source: spreadsheet,
      user: this.emulator.Session.getActiveUser(),
    };
    this.throwOnFailure(this.execute('onOpen', [event]));
    this.throwOnFailure(this.execute('showSidebar', []));
  }

  /** A `google.script.run` call: any entry point Code.js declares, as Apps Script allows any top-level function. */
  callServerFunction(name: string, args: readonly unknown[]): Outcome {
    if (!SERVER_FUNCTIONS.has(name) || !this.code.declares(name))
      return { ok: false, error: scriptError(`Script function not found: ${name}`) };
    return this.execute(name, args);
  }

  /** A click on an item of the add-on's menu. */
  runMenuItem(functionName: string): Outcome {
    if (!this.menuFunctions().has(functionName))
      return { ok: false, error: scriptError(`Script function not found: ${functionName}`) };
    return this.execute(functionName, []);
  }

  editCell(sheetName: string, a1: string, input: string): Outcome<null> {
    try {
      const holds = (formula: string, anchor: CellPoint, cell: CellPoint) =>
        this.emulator.customFormulaHolds(sheetName, formula, anchor, cell);
      const outcome = editCell(this.emulator.SpreadsheetApp.getActiveSpreadsheet(), sheetName, a1, input, holds);
      return outcome.ok
        ? { ok: true, value: null }
        : { ok: false, error: { name: 'ValidationError', message: this.refusal(outcome, a1, input) } };
    } catch (error) {
      return { ok: false, error: describeThrown(error) };
    }
  }

  /** The person clicks a sheet's tab: it becomes the active sheet the server sees. */
  selectSheet(sheetName: string): Outcome<null> {
    const sheet = this.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
    if (!sheet) return { ok: false, error: { name: 'NotFound', message: `No sheet named "${sheetName}"` } };
    sheet.activate();
    return { ok: true, value: null };
  }

  /** Holds the document lock as another execution would (a teammate's build), or lets it go. */
  setDocumentLockHeld(held: boolean): void {
    if (held && !this.releaseDocumentLock)
      this.releaseDocumentLock = this.emulator.holdDocumentLockAsAnotherExecution();
    if (!held && this.releaseDocumentLock) {
      this.releaseDocumentLock();
      this.releaseDocumentLock = null;
    }
  }

  /** What the page draws; `sheetNames` limits the cell data to those sheets and the active one (all sheets when omitted). */
  snapshot(sheetNames?: readonly string[]): PreviewSnapshot {
    const { ui } = this.emulator;
    const sidebar = ui.sidebar;
    const spreadsheet = this.emulator.SpreadsheetApp.getActiveSpreadsheet();
    const sheets = spreadsheet.getSheets();
    const activeSheet = spreadsheet.getActiveSheet().getName();
    const wanted = sheetNames === undefined ? null : new Set([...sheetNames, activeSheet]);
    this.shownSheets.look();
    return {
      spreadsheet: {
        name: spreadsheet.getName(),
        locale: spreadsheet.getSpreadsheetLocale(),
        activeSheet,
        tabs: sheets.map((sheet) => ({
          name: sheet.getName(),
          sheetId: sheet.getSheetId(),
          hidden: sheet.isSheetHidden(),
          tabColor: sheet.getTabColor(),
        })),
      },
      sheets: sheets
        .filter((sheet) => wanted === null || wanted.has(sheet.getName()))
        .map((sheet) => {
          const name = sheet.getName();
          return this.shownSheets.sheet(name, () => this.sheetSnapshot(name));
        }),
      menus: ui.menus,
      toasts: ui.toasts,
      alerts: ui.alerts,
      sidebar: sidebar ? { title: sidebar.title, opened: ui.sidebars.length } : null,
      chromeLang: langFromLocale(this.options.locale),
      addonName: ADDON_NAME,
      documentLockHeld: this.releaseDocumentLock !== null,
    };
  }

  /** A sheet as the page draws it, the engine's error words replaced by Sheets' own in the spreadsheet's language. */
  private sheetSnapshot(name: string): PreviewSheet {
    const snapshot = this.emulator.snapshot(name);
    const lang = langFromLocale(this.options.locale);
    const customFormulas = customFormulaFindings(snapshot, (formula, anchor, cell) =>
      this.emulator.customFormulaHolds(name, formula, anchor, cell),
    );
    return {
      ...snapshot,
      errors: snapshot.errors.map((line) => line.map((error) => (error ? sheetsErrorText(error, lang) : null))),
      customFormulas,
    };
  }

  /** One execution; whatever it leaves locked is released when it ends, as in Apps Script. */
  private execute(name: string, args: readonly unknown[]): Outcome {
    try {
      // google.script.run carries JSON-like data both ways; a copy also keeps the vm's objects out of the response.
      return { ok: true, value: toWire(this.code.execute(name, args)) };
    } catch (error) {
      return { ok: false, error: describeThrown(error) };
    } finally {
      this.emulator.endExecution();
    }
  }

  /**
   * Sheets' "There was a problem" dialog shows the rule's help text; when the entry was a number written
   * another locale's way, the preview says so too, in the spreadsheet's language, so the person sees why.
   */
  private refusal(outcome: { helpText: string; notNumber?: NotNumberReason }, a1: string, typed: string): string {
    if (!outcome.notNumber) return outcome.helpText;
    const lang = langFromLocale(this.options.locale);
    const helpText = outcome.helpText || chromeText(lang, 'problem_default', { cell: a1 });
    const example = localeSyntax(this.options.locale).decimal === ',' ? '15 000,50' : '15,000.50';
    return `${helpText}\n${chromeText(lang, `not_number_${outcome.notNumber}`, { typed, example })}`;
  }

  private throwOnFailure(outcome: Outcome): void {
    if (!outcome.ok) throw new Error(`${outcome.error.name}: ${outcome.error.message}`);
  }

  private menuFunctions(): Set<string> {
    const names = new Set<string>();
    const collect = (entries: PreviewSnapshot['menus'][number]['entries']): void => {
      for (const entry of entries) {
        if (entry.kind === 'item') names.add(entry.functionName);
        if (entry.kind === 'submenu') collect(entry.entries);
      }
    };
    for (const menu of this.emulator.ui.menus) collect(menu.entries);
    return names;
  }
}

function toWire(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}
