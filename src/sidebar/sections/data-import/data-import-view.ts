/**
 * The "Import data" section, drawn from its state: the file choice, what
 * each file was taken for, the rows that could not be read, the sources with
 * no channel (mappable here), the CRM stages that count as qualified, the
 * preview (month × channel, old → new, cells typed by hand to tick), the
 * confirm button and the import log with undo. A pure function: the texts
 * the reader words (problems, format names) arrive as strings.
 */
import type { Lang } from '../../../core/i18n/lang';
import { monthInWords } from '../../../core/i18n/month-names';
import type { DataImportLogEntry, DataImportPreview } from '../../../shared/server-api';
import { statusView, type StatusContent } from '../../view/status-view';
import { h, type UiEvent, type VElement } from '../../view/vnode';
import type { ColumnMappingHandlers, MappingBlock } from './column-mapping-view';
import type { ReaderViews } from '../../import-reader/reader-api';
import { sourcesTableView, type SourcesTableProps } from './sources-table-view';
import { savedMappingsView, type SavedMappingsHandlers, type SavedMappingsProps } from './saved-mappings-view';
import type { VatQuestion, VatQuestionHandlers, VatText } from './vat-question-view';
import { s } from './section-text';
import { DATA_IMPORT_IDS, stageChoiceId, typedChoiceId, undoButtonId, unmappedChoiceId } from './data-import-ids';

export interface DataImportHandlers extends ColumnMappingHandlers, SavedMappingsHandlers, VatQuestionHandlers {
  chooseFiles(event: UiEvent): void;
  /** Asks the server for the spreadsheet's tabs (not the add-on's own). */
  listTabs(): void;
  chooseTab(value: string): void;
  /** Reads the chosen tab as an export. */
  readTab(): void;
  mapSource(source: string, channel: string): void;
  toggleStage(stage: string): void;
  toggleTyped(key: string): void;
  confirm(): void;
  clear(): void;
  undo(id: string): void;
}

export interface UnmappedLine {
  source: string;
  /** Already worded: "utm_source=x: 12 rows, 3 400 RUB". */
  text: string;
  /** The channel chosen for it in this preview ('' for none). */
  channel: string;
}

export interface DataImportViewProps {
  lang: Lang;
  busy: boolean;
  /** One line per chosen file: what it was taken for, or why it cannot be imported. */
  fileLines: string[];
  /** Problems worded, the first ones. */
  problems: string[];
  moreProblems: number;
  unmapped: UnmappedLine[];
  channels: { id: string; name: string }[];
  stages: { stage: string; qualified: boolean }[];
  preview: DataImportPreview | null;
  overwrite: ReadonlySet<string>;
  status: StatusContent | null;
  log: DataImportLogEntry[];
  /** How the log shows an entry's time. */
  when(iso: string): string;
  sourcesTable: SourcesTableProps;
  /** While a file is read: what is read and the share done (the reading runs in a worker, or in slices). */
  progress: { text: string; percent: number } | null;
  /** The team's saved column mappings, to rename or delete. */
  savedMappings: SavedMappingsProps;
  /** The VAT question per source of spend that may include it. */
  vat: VatQuestion[];
  vatText: VatText;
  /**
   * The views that show only once a file was read (the mapping step, the
   * VAT question): they come with the export reader, so the sidebar's first
   * load does not carry them; `null` before it is loaded.
   */
  readerViews: ReaderViews | null;
  /** The spreadsheet's tabs to import from (`null` until asked for) and the one chosen. */
  tabs: { id: number; name: string }[] | null;
  chosenTab: number | null;
  /** The mapping step of each file no format recognised. */
  mappings: MappingBlock[];
}

type Props = DataImportViewProps & { handlers: DataImportHandlers };

function fileChoice(props: Props): VElement {
  const { lang, busy, handlers } = props;
  return h(
    'div',
    { class: 'form-group' },
    h('label', { for: DATA_IMPORT_IDS.files }, s(lang, 'files_label')),
    h('input', {
      id: DATA_IMPORT_IDS.files,
      type: 'file',
      multiple: true,
      accept:
        '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      // Emptied after each choice, so choosing the same file again (a re-import) is a change too.
      value: '',
      disabled: busy,
      'data-testid': DATA_IMPORT_IDS.files,
      on: { change: (event) => handlers.chooseFiles(event) },
    }),
  );
}

/** An export a person already put into the spreadsheet (File → Import): choose its tab, read it like a file. */
function tabChoice(props: Props): VElement {
  const { lang, busy, handlers, tabs } = props;
  if (tabs === null)
    return h(
      'div',
      { class: 'form-group' },
      h(
        'button',
        {
          id: DATA_IMPORT_IDS.listTabs,
          type: 'button',
          disabled: busy,
          'data-testid': DATA_IMPORT_IDS.listTabs,
          on: { click: () => handlers.listTabs() },
        },
        s(lang, 'list_tabs'),
      ),
    );
  if (tabs.length === 0) return h('p', { class: 'secondary' }, s(lang, 'no_tabs'));
  return h(
    'div',
    { class: 'form-group' },
    h('label', { for: DATA_IMPORT_IDS.tabChoice }, s(lang, 'tab_label')),
    h(
      'select',
      {
        id: DATA_IMPORT_IDS.tabChoice,
        value: String(props.chosenTab ?? ''),
        disabled: busy,
        'data-testid': DATA_IMPORT_IDS.tabChoice,
        on: { change: (event) => handlers.chooseTab(event.value) },
      },
      tabs.map((tab) => h('option', { value: String(tab.id) }, tab.name)),
    ),
    h(
      'button',
      {
        id: DATA_IMPORT_IDS.readTab,
        type: 'button',
        disabled: busy || props.chosenTab === null,
        'data-testid': DATA_IMPORT_IDS.readTab,
        on: { click: () => handlers.readTab() },
      },
      s(lang, 'read_tab'),
    ),
  );
}

function unmappedView(props: Props): VElement | false {
  const { lang, busy, handlers } = props;
  if (props.unmapped.length === 0) return false;
  return h(
    'div',
    { id: DATA_IMPORT_IDS.unmapped, class: 'block', 'data-testid': DATA_IMPORT_IDS.unmapped },
    h('h3', {}, s(lang, 'unmapped_title')),
    props.unmapped.map((line, index) =>
      h(
        'div',
        { class: 'form-group', key: line.source },
        h('label', { for: unmappedChoiceId(index) }, line.text),
        h(
          'select',
          {
            id: unmappedChoiceId(index),
            value: line.channel,
            disabled: busy,
            'aria-label': s(lang, 'unmapped_channel', { source: line.source }),
            'data-testid': unmappedChoiceId(index),
            on: { change: (event) => handlers.mapSource(line.source, event.value) },
          },
          h('option', { value: '' }, s(lang, 'unmapped_none')),
          props.channels.map((channel) => h('option', { value: channel.id }, channel.name)),
        ),
      ),
    ),
  );
}

function stagesView(props: Props): VElement | false {
  const { lang, busy, handlers } = props;
  if (props.stages.length === 0) return false;
  return h(
    'fieldset',
    { id: DATA_IMPORT_IDS.stages, class: 'block', 'data-testid': DATA_IMPORT_IDS.stages },
    h('legend', {}, s(lang, 'stages_title')),
    props.stages.map((item, index) =>
      h(
        'label',
        { class: 'checkbox', key: item.stage },
        h('input', {
          id: stageChoiceId(index),
          type: 'checkbox',
          checked: item.qualified,
          disabled: busy,
          'data-testid': stageChoiceId(index),
          on: { change: () => handlers.toggleStage(item.stage) },
        }),
        ` ${item.stage}`,
      ),
    ),
  );
}

function previewView(props: Props): VElement | false {
  const { lang, busy, preview, handlers } = props;
  if (!preview) return false;
  const groups = new Map<
    string,
    { month: string; channel: string; cells: { cell: DataImportPreview['cells'][number]; index: number }[] }
  >();
  preview.cells.forEach((cell, index) => {
    const id = `${cell.month}|${cell.channelName}`;
    const group = groups.get(id) ?? { month: cell.month, channel: cell.channelName, cells: [] };
    group.cells.push({ cell, index });
    groups.set(id, group);
  });
  return h(
    'div',
    { id: DATA_IMPORT_IDS.preview, class: 'block', 'data-testid': DATA_IMPORT_IDS.preview },
    h('h3', {}, s(lang, 'preview_title')),
    h('p', { id: DATA_IMPORT_IDS.summary, 'data-testid': DATA_IMPORT_IDS.summary }, preview.summary),
    preview.details.map((detail) => h('p', { class: 'secondary' }, detail)),
    [...groups.values()].map((group) =>
      h(
        'div',
        { class: 'import-group', key: `${group.month}|${group.channel}` },
        h('h4', {}, s(lang, 'preview_row', { month: monthInWords(group.month, lang), channel: group.channel })),
        h(
          'ul',
          {},
          group.cells.map(({ cell, index }) =>
            h(
              'li',
              { key: cell.key, 'data-key': cell.key },
              s(lang, 'preview_cell', {
                field: cell.fieldName,
                before: cell.before,
                after: cell.after,
                rows: cell.rows,
              }),
              cell.typed &&
                h(
                  'label',
                  { class: 'checkbox' },
                  h('input', {
                    id: typedChoiceId(index),
                    type: 'checkbox',
                    checked: props.overwrite.has(cell.key),
                    disabled: busy,
                    'data-testid': typedChoiceId(index),
                    on: { change: () => handlers.toggleTyped(cell.key) },
                  }),
                  ` ${s(lang, 'typed_replace')}`,
                ),
            ),
          ),
        ),
      ),
    ),
  );
}

function logView(props: Props): VElement {
  const { lang, busy, handlers } = props;
  return h(
    'div',
    { id: DATA_IMPORT_IDS.log, class: 'block', 'data-testid': DATA_IMPORT_IDS.log },
    h('h3', {}, s(lang, 'log_title')),
    props.log.length === 0
      ? h('p', { class: 'secondary' }, s(lang, 'log_empty'))
      : h(
          'ul',
          {},
          props.log.map((entry, index) =>
            h(
              'li',
              { key: entry.id },
              s(lang, 'log_line', {
                when: props.when(entry.at),
                who: entry.by || s(lang, 'log_unknown_person'),
                files: entry.files,
                cells: entry.changed,
              }),
              entry.undone && ` (${s(lang, 'log_undone')})`,
              entry.undoable &&
                h(
                  'button',
                  {
                    id: undoButtonId(index),
                    type: 'button',
                    disabled: busy,
                    'data-testid': undoButtonId(index),
                    on: { click: () => handlers.undo(entry.id) },
                  },
                  s(lang, 'undo'),
                ),
            ),
          ),
        ),
  );
}

export function dataImportView(props: Props): VElement {
  const { lang, busy, preview, handlers } = props;
  const writable = preview?.cells.some((cell) => !cell.typed || props.overwrite.has(cell.key));
  return h(
    'section',
    {
      id: DATA_IMPORT_IDS.section,
      class: 'block data-import',
      'aria-labelledby': DATA_IMPORT_IDS.title,
      'data-testid': DATA_IMPORT_IDS.section,
    },
    h('h2', { id: DATA_IMPORT_IDS.title }, s(lang, 'section_title')),
    h('p', { class: 'secondary' }, s(lang, 'section_intro')),
    fileChoice(props),
    tabChoice(props),
    props.progress &&
      h(
        'div',
        { class: 'form-group', id: DATA_IMPORT_IDS.progress, 'data-testid': DATA_IMPORT_IDS.progress },
        h('label', { for: DATA_IMPORT_IDS.progressBar }, props.progress.text),
        h('progress', {
          id: DATA_IMPORT_IDS.progressBar,
          max: 100,
          value: props.progress.percent,
          'data-testid': DATA_IMPORT_IDS.progressBar,
        }),
      ),
    props.fileLines.length > 0 &&
      h(
        'ul',
        { id: DATA_IMPORT_IDS.fileList, 'data-testid': DATA_IMPORT_IDS.fileList },
        props.fileLines.map((line) => h('li', {}, line)),
      ),
    props.problems.length > 0 &&
      h(
        'div',
        { id: DATA_IMPORT_IDS.problems, class: 'block', 'data-testid': DATA_IMPORT_IDS.problems },
        h('h3', {}, s(lang, 'problems_title')),
        h(
          'ul',
          {},
          props.problems.map((problem) => h('li', { class: 'error' }, problem)),
        ),
        props.moreProblems > 0 &&
          h('p', { class: 'secondary' }, s(lang, 'problems_more', { count: props.moreProblems })),
      ),
    props.readerViews && props.mappings.map((block) => props.readerViews?.columnMapping(lang, busy, block, handlers)),
    unmappedView(props),
    stagesView(props),
    props.readerViews?.vatQuestion(busy, props.vat, props.vatText, handlers),
    previewView(props),
    props.fileLines.length > 0 &&
      h(
        'div',
        { class: 'block actions' },
        h(
          'button',
          {
            id: DATA_IMPORT_IDS.confirm,
            type: 'button',
            class: 'action',
            disabled: busy || !writable,
            'data-testid': DATA_IMPORT_IDS.confirm,
            on: { click: () => handlers.confirm() },
          },
          s(lang, 'confirm_import'),
        ),
        h(
          'button',
          {
            id: DATA_IMPORT_IDS.clear,
            type: 'button',
            disabled: busy,
            'data-testid': DATA_IMPORT_IDS.clear,
            on: { click: () => handlers.clear() },
          },
          s(lang, 'clear_files'),
        ),
      ),
    statusView(DATA_IMPORT_IDS.status, props.status),
    logView(props),
    sourcesTableView(props.sourcesTable),
    savedMappingsView(props.savedMappings),
  );
}
