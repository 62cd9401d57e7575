/**
 * The "Share with the team" section, drawn from its state: a pure function,
 * so tests read the tree and fire its handlers without a browser. Names and
 * emails are text nodes, never markup: a name like `<script>` shows as it is.
 */
import type { Lang } from '../../../core/i18n/lang';
import type { ImportPreview, SharePerson, ShareState, TemplateExport } from '../../../shared/server-api';
import { t } from '../../text';
import { statusView, type StatusContent } from '../../view/status-view';
import { h, type VElement } from '../../view/vnode';
import { SHARE_IDS, personCheckboxId } from './share-ids';
import type { ShareSelection } from './share-selection';

export interface ShareHandlers {
  togglePerson(personId: string): void;
  share(): void;
  releaseLock(): void;
  copyLink(): void;
  toggleIncludeEmails(): void;
  exportTemplate(): void;
  copyJson(): void;
  setImportText(text: string): void;
  previewImport(): void;
  confirmImport(): void;
  cancelImport(): void;
}

export interface ShareViewProps {
  lang: Lang;
  busy: boolean;
  sharing: ShareState;
  selection: ShareSelection;
  shareStatus: StatusContent | null;
  releaseStatus: StatusContent | null;
  /** What the last copy did, shown beside its button. */
  copyFeedback: { target: 'link' | 'json'; copied: boolean } | null;
  includeEmails: boolean;
  exported: TemplateExport | null;
  exportStatus: StatusContent | null;
  importText: string;
  preview: ImportPreview | null;
  importStatus: StatusContent | null;
  handlers: ShareHandlers;
}

export function shareView(props: ShareViewProps): VElement {
  const { lang } = props;
  return h(
    'section',
    {
      id: SHARE_IDS.section,
      class: 'block share',
      'aria-labelledby': SHARE_IDS.title,
      'data-testid': SHARE_IDS.section,
    },
    h('h2', { id: SHARE_IDS.title }, t(lang, 'share_title')),
    h('p', { class: 'secondary' }, t(lang, 'share_intro')),
    h(
      'p',
      { id: SHARE_IDS.state, class: 'gray', 'data-testid': SHARE_IDS.state },
      t(lang, props.sharing.shared ? 'share_state_shared' : 'share_state_not_shared'),
    ),
    whoAmIView(props),
    shareForm(props),
    releaseView(props),
    copyLinkView(props),
    exportView(props),
    importView(props),
  );
}

/** The section before its state has arrived: just its heading. */
export function sharePlaceholderView(lang: Lang): VElement {
  return h(
    'section',
    {
      id: SHARE_IDS.section,
      class: 'block share',
      'aria-labelledby': SHARE_IDS.title,
      'data-testid': SHARE_IDS.section,
    },
    h('h2', { id: SHARE_IDS.title }, t(lang, 'share_title')),
  );
}

function shareForm(props: ShareViewProps): VElement[] {
  const { lang, sharing, busy, handlers } = props;
  const chosen = sharing.people.filter((person) => person.email !== '' && props.selection.chosen.has(person.id));
  const blocked = !sharing.canShare;
  return [
    blocked &&
      h(
        'p',
        { class: 'gray', 'data-testid': 'share-cannot' },
        t(lang, sharing.shared ? 'share_read_only' : 'share_cannot'),
      ),
    h(
      'fieldset',
      { id: SHARE_IDS.people, class: 'form-group share-people', 'data-testid': SHARE_IDS.people },
      h('legend', {}, t(lang, 'share_people')),
      sharing.people.length === 0
        ? h('p', { class: 'gray' }, t(lang, 'share_no_people'))
        : h(
            'ul',
            { class: 'item-list' },
            sharing.people.map((person) => personRow(props, person, blocked)),
          ),
    ),
    h('p', { id: SHARE_IDS.notice, class: 'secondary', 'data-testid': SHARE_IDS.notice }, t(lang, 'share_notice')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: SHARE_IDS.share,
          type: 'button',
          class: 'share',
          disabled: busy || blocked || chosen.length === 0,
          'data-testid': SHARE_IDS.share,
          on: { click: () => handlers.share() },
        },
        t(lang, 'share_button'),
      ),
    ),
    statusView(SHARE_IDS.status, props.shareStatus),
  ].filter((node): node is VElement => node !== false);
}

/** Which address the add-on counts for this person, or that Google gives none: the key to "why may I not change this?". */
function whoAmIView(props: ShareViewProps): VElement {
  const { lang, sharing } = props;
  const lines =
    sharing.activeEmail === ''
      ? [t(lang, 'share_you_unknown')]
      : [
          t(lang, 'share_you_are', { email: sharing.activeEmail }),
          ...(sharing.canShare ? [] : [t(lang, 'share_alias_hint')]),
        ];
  return h('p', { id: SHARE_IDS.whoAmI, class: 'secondary', 'data-testid': SHARE_IDS.whoAmI }, lines.join(' '));
}

/** The way out of the lock, for whoever Sheets lets edit the locked ranges: the menu has the same item. */
function releaseView(props: ShareViewProps): VElement | false {
  const { lang, sharing, busy, handlers } = props;
  if (!sharing.shared || !sharing.canReleaseLock)
    return props.releaseStatus ? statusView(SHARE_IDS.releaseStatus, props.releaseStatus) : false;
  return h(
    'div',
    { class: 'share-part' },
    h('h3', {}, t(lang, 'release_title')),
    h('p', { class: 'secondary' }, t(lang, 'release_intro')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: SHARE_IDS.release,
          type: 'button',
          disabled: busy,
          'data-testid': SHARE_IDS.release,
          on: { click: () => handlers.releaseLock() },
        },
        t(lang, 'release_button'),
      ),
    ),
    statusView(SHARE_IDS.releaseStatus, props.releaseStatus),
  );
}

function personRow(props: ShareViewProps, person: SharePerson, blocked: boolean): VElement {
  const { lang } = props;
  const id = personCheckboxId(person.id);
  const notes = [
    person.roleName,
    person.isHead ? t(lang, 'share_head') : '',
    person.hasAccess ? t(lang, 'share_has_access') : '',
  ].filter(Boolean);
  return h(
    'li',
    { key: person.id, class: 'share-person' },
    h(
      'label',
      { class: 'checkbox', for: id },
      h('input', {
        id,
        type: 'checkbox',
        checked: props.selection.chosen.has(person.id),
        disabled: props.busy || blocked || person.email === '',
        'aria-describedby': `${id}-about`,
        'data-testid': id,
        on: { change: () => props.handlers.togglePerson(person.id) },
      }),
      ` ${person.name}`,
    ),
    h(
      'p',
      { id: `${id}-about`, class: 'secondary hint' },
      [person.email === '' ? t(lang, 'share_no_email') : person.email, ...notes].join(' · '),
    ),
  );
}

function copyLinkView(props: ShareViewProps): VElement {
  const { lang, handlers } = props;
  return h(
    'div',
    { class: 'share-part' },
    h('h3', {}, t(lang, 'copy_title')),
    h('p', { class: 'secondary' }, t(lang, 'copy_intro')),
    h('label', { for: SHARE_IDS.copyUrl }, t(lang, 'copy_link_label')),
    h(
      'div',
      { class: 'item-with-button' },
      h('input', {
        id: SHARE_IDS.copyUrl,
        type: 'text',
        class: 'item-input',
        readonly: true,
        value: props.sharing.copyUrl,
        'data-testid': SHARE_IDS.copyUrl,
      }),
      h(
        'button',
        {
          id: SHARE_IDS.copyLink,
          type: 'button',
          'data-testid': SHARE_IDS.copyLink,
          on: { click: () => handlers.copyLink() },
        },
        t(lang, 'copy_link'),
      ),
    ),
    copyFeedbackView(props, 'link'),
  );
}

function copyFeedbackView(props: ShareViewProps, target: 'link' | 'json'): VElement | false {
  const feedback = props.copyFeedback;
  if (!feedback || feedback.target !== target) return false;
  return h(
    'p',
    {
      id: SHARE_IDS.copyFeedback,
      class: feedback.copied ? 'secondary' : 'error',
      role: 'status',
      'data-testid': SHARE_IDS.copyFeedback,
    },
    t(props.lang, feedback.copied ? 'copied' : 'copy_failed'),
  );
}

function exportView(props: ShareViewProps): VElement {
  const { lang, busy, handlers, exported } = props;
  return h(
    'div',
    { class: 'share-part' },
    h('h3', {}, t(lang, 'export_title')),
    h('p', { class: 'secondary' }, t(lang, 'export_intro')),
    h(
      'label',
      { class: 'checkbox', for: SHARE_IDS.includeEmails },
      h('input', {
        id: SHARE_IDS.includeEmails,
        type: 'checkbox',
        checked: props.includeEmails,
        disabled: busy,
        'data-testid': SHARE_IDS.includeEmails,
        on: { change: () => handlers.toggleIncludeEmails() },
      }),
      ` ${t(lang, 'export_include_emails')}`,
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: SHARE_IDS.export,
          type: 'button',
          disabled: busy,
          'data-testid': SHARE_IDS.export,
          on: { click: () => handlers.exportTemplate() },
        },
        t(lang, 'export_button'),
      ),
    ),
    statusView(SHARE_IDS.exportStatus, props.exportStatus),
    exported && [
      h('label', { for: SHARE_IDS.exportJson }, t(lang, 'export_file_label')),
      h('textarea', {
        id: SHARE_IDS.exportJson,
        class: 'json',
        rows: 8,
        readonly: true,
        spellcheck: 'false',
        value: exported.json,
        'data-testid': SHARE_IDS.exportJson,
      }),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            id: SHARE_IDS.exportCopy,
            type: 'button',
            'data-testid': SHARE_IDS.exportCopy,
            on: { click: () => handlers.copyJson() },
          },
          t(lang, 'export_copy'),
        ),
        h(
          'a',
          {
            id: SHARE_IDS.exportDownload,
            class: 'button-link',
            // A data: link downloads without a script; the sidebar's sandboxed frame may still block it
            // (docs/emulator.md, "Sidebar frame"), so copying comes first and the hint below says what to do.
            href: `data:application/json;charset=utf-8,${encodeURIComponent(exported.json)}`,
            download: exported.fileName,
            'data-testid': SHARE_IDS.exportDownload,
          },
          t(lang, 'export_download', { name: exported.fileName }),
        ),
      ),
      copyFeedbackView(props, 'json'),
      h(
        'p',
        { id: SHARE_IDS.exportDownloadHint, class: 'secondary hint', 'data-testid': SHARE_IDS.exportDownloadHint },
        t(lang, 'export_download_hint', { name: exported.fileName }),
      ),
    ],
  );
}

function importView(props: ShareViewProps): VElement {
  const { lang, busy, handlers, preview } = props;
  const cannotApply = !props.sharing.canChangeStructure;
  return h(
    'div',
    { class: 'share-part' },
    h('h3', {}, t(lang, 'import_title')),
    h('p', { class: 'secondary' }, t(lang, 'import_intro')),
    h('label', { for: SHARE_IDS.importText }, t(lang, 'import_text_label')),
    h('textarea', {
      id: SHARE_IDS.importText,
      class: 'json',
      rows: 6,
      spellcheck: 'false',
      value: props.importText,
      'data-testid': SHARE_IDS.importText,
      on: { input: (event) => handlers.setImportText(event.value) },
    }),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: SHARE_IDS.preview,
          type: 'button',
          disabled: busy || props.importText.trim() === '',
          'data-testid': SHARE_IDS.preview,
          on: { click: () => handlers.previewImport() },
        },
        t(lang, 'import_preview'),
      ),
    ),
    preview && previewView(props, preview, cannotApply),
    statusView(SHARE_IDS.importStatus, props.importStatus),
  );
}

function previewView(props: ShareViewProps, preview: ImportPreview, cannotApply: boolean): VElement {
  const { lang, busy, handlers } = props;
  return h(
    'div',
    { id: SHARE_IDS.previewResult, class: 'import-preview', 'data-testid': SHARE_IDS.previewResult },
    h('p', {}, preview.summary),
    preview.sections.map((section) => [
      h('h4', {}, section.title),
      h(
        'ul',
        { class: 'status-details' },
        section.lines.map((line) => h('li', {}, line)),
      ),
    ]),
    cannotApply && h('p', { class: 'gray' }, t(lang, 'import_cannot')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          id: SHARE_IDS.confirm,
          type: 'button',
          class: 'create',
          disabled: busy || cannotApply,
          'data-testid': SHARE_IDS.confirm,
          on: { click: () => handlers.confirmImport() },
        },
        t(lang, 'import_confirm'),
      ),
      h(
        'button',
        {
          id: SHARE_IDS.cancel,
          type: 'button',
          disabled: busy,
          'data-testid': SHARE_IDS.cancel,
          on: { click: () => handlers.cancelImport() },
        },
        t(lang, 'import_cancel'),
      ),
    ),
  );
}
