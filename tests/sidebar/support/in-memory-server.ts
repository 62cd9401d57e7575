/**
 * A small server behind the ServerApi contract, for driving the sidebar in
 * tests: it keeps the user's language, the saved settings and whether the
 * KPI tab exists, checks payloads with the shared schema like the real
 * server, and can be told to fail or to hold its answers.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { CallServer } from '../../../src/sidebar/api';
import type {
  ActionResult,
  DataImportPreview,
  DataImportState,
  ImportTab,
  ImportTabCells,
  ImportPreview,
  MatrixFindings,
  ShareState,
  SidebarState,
  TeamState,
  TemplateExport,
} from '../../../src/shared/server-api';
import type { ServerApi } from '../../../src/server/sidebar-calls';
import { exportOptionsSchema } from '../../../src/shared/export-options';
import { parse } from '../../../src/shared/schema';
import { importChanges } from '../../../src/core/template-transfer/import-changes';
import { importConfirmation } from '../../../src/core/template-transfer/import-confirmation';
import { importPreviewText } from '../../../src/core/template-transfer/import-preview-text';
import { readTemplateDocument } from '../../../src/shared/read-template-document';
import {
  incomingTeam,
  templateDocumentOf,
  templateDocumentText,
} from '../../../src/core/template-transfer/template-document-of';
import { shareRequestSchema } from '../../../src/shared/share-request';
import { defaultTeamSettings, teamSettingsSchema, type TeamSettings } from '../../../src/shared/team-settings';
import { UserFacingError } from '../../../src/server/user-facing-error';
import { reportRequestSchema, type ReportOptions } from '../../../src/shared/report-request';
import {
  defaultTemplateSettings,
  templateSettingsSchema,
  type TemplateSettings,
} from '../../../src/shared/template-settings';
import { defaultImportSources, importSourcesSchema, type ImportSources } from '../../../src/shared/import-sources';
import {
  mappingNameSchema,
  renameMappingRequestSchema,
  savedColumnMappingSchema,
} from '../../../src/shared/column-mappings';
import {
  renameSavedMapping,
  withoutSavedMapping,
  withSavedMapping,
  type SavedColumnMapping,
} from '../../../src/core/import/saved-mappings';

export class InMemoryServer implements ServerApi {
  userLang: Lang = 'en';
  settings: TemplateSettings | null = null;
  kpiTabExists = false;
  team: TeamSettings | null = null;
  rolesTabExists = false;
  shared = false;
  canShare = true;
  /** What Google tells the add-on about the person using the sidebar ('' when it does not). */
  activeEmail = 'owner@example.com';
  /** Whether Sheets would let them edit every locked range. */
  canReleaseLock = true;
  /** Emails of the spreadsheet's editors. */
  editors: string[] = [];
  /** What getMatrixFindings answers once the Roles tab exists. */
  findings: MatrixFindings['findings'] = [];
  /** The Roles tab lost a part: findings say so, and restoreRolesTab puts it back. */
  rolesTabLostPart = false;
  reportMonths: string[] = ['2026-03', '2026-02', '2026-01'];
  defaultReportMonth: string | null = '2026-03';
  editedReports: string[] = [];
  existingReports = new Set<string>();

  importSources: ImportSources | null = null;
  /** The saved column mappings, newest first, changed by the same core functions as the real server's. */
  mappings: SavedColumnMapping[] = [];
  /** Source → the last VAT answer, as the real server keeps it in the ledger. */
  vat: Record<string, { included: boolean; rate: number }> = {};

  /** The data import runs on the emulator in tests/server and tests/e2e; here only its state is kept. */
  getImportReader(): string {
    throw new Error('the in-memory server has no import reader');
  }

  getDataImportState(): DataImportState {
    return {
      log: [],
      sources: this.importSources ?? defaultImportSources(),
      sourcesSaved: this.importSources !== null,
      mappings: this.mappings,
      vat: this.vat,
    };
  }

  getImportTabs(): ImportTab[] {
    return [];
  }

  getImportTabCells(_tabId: unknown): ImportTabCells {
    throw new Error('the in-memory server has no tabs to import from');
  }

  previewDataImport(): DataImportPreview {
    throw new Error('the in-memory server does not import data');
  }

  applyDataImport(): ActionResult {
    throw new Error('the in-memory server does not import data');
  }

  undoDataImport(): ActionResult {
    throw new Error('the in-memory server does not import data');
  }

  saveImportSources(sources: unknown): DataImportState {
    this.importSources = parse(importSourcesSchema(), sources);
    return this.getDataImportState();
  }

  saveColumnMapping(mapping: unknown): DataImportState {
    this.mappings = withSavedMapping(this.mappings, parse(savedColumnMappingSchema(), mapping));
    return this.getDataImportState();
  }

  renameColumnMapping(request: unknown): DataImportState {
    const { name, newName } = parse(renameMappingRequestSchema(), request);
    const renamed = renameSavedMapping(this.mappings, name, newName);
    if (!renamed.ok) throw new UserFacingError(`Cannot rename «${name}»: ${renamed.reason}`);
    this.mappings = renamed.saved;
    return this.getDataImportState();
  }

  deleteColumnMapping(name: unknown): DataImportState {
    this.mappings = withoutSavedMapping(this.mappings, parse(mappingNameSchema(), name)) ?? this.mappings;
    return this.getDataImportState();
  }

  getSidebarState(): SidebarState {
    const settings = this.settings ?? defaultTemplateSettings(this.userLang, 2026);
    return {
      userLang: this.userLang,
      settings,
      settingsSaved: this.settings !== null,
      kpiTabExists: this.kpiTabExists,
      team: this.getTeamState(),
      sharing: this.getShareState(),
      dataImport: this.getDataImportState(),
    };
  }

  getShareState(): ShareState {
    const people = this.team?.people ?? [];
    const roleNames = new Map((this.team?.roles ?? []).map((role) => [role.id, role.name]));
    return {
      shared: this.shared,
      people: people.map((person) => ({
        id: person.id,
        name: person.name,
        email: person.email,
        roleName: roleNames.get(person.roleId) ?? person.roleId,
        isHead: person.roleId === 'head',
        hasAccess: this.editors.includes(person.email),
      })),
      copyUrl: 'https://docs.google.com/spreadsheets/d/in-memory/copy',
      canShare: this.canShare,
      canChangeStructure: !this.shared || this.canShare,
      activeEmail: this.activeEmail,
      canReleaseLock: this.shared && this.canReleaseLock,
    };
  }

  /** Export, preview and import through the real core, over this server's settings and team (no matrix). */
  exportTemplate(options: unknown): TemplateExport {
    const { includeEmails } = parse(exportOptionsSchema(), options);
    const settings = this.settings ?? defaultTemplateSettings(this.userLang, 2026);
    const team = this.team ?? defaultTeamSettings(settings.sheetLang);
    return {
      json: templateDocumentText(templateDocumentOf({ settings, team, matrix: null }, includeEmails)),
      fileName: 'marketing-kpi-template.json',
      message: 'Template exported.',
      details: [includeEmails ? 'With emails.' : 'Without emails.'],
    };
  }

  previewImport(json: unknown): ImportPreview {
    const incoming = this.incoming(json);
    const current = { settings: this.settings, team: this.team, matrix: null };
    return {
      ...importPreviewText(importChanges(current, incoming, 0), this.userLang),
      confirmation: importConfirmation(current, incoming),
    };
  }

  applyImport(json: unknown, confirmation: unknown): ActionResult {
    const incoming = this.incoming(json);
    if (confirmation !== importConfirmation({ settings: this.settings, team: this.team, matrix: null }, incoming))
      throw new UserFacingError('The template or the file changed since the preview.');
    this.settings = incoming.settings;
    this.team = incoming.team;
    this.kpiTabExists = true;
    this.rolesTabExists = true;
    return { message: 'Template imported.', details: [] };
  }

  private incoming(json: unknown) {
    const reading = readTemplateDocument(json, this.userLang);
    if (!reading.ok) throw new UserFacingError(reading.message);
    return { settings: reading.document.settings, team: incomingTeam(reading.document, this.team), matrix: null };
  }

  shareWithTeam(request: unknown): ActionResult {
    const { personIds } = parse(shareRequestSchema(), request);
    const chosen = (this.team?.people ?? []).filter((person) => personIds.includes(person.id) && person.email !== '');
    this.editors.push(...chosen.map((person) => person.email));
    this.shared = true;
    return { message: `Shared with ${chosen.length}.`, details: ['The structure is protected.'] };
  }

  releaseStructureLock(): ActionResult {
    if (!this.shared) return { message: 'The structure is not locked.', details: [] };
    if (!this.canReleaseLock) throw new UserFacingError('Only the owner can release the lock.');
    this.shared = false;
    return { message: 'The structure lock is released.', details: [] };
  }

  getTeamState(): TeamState {
    const settings = this.settings ?? defaultTemplateSettings(this.userLang, 2026);
    return {
      team: this.team ?? defaultTeamSettings(settings.sheetLang),
      teamSaved: this.team !== null,
      currency: settings.currency,
      rolesTabExists: this.rolesTabExists,
    };
  }

  saveTeam(team: unknown): SidebarState {
    this.team = parse(teamSettingsSchema(), team);
    return this.getSidebarState();
  }

  buildResponsibilityMatrix(team: unknown): ActionResult {
    this.saveTeam(team);
    this.rolesTabExists = true;
    return { message: 'Roles tab built.', details: [`${this.team?.roles.length ?? 0} columns`] };
  }

  getMatrixFindings(): MatrixFindings {
    if (!this.rolesTabExists)
      return { rolesTabExists: false, summary: 'Build the responsibility matrix first.', findings: [] };
    if (this.rolesTabLostPart)
      return { rolesTabExists: true, summary: 'The Roles tab has lost «Check».', findings: [], restorable: true };
    const summary = this.findings.length === 0 ? 'All in order.' : `To put right: ${this.findings.length}`;
    return { rolesTabExists: true, summary, findings: this.findings };
  }

  restoreRolesTab(): ActionResult {
    if (!this.rolesTabLostPart) return { message: 'Nothing to restore.', details: [] };
    this.rolesTabLostPart = false;
    return { message: 'Roles tab restored: 1 part put back («Check»).', details: [] };
  }

  setUserLang(lang: unknown): SidebarState {
    if (lang !== 'en' && lang !== 'ru') throw new Error('Unknown language');
    this.userLang = lang;
    return this.getSidebarState();
  }

  saveSettings(settings: unknown): SidebarState {
    this.settings = parse(templateSettingsSchema(), settings);
    return this.getSidebarState();
  }

  buildKpiTemplate(settings: unknown): ActionResult {
    this.saveSettings(settings);
    this.kpiTabExists = true;
    return {
      message: 'The KPI tab is ready.',
      details: [`${this.settings?.channels.length ?? 0} channels`, '12 months'],
    };
  }

  fillSampleData(): ActionResult {
    if (!this.kpiTabExists) throw new UserFacingError('Build the KPI tab first.');
    return { message: 'Sample data added.', details: ['120 rows'] };
  }

  getReportOptions(): ReportOptions {
    return {
      months: [...this.reportMonths],
      defaultMonth: this.defaultReportMonth,
      preselected: this.defaultReportMonth,
      existingReports: [...this.existingReports].sort().reverse(),
      editedReports: [...this.editedReports],
    };
  }

  generateMonthlyReport(request: unknown): ActionResult {
    const { month, replaceExisting } = parse(reportRequestSchema(), request);
    if (this.existingReports.has(month) && !replaceExisting) {
      throw new UserFacingError(
        `A report for ${month} already exists (tab "Report ${month}"). Choose to replace it to write it again.`,
      );
    }
    const replaced = this.existingReports.has(month);
    this.existingReports.add(month);
    return {
      message: replaced
        ? `The report for ${month} was replaced.`
        : `The report for ${month} is on the tab "Report ${month}".`,
      details: ['3 channels: 1 to scale, 1 to drop or rework.'],
    };
  }
}

export interface ServerCall {
  name: keyof ServerApi;
  args: unknown[];
}

/**
 * A CallServer over the in-memory server. `hold()` keeps answers back until
 * `release()`, to look at the sidebar while it is busy; `failNext` makes the
 * next call of a function throw what the real google.script.run would pass
 * to the failure handler.
 */
export function connect(server: ServerApi) {
  const calls: ServerCall[] = [];
  const failures = new Map<keyof ServerApi, unknown>();
  let held: (() => void)[] | null = null;

  const callServer = ((name: keyof ServerApi, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      calls.push({ name, args: structuredClone(args) });
      const answer = () => {
        const failure = failures.get(name);
        if (failures.delete(name)) return reject(failure);
        try {
          // Payloads travel as plain data both ways, as through google.script.run.
          const method = server[name] as (...payload: unknown[]) => unknown;
          resolve(structuredClone(method.apply(server, structuredClone(args))));
        } catch (error) {
          reject(error);
        }
      };
      if (held) held.push(answer);
      else queueMicrotask(answer);
    })) as unknown as CallServer;

  return {
    callServer,
    calls,
    callNames: () => calls.map((call) => call.name),
    failNext(name: keyof ServerApi, failure: unknown) {
      failures.set(name, failure);
    },
    hold() {
      held = [];
    },
    release() {
      const answers = held ?? [];
      held = null;
      answers.forEach((answer) => answer());
    },
  };
}
