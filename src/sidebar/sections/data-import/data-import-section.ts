/**
 * The "Import data" section: the person chooses export files; the sidebar
 * loads the export reader once, decodes and reads each file itself (the
 * server gets month × channel figures, never rows), asks the server what
 * the figures change on the KPI tab, and writes them only when the person
 * confirms. Mapping a source or marking a stage reads the kept files again.
 * The drawing is in data-import-view.ts.
 */
import type { ChannelRule } from '../../../core/import/channel-mapping';
import { translate } from '../../../core/i18n/catalog';
import { importFormatMessages, type ImportFormatMessageKey } from '../../../core/i18n/import-format-messages';
import { formatNumber } from '../../../core/i18n/number-format';
import type { ImportSources } from '../../../shared/import-sources';
import type { DataImportPreview, DataImportState, ImportTab, SidebarState } from '../../../shared/server-api';
import { IDLE, createActionSlot, statusContent } from '../../action-status';
import type { ImportReader } from '../../import-reader/reader-api';
import type { VElement } from '../../view/vnode';
import type { SectionDeclaration, SectionHost, SidebarSection } from '../section';
import { DATA_IMPORT_IDS } from './data-import-ids';
import { dataImportView, type DataImportHandlers, type UnmappedLine } from './data-import-view';
import { s, words } from './section-text';
import {
  channelMapping,
  importable,
  importRequest,
  MAX_FILE_BYTES,
  stagesOf,
  vatQuestions,
  type ReadFile,
} from './import-draft';
import { DEFAULT_VAT_CHOICE, type VatChoice } from '../../../core/kpi-import/vat';
import { loadedReaderCode, loadImportReader } from './load-reader';
import type { ReadExport } from '../../import-reader/read-export';
import { completeMapping, type MappingBlock } from './column-mapping-view';
import { NEW_RULE_KINDS, type NewRuleKind, type SourcesTableHandlers } from './sources-table-view';
import { findSavedMapping } from '../../../core/import/saved-mappings';
import { createSavedMappingsPart } from './saved-mappings-controller';
import type { MappingText } from './saved-mappings-view';

const DATA_IMPORT_SECTION_ID = 'data-import';

/** Problems listed at once: the first ones say what is wrong with a file. */
const LISTED_PROBLEMS = 20;

export interface DataImportSectionOptions {
  /** How the reader is loaded; tests hand one in. */
  loadReader?: (host: SectionHost) => Promise<ImportReader>;
  /** The reader's script text, to run it in a Web Worker; `null`: read on the page, in slices. */
  workerCode?: () => string | null;
}

export function createDataImportSection(host: SectionHost, options: DataImportSectionOptions = {}): SidebarSection {
  const loadReader = options.loadReader ?? ((each: SectionHost) => loadImportReader(each.callServer));
  const workerCode = options.workerCode ?? (options.loadReader ? () => null : loadedReaderCode);
  let read: ReadExport | null = null;
  /** The file being read and the share done, while a reading runs. */
  let progress: { file: string; share: number } | null = null;
  let sidebar: SidebarState | null = null;
  let importState: DataImportState | null = null;
  let reader: ImportReader | null = null;
  let files: ReadFile[] = [];
  /** Sources mapped in this preview, by their description, newest first. */
  let chosen: { source: string; rule: ChannelRule }[] = [];
  let qualified = new Set<string>();
  let stagesTouched = false;
  let preview: DataImportPreview | null = null;
  const overwrite = new Set<string>();
  const line = createActionSlot(host);
  /** The Sources table being edited (`null`: as saved). */
  let rulesDraft: ChannelRule[] | null = null;
  let newRule: { kind: NewRuleKind; value: string; channel: string } = { kind: 'utmSource', value: '', channel: '' };
  let newRuleError: string | null = null;
  let sourcesOpen = false;
  let sourcesStatus: string | null = null;
  /** The spreadsheet's tabs to import from, once asked for (`null`: not yet). */
  let tabs: ImportTab[] | null = null;
  let chosenTab: number | null = null;
  /** Mapping steps being filled in, by file index. */
  const mappingDrafts = new Map<number, { draft: MappingBlock['draft']; error: string | null; name?: string }>();

  /** VAT answers given in this preview, by source (the team's last answers come with the state). */
  const vatChoices = new Map<string, VatChoice>();
  /** A rate typed that is not one, by source: shown with a message, not sent. */
  const badRates = new Map<string, string>();
  const vatOf = (source: string): VatChoice => vatChoices.get(source) ?? importState?.vat[source] ?? DEFAULT_VAT_CHOICE;

  const savedMappings = createSavedMappingsPart(
    host,
    () => importState?.mappings ?? [],
    (next) => adopt(next),
    line,
    {
      text: () => (reader ? mappingText : null),
      load: async () => {
        reader = await loadReader(host);
      },
    },
  );

  /** The saved mappings' words, from the reader (the mapping step shows only once the reader read a file). */
  const mappingText: MappingText = (key, params) => reader?.columnMappingText(host.lang(), key, params) ?? '';

  /** The header of a file no format (nor its mapping) reads; empty otherwise. */
  function unknownHeader(fileIndex: number): readonly string[] {
    const format = files[fileIndex]?.result?.format;
    return format?.id === 'unknown' ? format.header : [];
  }

  /** A mapping's default name: the file's, without its extension. */
  function defaultMappingName(file: string): string {
    return file.replace(/\.[^.]+$/, '').trim() || file;
  }

  function sources(): ImportSources {
    // The table comes with the sidebar's state; before it has, no rule.
    return importState?.sources ?? { rules: [], qualifiedStages: [] };
  }

  function adopt(next: DataImportState): void {
    importState = next;
    if (!stagesTouched) qualified = new Set(next.sources.qualifiedStages);
  }

  /** Reads every kept file again with the current mapping and stages, showing the share read. */
  async function readAll(): Promise<void> {
    if (!reader || !sidebar) return;
    read ??= reader.exportReading(workerCode());
    const settings = sidebar.settings;
    const mapping = channelMapping(
      sources(),
      chosen.map((item) => item.rule),
      settings.channels.map((channel) => channel.id),
    );
    try {
      for (const file of files) {
        const options = {
          year: settings.year,
          currency: settings.currency,
          qualifiedStages: [...qualified],
          ...(file.columns ? { columns: file.columns } : {}),
        };
        const job = file.table
          ? { kind: 'table' as const, rows: file.table, name: file.name }
          : file.bytes
            ? { kind: 'file' as const, bytes: file.bytes, name: file.name }
            : null;
        if (!job) continue;
        progress = { file: file.name, share: 0 };
        host.render();
        file.result = await read(job, mapping, options, (share) => {
          progress = { file: file.name, share };
          host.render();
        });
      }
    } finally {
      progress = null;
    }
  }

  async function refreshPreview(): Promise<void> {
    const request = importRequest(files, [...overwrite], vatOf);
    preview = request ? await host.callServer('previewDataImport', request) : null;
  }

  /** Reads again and previews again, as one busy step. */
  function rereadAndPreview(): void {
    void line.perform({
      busy: words('busy_reading_exports'),
      run: async () => {
        await readAll();
        await refreshPreview();
        return IDLE;
      },
    });
  }

  const handlers: DataImportHandlers = {
    chooseFiles(event) {
      const blobs = [...(event.files ?? [])];
      if (blobs.length === 0) return;
      void line.perform({
        busy: words('busy_reading_exports'),
        focusAfter: { id: DATA_IMPORT_IDS.files, onlyIfLost: true },
        run: async () => {
          reader = await loadReader(host);
          const read: ReadFile[] = [];
          for (const blob of blobs) {
            const name = 'name' in blob && typeof blob.name === 'string' ? blob.name : '';
            if (blob.size > MAX_FILE_BYTES) {
              read.push({ name, size: blob.size, bytes: null, hash: '', result: null });
              continue;
            }
            const bytes = new Uint8Array(await blob.arrayBuffer());
            read.push({ name, size: blob.size, bytes, hash: reader.contentHash(bytes), result: null });
          }
          files = read;
          mappingDrafts.clear();
          overwrite.clear();
          preview = null;
          await readAll();
          await refreshPreview();
          return IDLE;
        },
      });
    },
    listTabs() {
      void line.perform({
        busy: words('busy_reading_exports'),
        focusAfter: { id: DATA_IMPORT_IDS.tabChoice, onlyIfLost: true },
        run: async () => {
          tabs = await host.callServer('getImportTabs');
          chosenTab = tabs.some((tab) => tab.id === chosenTab) ? chosenTab : (tabs[0]?.id ?? null);
          return IDLE;
        },
      });
    },
    chooseTab(value) {
      chosenTab = Number(value);
      host.render();
    },
    readTab() {
      const id = chosenTab;
      if (id === null) return;
      void line.perform({
        busy: words('busy_reading_exports'),
        focusAfter: { id: DATA_IMPORT_IDS.readTab, onlyIfLost: true },
        run: async () => {
          reader = await loadReader(host);
          const tab = await host.callServer('getImportTabCells', id);
          const bytes = new TextEncoder().encode(JSON.stringify(tab.rows));
          // A tab is one more source beside the chosen files; read again, it replaces itself.
          files = [
            ...files.filter((file) => file.name !== tab.name || !file.table),
            {
              name: tab.name,
              size: bytes.length,
              bytes: null,
              table: tab.rows,
              hash: reader.contentHash(bytes),
              result: null,
            },
          ];
          mappingDrafts.clear();
          overwrite.clear();
          preview = null;
          await readAll();
          await refreshPreview();
          return IDLE;
        },
      });
    },
    setMapping(fileIndex, role, value) {
      const entry = mappingDrafts.get(fileIndex) ?? { draft: { kind: 'cabinet' }, error: null };
      const draft =
        role === 'kind'
          ? {
              kind: value === 'crm' ? ('crm' as const) : ('cabinet' as const),
              ...(entry.draft.date ? { date: entry.draft.date } : {}),
            }
          : { ...entry.draft, [role]: value };
      mappingDrafts.set(fileIndex, { ...entry, draft, error: null });
      host.render();
    },
    applyMapping(fileIndex) {
      const entry = mappingDrafts.get(fileIndex) ?? { draft: { kind: 'cabinet' }, error: null };
      const mapping = completeMapping(entry.draft);
      const file = files[fileIndex];
      const header = unknownHeader(fileIndex);
      const name = (entry.name ?? defaultMappingName(file?.name ?? '')).trim();
      if (typeof mapping === 'string' || !file || name === '') {
        mappingDrafts.set(fileIndex, {
          ...entry,
          error:
            typeof mapping === 'string'
              ? s(host.lang(), mapping === 'needs_date' ? 'mapping_needs_date' : 'mapping_needs_money')
              : mappingText('mapping_name_needed'),
        });
        host.render();
        return;
      }
      void line.perform({
        busy: words('busy_reading_exports'),
        run: async () => {
          // Saved first: the next file with these columns is offered the mapping even if this one imports nothing.
          adopt(await host.callServer('saveColumnMapping', { name, header: [...header], columns: mapping }));
          file.columns = mapping;
          readAll();
          await refreshPreview();
          return IDLE;
        },
      });
    },
    setMappingName(fileIndex, value) {
      const entry = mappingDrafts.get(fileIndex) ?? { draft: { kind: 'cabinet' }, error: null };
      mappingDrafts.set(fileIndex, { ...entry, name: value, error: null });
      host.render();
    },
    useSavedMapping(fileIndex) {
      const offer = findSavedMapping(unknownHeader(fileIndex), importState?.mappings ?? []);
      const file = files[fileIndex];
      if (!offer || !file) return;
      file.columns = offer.columns;
      rereadAndPreview();
    },
    ...savedMappings.handlers,
    setVat(source, part, value) {
      const current = vatOf(source);
      if (part === 'included') {
        vatChoices.set(source, { ...current, included: value !== '' });
      } else {
        const rate = Number(value.trim().replace(',', '.'));
        if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
          badRates.set(source, value);
          host.render();
          return;
        }
        vatChoices.set(source, { ...current, rate: Math.round(rate * 100) / 100 });
      }
      badRates.delete(source);
      void line.perform({
        busy: words('busy_reading_exports'),
        run: async () => {
          await refreshPreview();
          return IDLE;
        },
      });
    },
    mapSource(source, channel) {
      const match =
        files.flatMap((file) => file.result?.unmapped.sources ?? []).find((item) => item.source === source)?.match ??
        chosen.find((item) => item.source === source)?.rule;
      chosen = chosen.filter((item) => item.source !== source);
      if (channel !== '' && match) {
        const { channel: _previous, ...fields } = match as ChannelRule;
        chosen.unshift({ source, rule: { ...fields, channel } });
      }
      rereadAndPreview();
    },
    toggleStage(stage) {
      if (qualified.has(stage)) qualified.delete(stage);
      else qualified.add(stage);
      stagesTouched = true;
      rereadAndPreview();
    },
    toggleTyped(key) {
      if (overwrite.has(key)) overwrite.delete(key);
      else overwrite.add(key);
      host.render();
    },
    confirm() {
      const request = importRequest(files, [...overwrite], vatOf);
      if (!request) return;
      void line.perform({
        busy: words('busy_importing_data'),
        focusAfter: { id: DATA_IMPORT_IDS.confirm, onlyIfLost: true },
        run: async () => {
          const rulesSaved = chosen.length > 0 || stagesTouched || rulesDraft !== null;
          if (rulesSaved) {
            // The team's table learns the sources mapped here, so the next export is mapped by itself.
            adopt(
              await host.callServer('saveImportSources', {
                rules: [...chosen.map((item) => item.rule), ...(rulesDraft ?? sources().rules)],
                qualifiedStages: [...qualified],
              }),
            );
            chosen = [];
            rulesDraft = null;
            stagesTouched = false;
          }
          const result = await host.callServer('applyDataImport', request);
          overwrite.clear();
          adopt(await host.callServer('getDataImportState'));
          // The files read the same as long as the rules did not change: a 100 000-row file is not read twice for nothing.
          if (rulesSaved) await readAll();
          await refreshPreview();
          return { kind: 'done', result };
        },
      });
    },
    clear() {
      files = [];
      mappingDrafts.clear();
      chosen = [];
      preview = null;
      overwrite.clear();
      line.reset();
      host.render({ id: DATA_IMPORT_IDS.files });
    },
    undo(id) {
      void line.perform({
        busy: 'busy_undoing_import',
        run: async () => {
          const result = await host.callServer('undoDataImport', id);
          adopt(await host.callServer('getDataImportState'));
          if (files.length > 0) await refreshPreview();
          return { kind: 'done', result };
        },
      });
    },
  };

  const sourcesHandlers: SourcesTableHandlers = {
    toggleOpen() {
      sourcesOpen = !sourcesOpen;
      host.render();
    },
    setRuleChannel(index, channel) {
      const rules = [...(rulesDraft ?? sources().rules)];
      const rule = rules[index];
      if (!rule) return;
      rules[index] = { ...rule, channel };
      rulesDraft = rules;
      sourcesStatus = null;
      host.render();
    },
    removeRule(index) {
      rulesDraft = (rulesDraft ?? sources().rules).filter((_, at) => at !== index);
      sourcesStatus = null;
      host.render();
    },
    setNewRule(part, value) {
      if (part === 'kind') newRule = { ...newRule, kind: NEW_RULE_KINDS.find((kind) => kind === value) ?? 'utmSource' };
      else newRule = { ...newRule, [part]: value };
      newRuleError = null;
      host.render();
    },
    addRule() {
      const value = newRule.value.trim();
      const channel = newRule.channel || sidebar?.settings.channels[0]?.id || '';
      if (value === '') {
        newRuleError = s(host.lang(), 'rule_value_needed');
        host.render({ id: 'data-import-new-value' });
        return;
      }
      // A new rule goes first: it is what the team means now.
      rulesDraft = [{ channel, [newRule.kind]: value }, ...(rulesDraft ?? sources().rules)];
      newRule = { ...newRule, value: '' };
      sourcesStatus = null;
      host.render();
    },
    save() {
      const rules = rulesDraft;
      if (!rules) return;
      void line.perform({
        busy: words('busy_reading_exports'),
        run: async () => {
          adopt(await host.callServer('saveImportSources', { rules, qualifiedStages: [...qualified] }));
          rulesDraft = null;
          stagesTouched = false;
          sourcesStatus = s(host.lang(), 'sources_saved', { rules: rules.length });
          if (files.length > 0) {
            await readAll();
            await refreshPreview();
          }
          return IDLE;
        },
      });
    },
  };

  function unmappedLines(currency: string): UnmappedLine[] {
    const lang = host.lang();
    const lines: UnmappedLine[] = chosen.map((item) => ({
      source: item.source,
      text: item.source,
      channel: item.rule.channel,
    }));
    const seen = new Set(lines.map((line) => line.source));
    for (const file of files) {
      for (const item of file.result?.unmapped.sources ?? []) {
        if (seen.has(item.source)) continue;
        seen.add(item.source);
        const money = `${formatNumber(item.spend + item.revenue, lang)} ${currency}`;
        lines.push({
          source: item.source,
          text: s(lang, 'unmapped_line', { source: item.source, rows: item.rows, money }),
          channel: '',
        });
      }
    }
    return lines;
  }

  return {
    id: DATA_IMPORT_SECTION_ID,
    receiveState(state) {
      // The log and the Sources table come with the sidebar's state: no call of its own on opening.
      sidebar = state;
      adopt(state.dataImport);
    },
    view(): VElement {
      const lang = host.lang();
      const settings = sidebar?.settings;
      const fileLines = files.map((file) => {
        if (!file.bytes && !file.table)
          return s(lang, 'file_too_large', {
            file: file.name,
            size: formatNumber(file.size / 1024 / 1024, lang, 1),
            limit: MAX_FILE_BYTES / 1024 / 1024,
          });
        const result = file.result;
        // Unknown, empty, all outside the year, or money that cannot be added up: the problems below say why.
        if (!importable(result)) return s(lang, 'file_nothing', { file: file.name });
        return s(lang, 'file_read', {
          file: file.name,
          format: reader?.formatName(result.format, lang) ?? '',
          rows: result.rowsRead,
        });
      });
      const problems = files.flatMap((file) =>
        (file.result?.problems ?? []).map((problem) =>
          s(lang, 'problem_line', { file: file.name, problem: reader?.importProblemText(problem, lang) ?? '' }),
        ),
      );
      return dataImportView({
        lang,
        busy: host.isBusy(),
        fileLines,
        problems: problems.slice(0, LISTED_PROBLEMS),
        moreProblems: Math.max(0, problems.length - LISTED_PROBLEMS),
        unmapped: unmappedLines(settings?.currency ?? ''),
        channels: (settings?.channels ?? []).map((channel) => ({ id: channel.id, name: channel.name })),
        stages: stagesOf(files).map((stage) => ({ stage, qualified: qualified.has(stage) })),
        preview,
        overwrite,
        status: statusContent(line.status(), lang),
        log: importState?.log ?? [],
        tabs,
        chosenTab,
        progress: progress && {
          text: s(lang, 'reading_progress', { file: progress.file, percent: Math.round(progress.share * 100) }),
          percent: Math.round(progress.share * 100),
        },
        mappings: files.flatMap((file, fileIndex): MappingBlock[] => {
          const format = file.result?.format;
          // Shown while no format (nor the person's mapping) reads the file; gone once it is read as `mapped`.
          if (format?.id !== 'unknown' || format.header.length === 0) return [];
          const offer = findSavedMapping(format.header, importState?.mappings ?? []);
          const entry = mappingDrafts.get(fileIndex) ?? {
            draft: file.columns ?? offer?.columns ?? { kind: 'cabinet' },
            error: null,
          };
          return [
            {
              fileIndex,
              file: file.name,
              header: format.header,
              draft: entry.draft,
              error: entry.error,
              name: entry.name ?? offer?.name ?? defaultMappingName(file.name),
              offer: offer?.name ?? null,
              text: mappingText,
              say: (key, params) => s(lang, key, params),
            },
          ];
        }),
        savedMappings: savedMappings.props(),
        vat: vatQuestions(importRequest(files, [], vatOf)).map((question) => ({
          ...question,
          format: translate(importFormatMessages, lang, `format_${question.format}` as ImportFormatMessageKey),
          choice: vatOf(question.source),
          badRate: badRates.get(question.source) ?? null,
        })),
        vatText: (key, params) => reader?.vatText(lang, key, params) ?? '',
        readerViews: reader?.views ?? null,
        sourcesTable: {
          lang,
          busy: host.isBusy(),
          rules: rulesDraft ?? sources().rules,
          channels: (settings?.channels ?? []).map((channel) => ({ id: channel.id, name: channel.name })),
          formatName: (id) => translate(importFormatMessages, lang, `format_${id}` as ImportFormatMessageKey),
          newRule: { ...newRule, channel: newRule.channel || settings?.channels[0]?.id || '' },
          newRuleError,
          dirty: rulesDraft !== null,
          open: sourcesOpen,
          status: sourcesStatus,
          handlers: sourcesHandlers,
        },
        when: (iso) =>
          new Date(iso).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
        handlers,
      });
    },
  };
}

/** Right under the template: the import fills the KPI tab's figures. */
export const section: SectionDeclaration = { order: 20, create: createDataImportSection };
