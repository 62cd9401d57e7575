/**
 * The contract between the sidebar and the server, declared once: every
 * function the sidebar calls through `google.script.run`, its parameters and
 * its handler. The sidebar's client type (`ServerApi`) is inferred from this
 * object and the Apps Script entry points are generated from it, so a renamed
 * function, a parameter more or fewer, or a changed result fails `tsc`.
 * `google.script.run` carries only plain data (no Date); payloads typed
 * `unknown` are checked by their handler with the schemas in src/shared.
 */
import { reportRequestSchema } from '../shared/report-request';
import { exportOptionsSchema } from '../shared/export-options';
import { renameMappingRequestSchema } from '../shared/column-mappings';
import { dataImportRequestSchema } from '../shared/data-import-request';
import { importSourcesSchema } from '../shared/import-sources';
import { shareRequestSchema } from '../shared/share-request';
import { teamSettingsSchema } from '../shared/team-settings';
import { checkedCall, entryPointCall } from './entry-point-spec';
import { buildKpiTemplate, fillSampleData } from './actions/kpi-template-actions';
import { getSidebarState, saveSettings, setUserLang } from './actions/sidebar-state-actions';
import {
  buildResponsibilityMatrix,
  getMatrixFindings,
  getTeamState,
  restoreRolesTab,
  saveTeam,
} from './actions/team-actions';
import { generateMonthlyReport, getReportOptions } from './actions/report-actions';
import { shareWithTeam } from './actions/share-actions';
import { applyImport, exportTemplate, previewImport } from './actions/transfer-actions';
import { releaseStructureLock } from './actions/release-lock-actions';
import {
  applyDataImport,
  getDataImportState,
  getImportReader,
  getImportTabCells,
  getImportTabs,
  previewDataImport,
  saveImportSources,
  undoDataImport,
} from './actions/data-import-actions';
import { deleteColumnMapping, renameColumnMapping, saveColumnMapping } from './actions/column-mapping-actions';

/** A function, so the object is made only by an execution that calls one of them (a custom-function call never does). */
export const sidebarCalls = () => ({
  getSidebarState: entryPointCall(getSidebarState, [], "Sidebar: the template settings and the user's language."),
  setUserLang: entryPointCall(setUserLang, ['lang'], "Sidebar: saves the user's sidebar language."),
  saveSettings: entryPointCall(saveSettings, ['settings'], 'Sidebar: checks and saves the template settings.'),
  buildKpiTemplate: entryPointCall(
    buildKpiTemplate,
    ['settings'],
    'Sidebar: saves the settings and builds or updates the KPI tab.',
  ),
  fillSampleData: entryPointCall(fillSampleData, [], 'Sidebar: fills an empty KPI tab with a sample year.'),
  getTeamState: entryPointCall(getTeamState, [], 'Sidebar: the team, its roles and the matrix settings.'),
  saveTeam: checkedCall(saveTeam, ['team'], 'Sidebar: checks and saves the team.', [teamSettingsSchema]),
  buildResponsibilityMatrix: checkedCall(
    buildResponsibilityMatrix,
    ['team'],
    'Sidebar: saves the team and builds or updates the Roles and Team tabs.',
    [teamSettingsSchema],
  ),
  getMatrixFindings: entryPointCall(
    getMatrixFindings,
    [],
    "Sidebar: the Roles tab's checks, each with a short explanation.",
  ),
  /** Puts back the Roles tab's parts a person deleted, keeping every other cell; says what came back, after checking. */
  restoreRolesTab: entryPointCall(
    restoreRolesTab,
    [],
    "Sidebar: puts back the Roles tab's parts a person deleted, keeping every other cell.",
  ),
  /** The months a monthly report can be made for, the default one, and those already reported. */
  getReportOptions: entryPointCall(
    getReportOptions,
    [],
    'Sidebar: months to report on, the default month, months already reported.',
  ),
  /** Writes the report tab of a month; `request` is a ReportRequest, checked by the server. */
  generateMonthlyReport: checkedCall(
    generateMonthlyReport,
    ['request'],
    'Sidebar: writes the monthly report tab of a month.',
    [reportRequestSchema],
  ),
  /** Makes the chosen people of the team editors and locks the structure to the heads and the owner; `request` is a ShareRequest. */
  shareWithTeam: checkedCall(
    shareWithTeam,
    ['request'],
    'Sidebar: makes the chosen people of the team editors and locks the structure to the heads and the owner.',
    [shareRequestSchema],
  ),
  /** Releases the structure lock sharing made (the owner, a head or a shared drive's manager, as Sheets lets them edit the locked ranges). */
  releaseStructureLock: entryPointCall(
    releaseStructureLock,
    [],
    "Sidebar: releases the structure lock sharing made (the owner, a head or a shared drive's manager).",
  ),
  /** The saved template as a file; `options` is ExportOptions (people's emails only when asked). */
  exportTemplate: checkedCall(exportTemplate, ['options'], 'Sidebar: the saved template as a JSON file.', [
    exportOptionsSchema,
  ]),
  /** Reads a pasted file and says what importing it would change; changes nothing. */
  previewImport: entryPointCall(
    previewImport,
    ['json'],
    'Sidebar: what importing a template file would change; changes nothing.',
  ),
  /** Applies the file, if `confirmation` is the one its preview gave, and rebuilds the tabs. */
  applyImport: entryPointCall(
    applyImport,
    ['json', 'confirmation'],
    'Sidebar: imports a template file the user saw previewed, and rebuilds the tabs.',
  ),
  /** The reader of export files (the import core with its CSV parser), as script text the sidebar runs when it is first needed. */
  getImportReader: entryPointCall(
    getImportReader,
    [],
    'Sidebar: the export reader (CSV parser and import core) it runs when a person first imports data.',
  ),
  /** The spreadsheet's tabs a person may import from (not the add-on's own). */
  getImportTabs: entryPointCall(
    getImportTabs,
    [],
    'Sidebar: the tabs of the spreadsheet an export can be imported from.',
  ),
  /** One tab's cells as text (one getValues), read by the sidebar's import core like a file. */
  getImportTabCells: entryPointCall(
    getImportTabCells,
    ['tabId'],
    "Sidebar: one tab's cells as text, for importing an export a person put into the spreadsheet.",
  ),
  /** The import log and the team's sources table. */
  getDataImportState: entryPointCall(
    getDataImportState,
    [],
    "Sidebar: the data import log and the team's Sources → channels table.",
  ),
  /** What importing the files' figures would change; changes nothing. `request` is a DataImportRequest. */
  previewDataImport: checkedCall(
    previewDataImport,
    ['request'],
    "Sidebar: what importing the exports' figures would change on the KPI tab; changes nothing.",
    [dataImportRequestSchema],
  ),
  /** Writes the figures into the KPI tab (a person's cells only where ticked) and records the import. */
  applyDataImport: checkedCall(
    applyDataImport,
    ['request'],
    "Sidebar: writes the exports' figures into the KPI tab (cells typed by hand only where ticked) and logs the import.",
    [dataImportRequestSchema],
  ),
  /** Undoes the latest import: restores the cells it wrote that nobody edited since. */
  undoDataImport: entryPointCall(
    undoDataImport,
    ['id'],
    'Sidebar: undoes the latest data import, restoring the cells nobody edited since.',
  ),
  /** Saves the team's Sources → channels table and qualified stages; `sources` is ImportSources. */
  saveImportSources: checkedCall(
    saveImportSources,
    ['sources'],
    "Sidebar: saves the team's Sources → channels table and qualified stages.",
    [importSourcesSchema],
  ),
  /** Saves a column mapping under its name; `mapping` is { name, header, columns }. */
  saveColumnMapping: entryPointCall(
    saveColumnMapping,
    ['mapping'],
    'Sidebar: saves a column mapping under a name, for the next file with the same columns.',
  ),
  /** Renames a saved column mapping; `request` is { name, newName }. */
  renameColumnMapping: checkedCall(renameColumnMapping, ['request'], 'Sidebar: renames a saved column mapping.', [
    renameMappingRequestSchema,
  ]),
  /** Deletes the saved column mapping named `name`. */
  deleteColumnMapping: entryPointCall(deleteColumnMapping, ['name'], 'Sidebar: deletes a saved column mapping.'),
});

type SidebarCalls = ReturnType<typeof sidebarCalls>;

/**
 * What the sidebar may call, with what it sends and gets: inferred from the handlers themselves, and for a
 * call declared with its payload schemas (`checkedCall`), what it sends from the schemas.
 */
export type ServerApi = { [K in keyof SidebarCalls]: SidebarApiOf<SidebarCalls[K]> };

type SidebarApiOf<C> = C extends { run: (...args: infer Args) => infer Result; sent?: infer Sent }
  ? NonNullable<Sent> extends infer Payloads extends readonly unknown[]
    ? (...args: Payloads) => Result
    : (...args: Args) => Result
  : never;
export type ServerFunctionName = keyof ServerApi;
