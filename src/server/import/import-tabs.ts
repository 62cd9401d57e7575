/**
 * Importing from a tab already in the spreadsheet (a person used
 * File → Import): the tabs that can be read (not the add-on's own), and one
 * tab's cells as text for the import core the sidebar runs. One
 * `getRange(…).getValues()` for the whole tab, never a call per row.
 *
 * getValues, not getDisplayValues: a ru_RU number format shows «1 234,50 ₽»
 * or hides the kopecks, and a date format may spell «5 дек. 2026 г.»; the
 * values are the numbers and the dates themselves (docs/emulator.md,
 * "What importing from a tab relies on"). A date cell comes as a Date, the
 * instant the spreadsheet's clock shows it: it is turned into its ISO day
 * and time on that clock, never on the script's.
 */
import { cellText } from '../../core/import/table-cell-text';
import { isDate } from '../../core/sheet-values';
import { translate, type MessageParams } from '../../core/i18n/catalog';
import { dataImportMessages, type DataImportMessageKey } from '../../core/i18n/data-import-messages';
import type { Lang } from '../../core/i18n/lang';
import { formatNumber } from '../../core/i18n/number-format';
import type { ImportTab, ImportTabCells } from '../../shared/server-api';
import { KPI_ANCHORS } from '../kpi/kpi-tab-location';
import { REPORT_FINGERPRINT_KEY } from '../report/report-fingerprint-store';
import { spreadsheetClock } from '../spreadsheet-dates';
import { UserFacingError } from '../user-facing-error';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The most cells one read hands the sidebar: a year of a big CRM (100 000
 * deals × 10 columns) fits; a tab of millions of cells is a sheet to export
 * as a file (which the sidebar reads in the browser) instead.
 */
const MAX_TAB_CELLS = 1_200_000;

/** A sheet metadata key only the add-on's own tabs carry (the KPI, Roles and Team tabs; report snapshots). */
function isOwnTabKey(key: string): boolean {
  return key === KPI_ANCHORS.tabKey || key === REPORT_FINGERPRINT_KEY;
}

function say(lang: Lang, key: DataImportMessageKey, params?: MessageParams): string {
  return translate(dataImportMessages, lang, key, params);
}

function ownSheetIds(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<number> {
  const ids = new Set<number>();
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const metadata of found) {
    if (!isOwnTabKey(metadata.getKey())) continue;
    const sheet = metadata.getLocation().getSheet();
    if (sheet) ids.add(sheet.getSheetId());
  }
  return ids;
}

/** The tabs a person may import from: every tab but the add-on's own, in the spreadsheet's order. */
export function listImportTabs(): ImportTab[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const own = ownSheetIds(spreadsheet);
  return spreadsheet
    .getSheets()
    .map((sheet) => ({ id: sheet.getSheetId(), name: sheet.getName() }))
    .filter((tab) => !own.has(tab.id));
}

function findTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: number): Sheet | null {
  return spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === id) ?? null;
}

/** One tab's cells as text, for the sidebar's import core. `input` is the tab's sheet id. */
export function readImportTab(input: unknown, lang: Lang): ImportTabCells {
  if (typeof input !== 'number' || !Number.isInteger(input)) throw new UserFacingError(say(lang, 'tab_not_found'));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findTab(spreadsheet, input);
  if (!sheet) throw new UserFacingError(say(lang, 'tab_not_found'));
  const name = sheet.getName();
  if (ownSheetIds(spreadsheet).has(input)) throw new UserFacingError(say(lang, 'tab_is_own', { tab: name }));
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return { id: input, name, rows: [] };
  if (rows * columns > MAX_TAB_CELLS)
    throw new UserFacingError(
      say(lang, 'tab_too_large', { tab: name, cells: rows * columns, limit: formatNumber(MAX_TAB_CELLS, lang) }),
    );
  const values = sheet.getRange(1, 1, rows, columns).getValues();
  let clock: ((date: Date) => string) | null = null;
  const text = (value: unknown): string => {
    if (!isDate(value)) return cellText(value);
    if (Number.isNaN(value.getTime())) return '';
    clock ??= spreadsheetClock(spreadsheet.getSpreadsheetTimeZone());
    return clock(value);
  };
  return { id: input, name, rows: values.map((row) => row.map(text)) };
}
