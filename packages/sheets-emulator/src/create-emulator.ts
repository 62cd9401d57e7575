/**
 * `createEmulator()`: one emulated spreadsheet with the Apps Script services
 * our server code calls, for server tests, benchmarks and the local preview.
 *
 *   const emulator = createEmulator({ owner: 'head@example.com', locale: 'ru_RU' });
 *   const uninstall = emulator.installGlobals();   // SpreadsheetApp, PropertiesService, … as globals
 *   onOpen();                                       // server code runs as in Apps Script
 *   emulator.calls.total;                           // service calls made
 *   emulator.snapshot('KPI');                       // values, formats, rules … as plain data
 *   uninstall();
 */
import { ChartPosition, ChartType } from './apps-script-enums';
import { asAppsScript, enumName } from './apps-script-types';
import { parseA1 } from './a1-notation';
import type { CallCounter } from './call-counter';
import { EmulatedHtmlService } from './html-service';
import { EmulatedLockService, LockTable, lockKey, type LockScope } from './lock-service';
import { EmulatedLogger } from './logger';
import { EmulatedPropertiesService, PropertyStores } from './properties-service';
import { EmulatorRuntime, type AuthModeName, type SharingEmail } from './runtime';
import { EmulatedScriptApp, TriggerStore, type TriggerData } from './script-app';
import { EmulatedSession } from './session';
import { sheetSnapshot, spreadsheetSnapshot, type SheetSnapshot, type SpreadsheetSnapshot } from './snapshot';
import { spreadsheetAppFacade } from './spreadsheet-app';
import { assertTimeZone } from './time-zone';
import type { UiLog } from './ui-log';
import { Users } from './users';
import { EmulatedUtilities } from './utilities';
import { Workbook, type CellErrorInfo } from './workbook';
import type { CustomFunctionSet } from './custom-function';
import { facadeTable } from './facade-table';
import { formulaAtOffset } from './custom-formula';

export interface EmulatorOptions<Context = unknown> {
  /** The custom functions formulas may call, and the context each call gets from the locale; none when omitted. */
  customFunctions?: CustomFunctionSet<Context>;
  /** The owner, and the first active user. 'owner@example.com' when omitted. */
  owner?: string;
  /** The spreadsheet's locale (File → Settings); 'en_US' when omitted. Custom functions get it through `customFunctions.contextFor`. */
  locale?: string;
  /** The owner's own locale (Session.getActiveUserLocale); the spreadsheet's language when omitted. */
  userLocale?: string;
  /** The spreadsheet's and the script's time zone; 'Etc/UTC' when omitted. */
  timeZone?: string;
  /** HTML files by name ('Sidebar' or 'Sidebar.html') for HtmlService.createHtmlOutputFromFile. */
  files?: Record<string, string>;
  /** The spreadsheet's name; 'Untitled spreadsheet' when omitted. */
  name?: string;
  /** The spreadsheet's id; a fixed emulator id when omitted. */
  id?: string;
  /** The file lives in a shared drive: `getOwner()` is null, and `owner` stands for the drive's managers. */
  inSharedDrive?: boolean;
}

/** A trigger as plain data, with its owner. */
export type TriggerSnapshot = TriggerData;

export interface Emulator {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  /** Only the enums (ChartType, Position), for `sheet.newChart().setChartType(Charts.ChartType.LINE)`. */
  readonly Charts: GoogleAppsScript.Charts.Charts;
  readonly Logger: GoogleAppsScript.Base.Logger;

  /** Installs the services as globals, as Apps Script has them; returns a function that puts back what was there. */
  installGlobals(target?: object): () => void;

  /** Service calls, per `Class.method` and in total; `calls.reset()` before the part you measure. */
  readonly calls: CallCounter;
  /** Menus, sidebars, dialogs, alerts, prompts and toasts the server showed; queues answers for alerts and prompts. */
  readonly ui: UiLog;
  /** The emails Google would have sent to people the spreadsheet was shared with . */
  readonly sharingEmails: readonly SharingEmail[];

  readonly owner: string;
  readonly activeUser: string;
  /** Runs what follows as another user (who becomes an editor of the spreadsheet). */
  setActiveUser(email: string, options?: { locale?: string; emailHidden?: boolean }): void;
  /** These addresses have no Google account: `addEditor` and `Protection.addEditor` refuse them. */
  withoutGoogleAccount(...emails: string[]): void;
  /** 'NONE' refuses what Apps Script refuses in onOpen without authorization (properties, spreadsheet data). */
  setAuthMode(mode: AuthModeName | GoogleAppsScript.Script.AuthMode): void;

  /** Another execution takes the document lock (say, a second build); call the returned function to let it go. */
  holdDocumentLockAsAnotherExecution(): () => void;
  holdLockAsAnotherExecution(scope: LockScope): () => void;
  /** Ends the current execution as Apps Script does: the locks it still holds are released. */
  endExecution(): void;

  /** One sheet as plain data; throws for a sheet that does not exist. */
  snapshot(sheetName: string): SheetSnapshot;
  /** The whole spreadsheet as plain data. */
  spreadsheetSnapshot(): SpreadsheetSnapshot;
  /** The error a cell shows and its message ("CPL: cost, row 3: …"), or null for a cell without an error. */
  cellError(sheetName: string, a1: string): CellErrorInfo | null;
  /** Every installable trigger, of every user. */
  triggers(): TriggerSnapshot[];
  /**
   * Whether a custom formula (of a validation or a conditional format set
   * on a range whose first cell is `anchor`) holds at `cell`: its relative
   * references moved by the cell's offset, as Sheets reads them, and the
   * result TRUE. Not part of Apps Script: the preview paints and checks
   * custom-formula rules with it.
   */
  customFormulaHolds(sheetName: string, formula: string, anchor: CellPoint, cell: CellPoint): boolean;
}

/** A cell, 1-based. */
export interface CellPoint {
  row: number;
  column: number;
}

const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'Session',
  'ScriptApp',
  'Utilities',
  'Charts',
  'Logger',
] as const;

/** The language part of a locale: 'ru_RU' → 'ru'. */
function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0] || 'en';
}

export function createEmulator<Context = unknown>(options: EmulatorOptions<Context> = {}): Emulator {
  const owner = options.owner ?? 'owner@example.com';
  const locale = options.locale ?? 'en_US';
  const timeZone = options.timeZone ?? 'Etc/UTC';
  assertTimeZone(timeZone);
  const workbook = new Workbook({
    id: options.id ?? '1EmuLatedSpreadsheetId0000000000000000000000',
    name: options.name ?? 'Untitled spreadsheet',
    locale,
    timeZone,
    customFunctions: options.customFunctions,
  });
  const users = new Users(owner, options.userLocale ?? languageOf(locale));
  const runtime = new EmulatorRuntime(workbook, users, { ...options.files }, facadeTable);
  runtime.inSharedDrive = options.inSharedDrive ?? false;
  const locks = new LockTable();
  const triggerStore = new TriggerStore();

  const services = {
    SpreadsheetApp: spreadsheetAppFacade(runtime),
    PropertiesService: asAppsScript<GoogleAppsScript.Properties.PropertiesService>(
      runtime.expose(new EmulatedPropertiesService(runtime, new PropertyStores()), 'PropertiesService'),
    ),
    LockService: asAppsScript<GoogleAppsScript.Lock.LockService>(
      runtime.expose(new EmulatedLockService(runtime, locks), 'LockService'),
    ),
    HtmlService: asAppsScript<GoogleAppsScript.HTML.HtmlService>(
      runtime.expose(new EmulatedHtmlService(runtime), 'HtmlService'),
    ),
    Session: asAppsScript<GoogleAppsScript.Base.Session>(
      runtime.expose(new EmulatedSession(runtime, timeZone), 'Session'),
    ),
    ScriptApp: asAppsScript<GoogleAppsScript.Script.ScriptApp>(
      runtime.expose(new EmulatedScriptApp(runtime, triggerStore), 'ScriptApp'),
    ),
    Utilities: asAppsScript<GoogleAppsScript.Utilities.Utilities>(runtime.expose(new EmulatedUtilities(), 'Utilities')),
    Charts: asAppsScript<GoogleAppsScript.Charts.Charts>({ ChartType, Position: ChartPosition }),
    Logger: asAppsScript<GoogleAppsScript.Base.Logger>(runtime.expose(new EmulatedLogger(), 'Logger')),
  };

  const sheetNamed = (sheetName: string) => {
    const record = workbook.sheetByName(sheetName);
    if (!record) throw new Error(`No sheet named "${sheetName}"`);
    return record;
  };

  return {
    ...services,
    calls: runtime.calls,
    ui: runtime.ui,
    sharingEmails: runtime.sharingEmails,
    owner,
    get activeUser() {
      return users.active;
    },

    installGlobals(target: object = globalThis) {
      const host = target as Record<string, unknown>;
      const previous = GLOBAL_NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(host, name)] as const);
      for (const name of GLOBAL_NAMES) {
        Object.defineProperty(host, name, {
          value: services[name],
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
      return () => {
        for (const [name, descriptor] of previous) {
          if (descriptor) Object.defineProperty(host, name, descriptor);
          else delete host[name];
        }
      };
    },

    setActiveUser(email, userOptions) {
      users.switchTo(email, userOptions?.locale);
      if (userOptions?.emailHidden) users.hideEmailOf(email);
    },

    withoutGoogleAccount(...emails) {
      for (const email of emails) users.markWithoutGoogleAccount(email);
    },

    setAuthMode(mode) {
      const name = enumName(mode);
      if (!['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'].includes(name)) throw new Error(`Unknown AuthMode ${name}`);
      runtime.authMode = name as AuthModeName;
    },

    holdDocumentLockAsAnotherExecution() {
      return locks.holdAsAnotherExecution(lockKey('document', users.active));
    },

    holdLockAsAnotherExecution(scope) {
      return locks.holdAsAnotherExecution(lockKey(scope, users.active));
    },

    endExecution() {
      locks.releaseAllOfThisExecution();
    },

    snapshot(sheetName) {
      return sheetSnapshot(runtime, sheetNamed(sheetName));
    },

    spreadsheetSnapshot() {
      return spreadsheetSnapshot(runtime);
    },

    cellError(sheetName, a1) {
      const record = sheetNamed(sheetName);
      const { startRow, startColumn } = parseA1(a1);
      if (startRow === undefined || startColumn === undefined) throw new Error(`Not a cell: ${a1}`);
      return workbook.cellError(record.sheetId, startRow, startColumn);
    },

    triggers() {
      return triggerStore.triggers.map((trigger) => ({ ...trigger, schedule: { ...trigger.schedule } }));
    },

    customFormulaHolds(sheetName, formula, anchor, cell) {
      const record = sheetNamed(sheetName);
      const moved = formulaAtOffset(formula, { rows: cell.row - anchor.row, columns: cell.column - anchor.column });
      // Only TRUE satisfies a rule here: the stricter reading (docs/emulator.md, "Custom formulas in the preview").
      return moved !== null && workbook.evaluateOnSheet(record.sheetId, moved) === true;
    },
  };
}
