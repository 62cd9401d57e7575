/**
 * The contract between the sidebar and the server: every function the
 * sidebar calls through `google.script.run`, with what it sends and gets.
 * `google.script.run` carries only primitives, arrays and plain objects (no
 * Date), so every type here is plain data. Payloads typed `unknown` are
 * validated by the server with the schemas in src/shared.
 */
import type { Lang } from '../core/i18n/lang';
import type { TeamSettings } from './team-settings';
import type { Currency, TemplateSettings } from './template-settings';
import type { ImportSources } from './import-sources';
import type { SavedColumnMapping } from '../core/import/saved-mappings';
import type { VatChoice } from '../core/kpi-import/vat';

export interface SidebarState {
  /** The user's own language for the sidebar (user properties, else their locale). */
  userLang: Lang;
  /** The template every collaborator shares (document properties), or defaults if none is saved yet. */
  settings: TemplateSettings;
  /** Whether the settings came from the document (false: defaults, not saved yet). */
  settingsSaved: boolean;
  kpiTabExists: boolean;
  /** The "Team & roles" section's data, so the sidebar opens with one call. */
  team: TeamState;
  /** The "Share with the team" section's data. */
  sharing: ShareState;
  /** The "Import data" section's data: the import log and the team's Sources table. */
  dataImport: DataImportState;
}

/** What an action did, in the user's language, for the sidebar's success state. */
export interface ActionResult {
  message: string;
  details: string[];
}

/** The team as the "Team & roles" section shows it. */
export interface TeamState {
  /** The team every collaborator shares (document properties), or the default four roles if none is saved yet. */
  team: TeamSettings;
  /** Whether the team came from the document (false: defaults, not saved yet). */
  teamSaved: boolean;
  /** The spreadsheet's currency, for the monthly-cost fields. */
  currency: Currency;
  rolesTabExists: boolean;
}

/** One thing to put right in the matrix: what, and a short word on why it matters. */
export interface MatrixFinding {
  text: string;
  why: string;
}

/** The Roles tab's checks for the sidebar: the same rules and words as the tab's own RACI_CHECK, ROLE_LOAD and STAFFING_CHECK. */
export interface MatrixFindings {
  rolesTabExists: boolean;
  /** One line over the list: all in order, how many to put right, or "build the matrix first". */
  summary: string;
  findings: MatrixFinding[];
  /** The tab lost a part the add-on keeps there (the summary names it): the sidebar offers restoreRolesTab. */
  restorable?: boolean;
}

/** One person of the team, as "Share with the team" lists them. */
export interface SharePerson {
  id: string;
  name: string;
  /** Blank when the team has none for them: they cannot be shared with. */
  email: string;
  roleName: string;
  /** Has the head role: may change the structure once shared. */
  isHead: boolean;
  /** Already an editor of the spreadsheet (its owner included). */
  hasAccess: boolean;
}

export interface ShareState {
  /** Shared with the team: the structure is locked to the heads and the owner. */
  shared: boolean;
  /** The people of the saved team, in its order. */
  people: SharePerson[];
  /** The spreadsheet's `/copy` address, for a team that wants its own copy of the template. */
  copyUrl: string;
  /** The person using the sidebar is the owner or a head (with their email in the team): they may share. */
  canShare: boolean;
  /** They may change the template: anyone before sharing, the owner and the heads after. */
  canChangeStructure: boolean;
  /**
   * The address Google gives the add-on for the person using the sidebar
   * (`Session.getActiveUser().getEmail()`): blank when Google does not tell
   * it. Shown, so a person whose team entry is an alias sees which address counts.
   */
  activeEmail: string;
  /** Shared, and Sheets lets them edit every locked range (the owner, a head, a shared drive's manager): they may release the lock. */
  canReleaseLock: boolean;
}

/** The template as a file, for the sidebar to show, copy and download. */
export interface TemplateExport {
  /** The file's text (JSON). */
  json: string;
  fileName: string;
  message: string;
  details: string[];
}

/** What importing a file would change, worded for the user; nothing has changed yet. */
export interface ImportPreview {
  summary: string;
  sections: { title: string; lines: string[] }[];
  /** Handed back to `applyImport`: it applies the file only over the template this preview saw. */
  confirmation: string;
}

/** One KPI cell an import would change, worded for the person. */
export interface DataImportCell {
  /** `month|channel|field`: what the sidebar sends back to replace a cell typed by hand. */
  key: string;
  month: string;
  channelName: string;
  fieldName: string;
  before: string;
  after: string;
  /** Rows of the files counted into the cell. */
  rows: number;
  /** Typed by hand: kept unless the person ticks it. */
  typed: boolean;
}

/** What an import would change on the KPI tab; nothing has changed yet. */
export interface DataImportPreview {
  summary: string;
  details: string[];
  cells: DataImportCell[];
}

/** One import of the log, newest first. */
export interface DataImportLogEntry {
  id: string;
  /** ISO time. */
  at: string;
  by: string;
  files: string;
  changed: number;
  undone: boolean;
  /** The one entry that can be undone now. */
  undoable: boolean;
}

/** A tab of the spreadsheet a person may import from (not one of the add-on's own). */
export interface ImportTab {
  id: number;
  name: string;
}

/** A tab's cells as text (numbers with a dot decimal, dates as 'yyyy-MM-dd HH:mm:ss' on the spreadsheet's clock). */
export interface ImportTabCells {
  id: number;
  name: string;
  rows: string[][];
}

export interface DataImportState {
  log: DataImportLogEntry[];
  /** The Sources → channels rules and qualified stages the team keeps (see SourcesSettings). */
  sources: ImportSources;
  /** Whether the team saved its own table (false: the defaults). */
  sourcesSaved: boolean;
  /** The column mappings the team saved by name, newest first (offered to a file with the same columns). */
  mappings: SavedColumnMapping[];
  /** Source → the last answer to the VAT question for its spend (offered again for its next export). */
  vat: Record<string, VatChoice>;
}
