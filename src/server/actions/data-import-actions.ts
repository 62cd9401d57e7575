/**
 * The sidebar's "Import data" actions: preview what the files' figures
 * change on the KPI tab, write them (a person's cells only where ticked,
 * missing month × channel rows added as the template adds them), keep the
 * log, undo the latest import. The files were read in the sidebar by
 * src/core/import; this side gets month × channel figures, checks them, and
 * writes through the anchored tab's key cells and column metadata.
 */
import { describeCells } from '../../core/anchored/cell-list';
import { changedCells, type CellPlace } from '../../core/anchored/kept-check';
import { translate, type MessageParams } from '../../core/i18n/catalog';
import { dataImportMessages, type DataImportMessageKey } from '../../core/i18n/data-import-messages';
import { formatName } from '../../core/import/format-name';
import type { Lang } from '../../core/i18n/lang';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import { monthInWords } from '../../core/i18n/month-names';
import { formatNumber } from '../../core/i18n/number-format';
import { IMPORT_FIELDS, splitCellKey, type ImportField } from '../../core/kpi-import/import-fields';
import { dealSourcesDiffer, replacedDealSources } from '../../core/kpi-import/deal-source-ledger';
import { undoableEntry, type ImportedFile, type ImportLedger } from '../../core/kpi-import/import-ledger';
import { planKpiImport, type CellState, type ImportBatch, type ImportPlan } from '../../core/kpi-import/plan-import';
import { planUndo, recordImport } from '../../core/kpi-import/record-import';
import { asText } from '../../core/kpi/kpi-tab-plan';
import { isBlank, type SheetsScalar } from '../../core/sheet-values';
import { dataImportRequestSchema, type DataImportFile, type DataImportRequest } from '../../shared/data-import-request';
import { asksVat, netOfVat, type VatChoice } from '../../core/kpi-import/vat';
import { defaultImportSources, importSourcesSchema, type ImportSources } from '../../shared/import-sources';
import type {
  ActionResult,
  DataImportCell,
  DataImportPreview,
  DataImportState,
  ImportTab,
  ImportTabCells,
} from '../../shared/server-api';
import { describeSchemaProblem, type SchemaIssue } from '../../shared/team-issues';
import type { TemplateSettings } from '../../shared/template-settings';
import { readDocumentRecord, writeDocumentText } from '../document-record';
import { withDocumentLock } from '../document-lock';
import { readLedger, ledgerToStore, writeLedgerText } from '../import/import-ledger-store';
import { readSavedMappings } from '../import/column-mapping-store';
import { listImportTabs, readImportTab } from '../import/import-tabs';
import {
  cellPlace,
  cellState,
  readKpiInputCells,
  writeCells,
  writeNotes,
  type KpiInputCells,
} from '../import/kpi-input-cells';
import { planCellNotes } from '../import/import-cell-notes';
import { buildKpiTab } from '../kpi/kpi-tab';
import { readTableGrid } from '../anchored/table-grid';
import { parsePayload } from '../parse-payload';
import { PROPERTY_KEYS } from '../property-keys';
import { assertDocumentPropertiesHold } from '../property-room';
import { readSettings, writeBuiltChannelNames } from '../settings-store';
import { activeUserEmail } from '../sharing/people-of-the-file';
import { authorizeStructureChange } from '../sharing/structure-access';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { checkedCall, entryPointCall } from '../entry-point-spec';

function say(lang: Lang, key: DataImportMessageKey, params?: MessageParams): string {
  return translate(dataImportMessages, lang, key, params);
}

function describeRequestIssue(issue: SchemaIssue, input: unknown, lang: Lang): string {
  const [top, fileIndex, part, figureIndex] = issue.path;
  const files = typeof input === 'object' && input !== null ? (input as { files?: unknown }).files : undefined;
  const file =
    Array.isArray(files) && typeof fileIndex === 'number'
      ? (files[fileIndex] as { name?: unknown } | undefined)
      : undefined;
  const name = typeof file?.name === 'string' ? file.name : '';
  const where =
    top === 'files' && typeof fileIndex === 'number'
      ? part === 'figures' && typeof figureIndex === 'number'
        ? say(lang, 'field_figure', { index: fileIndex + 1, name, figure: figureIndex + 1 })
        : say(lang, 'field_file', { index: fileIndex + 1, name })
      : top === 'overwrite'
        ? say(lang, 'field_overwrite')
        : say(lang, 'field_request');
  const last = issue.path[issue.path.length - 1];
  return `${where}${typeof last === 'string' && last !== top ? ` (${last})` : ''}: ${describeSchemaProblem(issue, input, lang)}`;
}

function parseRequest(input: unknown, lang: Lang): DataImportRequest {
  return parsePayload(dataImportRequestSchema(), input, (issues) =>
    say(lang, 'invalid_request', {
      details: issues.map((issue) => describeRequestIssue(issue, input, lang)).join('; '),
    }),
  );
}

function requireSettings(lang: Lang): TemplateSettings {
  const settings = readSettings();
  if (!settings) throw new UserFacingError(say(lang, 'needs_settings'));
  return settings;
}

/** Figures only for the template's channels and year: anything else is a mapping the sidebar should not have sent. */
function checkAgainstSettings(request: DataImportRequest, settings: TemplateSettings, lang: Lang): void {
  const channels = new Set(settings.channels.map((channel) => channel.id));
  for (const file of request.files) {
    const counted = (file.dealSources ?? []).map((count) => count.month);
    for (const month of [...file.months, ...file.figures.map((figure) => figure.month), ...counted]) {
      if (!month.startsWith(`${settings.year}-`))
        throw new UserFacingError(
          say(lang, 'month_outside_year', { file: file.name, month: monthInWords(month, lang), year: settings.year }),
        );
    }
    const unknown = file.figures.find((figure) => !channels.has(figure.channel));
    if (unknown) throw new UserFacingError(say(lang, 'unknown_channel', { file: file.name, channel: unknown.channel }));
  }
}

/** The file's answer to the VAT question, when the question applies to its format (Metrica's expenses are without VAT). */
function fileVat(file: DataImportFile): VatChoice | null {
  return file.vat && asksVat(file.format) ? { included: file.vat.included, rate: file.vat.rate } : null;
}

function batchesOf(request: DataImportRequest): ImportBatch[] {
  return request.files.map((file) => ({
    source: file.source,
    months: file.months,
    figures: file.figures.map((figure) => {
      const values: Partial<Record<ImportField, number>> = {};
      for (const field of IMPORT_FIELDS) if (figure[field] !== undefined) values[field] = figure[field];
      // The KPI tab keeps spend without VAT, for every source (core/kpi-import/vat.ts).
      const vat = fileVat(file);
      if (vat?.included && values.spend !== undefined) values.spend = netOfVat(values.spend, vat.rate);
      return { month: figure.month, channel: figure.channel, values, rows: figure.rows };
    }),
    ...(file.dealSources ? { dealSources: file.dealSources } : {}),
  }));
}

function planOn(
  cells: KpiInputCells | null,
  ledger: ImportLedger,
  batches: readonly ImportBatch[],
  overwrite: ReadonlySet<string>,
): ImportPlan {
  return planKpiImport(
    ledger,
    batches,
    (month, channel, field) => (cells ? cellState(cells, month, channel, field) : null),
    overwrite,
  );
}

function shownValue(cell: CellState | null | number | '', lang: Lang): string {
  if (cell === null || cell === '') return say(lang, 'preview_blank');
  if (typeof cell === 'number') return formatNumber(cell, lang);
  if (cell.formula !== '') return cell.formula;
  if (isBlank(cell.value)) return say(lang, 'preview_blank');
  return typeof cell.value === 'number' ? formatNumber(cell.value, lang) : String(cell.value);
}

function previewCells(plan: ImportPlan, settings: TemplateSettings, lang: Lang): DataImportCell[] {
  const names = new Map(settings.channels.map((channel) => [channel.id, channel.name]));
  return plan.cells.map((cell) => ({
    key: cell.key,
    month: cell.month,
    channelName: names.get(cell.channel) ?? cell.channel,
    fieldName: translate(kpiMessages, lang, `col_${cell.field}`),
    before: shownValue(cell.before, lang),
    after: shownValue(cell.after, lang),
    rows: cell.rows,
    typed: cell.typed,
  }));
}

/** What importing would change; reads the tab and the ledger, writes nothing. */
export function previewDataImport(input: unknown): DataImportPreview {
  const lang = currentUserLang();
  const request = parseRequest(input, lang);
  const settings = requireSettings(lang);
  checkAgainstSettings(request, settings, lang);
  const cells = readKpiInputCells(lang);
  const plan = planOn(cells, readLedger(), batchesOf(request), new Set(request.overwrite));
  const typed = plan.cells.filter((cell) => cell.typed).length;
  const changes = plan.cells.length - typed;
  const summary =
    plan.cells.length === 0
      ? say(lang, 'preview_nothing')
      : say(lang, 'preview_summary', { changes, unchanged: plan.unchanged, typed });
  const missing = cells === null ? settings.channels.length * 12 : plan.missingRows.length;
  return {
    summary,
    details: [
      ...(missing > 0 ? [say(lang, 'preview_rows_added', { count: missing })] : []),
      ...vatDetails(request, lang),
    ],
    cells: previewCells(plan, settings, lang),
  };
}

function importedFiles(request: DataImportRequest): ImportedFile[] {
  return request.files.map((file) => {
    const months = [...file.months, ...file.figures.map((figure) => figure.month)].sort();
    const vat = fileVat(file);
    return {
      name: file.name,
      format: file.format,
      source: file.source,
      hash: file.hash,
      rows: file.rows,
      from: months[0] ?? '',
      to: months[months.length - 1] ?? '',
      ...(vat ? { vat } : {}),
    };
  });
}

/** The ledger remembering each source's last VAT answer, offered again for its next export. */
function withVatAnswers(ledger: ImportLedger, request: DataImportRequest): ImportLedger {
  const answers = request.files.flatMap((file) => {
    const vat = fileVat(file);
    return vat ? [[file.source, vat] as const] : [];
  });
  return answers.length === 0 ? ledger : { ...ledger, vat: { ...(ledger.vat ?? {}), ...Object.fromEntries(answers) } };
}

/** The preview's line per file whose spend is written without VAT. */
function vatDetails(request: DataImportRequest, lang: Lang): string[] {
  return request.files.flatMap((file) => {
    const vat = fileVat(file);
    return vat?.included && file.figures.some((figure) => figure.spend !== undefined)
      ? [say(lang, 'preview_vat_taken_out', { file: file.name, rate: formatNumber(vat.rate, lang) })]
      : [];
  });
}

/** A value as written back: a person's text stays text, a formula stays a formula. */
function restoredValue(before: { value: number | string; formula?: string }): SheetsScalar {
  if (before.formula) return before.formula;
  return typeof before.value === 'string' && before.value !== '' ? asText(before.value) : before.value;
}

/** Writes `writes` and checks, by reading the tab again, that no other cell of the tab changed. */
function writeAndCheck(
  cells: KpiInputCells,
  writes: { row: number; column: number; value: SheetsScalar }[],
): CellPlace[] {
  writeCells(cells.sheet, writes);
  const written = new Set(writes.map((write) => `${write.row}|${write.column}`));
  const after = readTableGrid(cells.sheet);
  const same = (row: number) => row;
  return changedCells(cells.grid, after, (place) => !written.has(`${place.row}|${place.column}`), same);
}

export function applyDataImport(input: unknown): ActionResult {
  const lang = currentUserLang();
  const request = parseRequest(input, lang);
  const settings = requireSettings(lang);
  checkAgainstSettings(request, settings, lang);
  return withDocumentLock(lang, () => {
    const ledger = readLedger();
    const batches = batchesOf(request);
    const overwrite = new Set(request.overwrite);
    let cells = readKpiInputCells(lang);
    let plan = planOn(cells, ledger, batches, overwrite);
    let rowsAdded = 0;
    if (cells === null || plan.missingRows.length > 0) {
      // Rows the tab lacks come as the template adds them: a build, with its own checks and protections.
      const access = authorizeStructureChange(lang);
      const built = buildKpiTab(settings, access.policy, lang);
      writeBuiltChannelNames(settings);
      rowsAdded = built.plan.rows.added.length;
      cells = readKpiInputCells(lang);
      plan = planOn(cells, ledger, batches, overwrite);
    }
    if (cells === null) throw new UserFacingError(say(lang, 'needs_settings'));
    const tab = cells;
    const writes = plan.cells.flatMap((cell) => {
      const place = cell.write ? cellPlace(tab, cell.month, cell.channel, cell.field) : null;
      return place ? [{ ...place, value: cell.after as SheetsScalar }] : [];
    });
    const contributionsChanged =
      JSON.stringify(plan.contributions) !== JSON.stringify(ledger.contributions) ||
      dealSourcesDiffer(replacedDealSources(ledger.dealSources ?? {}, batches), ledger.dealSources ?? {});
    const keptTyped = plan.cells
      .filter((cell) => !cell.write)
      .map((cell) => cellPlace(tab, cell.month, cell.channel, cell.field))
      .filter((place): place is CellPlace => place !== null);
    if (writes.length === 0 && !contributionsChanged) {
      const details =
        keptTyped.length > 0 ? [say(lang, 'imported_kept_typed', { cells: describeCells(keptTyped) })] : [];
      return { message: say(lang, 'nothing_changed'), details };
    }
    const recorded = recordImport(ledger, plan, batches, {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      at: new Date().toISOString(),
      by: activeUserEmail(),
      files: importedFiles(request),
    });
    const notes = planCellNotes(
      tab,
      withVatAnswers(recorded.ledger, request),
      plan.cells.filter((cell) => cell.write).map((cell) => cell.key),
      settings.sheetLang,
    );
    // Room first: a ledger that cannot be stored means nothing is written.
    const text = ledgerToStore(notes.ledger, lang);
    const changed = writeAndCheck(tab, writes);
    writeNotes(tab.sheet, notes.writes);
    writeLedgerText(text);
    const crm = request.files.some(
      (file) =>
        ['amocrm_leads', 'bitrix24_deals'].includes(file.format) ||
        file.figures.some((figure) => figure.customers !== undefined),
    );
    return {
      message: say(lang, 'imported', { cells: writes.length }),
      details: [
        ...(rowsAdded > 0 ? [say(lang, 'imported_rows_added', { count: rowsAdded })] : []),
        ...(keptTyped.length > 0 ? [say(lang, 'imported_kept_typed', { cells: describeCells(keptTyped) })] : []),
        ...(changed.length > 0 ? [say(lang, 'changed_meanwhile', { cells: describeCells(changed) })] : []),
        ...(crm ? [say(lang, 'imported_by_won_month')] : []),
      ],
    };
  });
}

export function undoDataImport(input: unknown): ActionResult {
  const lang = currentUserLang();
  if (typeof input !== 'string' || input === '') throw new UserFacingError(say(lang, 'undo_unknown'));
  return withDocumentLock(lang, () => {
    const ledger = readLedger();
    const entry = ledger.log.find((each) => each.id === input);
    if (!entry) throw new UserFacingError(say(lang, 'undo_unknown'));
    if (undoableEntry(ledger)?.id !== entry.id) throw new UserFacingError(say(lang, 'undo_not_latest'));
    const cells = readKpiInputCells(lang);
    if (!cells) throw new UserFacingError(say(lang, 'no_kpi_tab'));
    const plan = planUndo(ledger, entry, (key) => {
      const { month, channel, field } = splitCellKey(key);
      return cellState(cells, month, channel, field);
    });
    const placeOf = (key: string) => {
      const { month, channel, field } = splitCellKey(key);
      return cellPlace(cells, month, channel, field);
    };
    const writes = plan.restore.flatMap((cell) => {
      const place = placeOf(cell.key);
      return place ? [{ ...place, value: restoredValue(cell.before) }] : [];
    });
    const notes = planCellNotes(
      cells,
      plan.ledger,
      plan.restore.map((cell) => cell.key),
      readSettings()?.sheetLang ?? lang,
    );
    const text = ledgerToStore(notes.ledger, lang);
    const changed = writeAndCheck(cells, writes);
    writeNotes(cells.sheet, notes.writes);
    writeLedgerText(text);
    const edited = plan.edited.map(placeOf).filter((place): place is CellPlace => place !== null);
    return {
      message: say(lang, 'undo_done', { cells: writes.length }),
      details: [
        ...(edited.length > 0 ? [say(lang, 'undo_edited', { cells: describeCells(edited) })] : []),
        ...(changed.length > 0 ? [say(lang, 'changed_meanwhile', { cells: describeCells(changed) })] : []),
      ],
    };
  });
}

function readSources(): { sources: ImportSources; saved: boolean } {
  const stored = readDocumentRecord(PROPERTY_KEYS.importSources, importSourcesSchema());
  // Unreadable reads as absent: the defaults, as before the team saved any.
  return stored ? { sources: stored, saved: true } : { sources: defaultImportSources(), saved: false };
}

export function getDataImportState(): DataImportState {
  return readDataImportState(currentUserLang());
}

/** The log, worded in `lang`, and the team's Sources table (also part of the sidebar's opening state). */
export function readDataImportState(lang: Lang): DataImportState {
  const ledger = readLedger();
  const undoable = undoableEntry(ledger)?.id ?? null;
  const { sources, saved } = readSources();
  return {
    log: ledger.log.map((entry) => ({
      id: entry.id,
      at: entry.at,
      by: entry.by,
      files: entry.files
        .map((file) => {
          const period =
            file.from === ''
              ? '—'
              : file.from === file.to
                ? monthInWords(file.from, lang)
                : `${monthInWords(file.from, lang)} – ${monthInWords(file.to, lang)}`;
          return say(lang, 'log_files', {
            files: `«${file.name}» (${formatName(file.format, lang)})`,
            period,
          });
        })
        .join('; '),
      changed: entry.changed,
      undone: entry.undone,
      undoable: entry.id === undoable,
    })),
    sources,
    sourcesSaved: saved,
    mappings: readSavedMappings(),
    vat: ledger.vat ?? {},
  };
}

export function saveImportSources(input: unknown): DataImportState {
  const lang = currentUserLang();
  const sources = parsePayload(importSourcesSchema(), input, (issues) =>
    say(lang, 'invalid_request', {
      details: issues.map((issue) => describeRequestIssue(issue, input, lang)).join('; '),
    }),
  );
  const text = JSON.stringify(sources);
  assertDocumentPropertiesHold({ [PROPERTY_KEYS.importSources]: text }, lang);
  writeDocumentText(PROPERTY_KEYS.importSources, text);
  return getDataImportState();
}

/** The export reader's script (dist/ImportReader.html), sent when the sidebar first needs it, so the sidebar's first load stays light. */
export function getImportReader(): string {
  return HtmlService.createHtmlOutputFromFile('ImportReader').getContent();
}

/** The spreadsheet's tabs a person may import from (the add-on's own left out). */
export function getImportTabs(): ImportTab[] {
  return listImportTabs();
}

/** One tab's cells as text, read with one getValues, for the sidebar's import core; `tabId` is the tab's sheet id. */
export function getImportTabCells(tabId: unknown): ImportTabCells {
  return readImportTab(tabId, currentUserLang());
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
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
});
