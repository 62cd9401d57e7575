/**
 * What GET /api/snapshot sends the preview page: the emulated spreadsheet
 * and what the add-on showed (menus, toasts, alerts, the sidebar), as plain
 * JSON. Shared by the server and the page.
 */
import type { Lang } from '../../src/core/i18n/lang';
import type { AlertRecord, MenuRecord, SheetSnapshot, ToastRecord } from 'sheets-emulator';

/**
 * What the server found of a sheet's custom-formula rules, which the page
 * cannot evaluate (it has no formula engine): cells as "row:column".
 */
export interface CustomFormulaFindings {
  /** Filled cells that break a warning rule's custom-formula validation (its red corner); rejecting rules are checked as a person types. */
  invalid: string[];
  /** Per conditional-format rule (its index in the sheet's list) with a custom formula the page does not read itself: the cells it holds for. */
  matches: Record<number, string[]>;
}

/** A sheet's cells as the page draws them: the emulator's snapshot and what the server evaluated for it. */
export type PreviewSheet = SheetSnapshot & { customFormulas?: CustomFormulaFindings };

/** A sheet as its tab shows it. */
export interface SheetTab {
  name: string;
  sheetId: number;
  hidden: boolean;
  tabColor: string | null;
}

export interface PreviewSnapshot {
  spreadsheet: {
    name: string;
    locale: string;
    /** The sheet the server sees as active: the one a build just created, or the tab the person clicked. */
    activeSheet: string;
    tabs: SheetTab[];
  };
  /**
   * Every cell of the sheets asked for (`GET /api/snapshot?sheet=KPI`, the
   * parameter repeatable) and of the active sheet; of every sheet when none
   * is asked for. The page asks for the one it shows: a spreadsheet with a
   * report and a matrix beside the KPI tab costs no more to redraw.
   */
  sheets: PreviewSheet[];
  menus: MenuRecord[];
  /** Every toast and alert so far, oldest first: the page shows the ones it has not shown yet. */
  toasts: ToastRecord[];
  alerts: AlertRecord[];
  /** The sidebar the server opened last; `opened` counts openings, so the page reloads it on each. */
  sidebar: { title: string; opened: number } | null;
  /** The preview's own language (Sheets' menus and dialogs): the spreadsheet owner's. */
  chromeLang: Lang;
  /** The add-on's name, which Sheets shows for an add-on menu under Extensions. */
  addonName: string;
  /** Whether the preview holds the document lock as a teammate's build would. */
  documentLockHeld: boolean;
}

/** The body of POST /api/cell. */
export interface CellEditRequest {
  sheet: string;
  a1: string;
  /** What the person typed, as typed. */
  input: string;
}

/** The failure JSON of every POST endpoint. */
export interface ErrorResponse {
  error: { name: string; message: string };
}
