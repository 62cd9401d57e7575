/**
 * The "Share with the team" section: whom to share with and whether Google
 * emails them, the spreadsheet's /copy link, the template's export to a
 * JSON file, and the import of one — previewed first, applied only when the
 * person confirms that preview. Runs the server actions through the host;
 * the drawing is in share-view.ts.
 */
import type { ImportPreview, ShareState, TemplateExport } from '../../../shared/server-api';
import { IDLE, performAction, statusContent, type ActionStatus } from '../../action-status';
import type { VElement } from '../../view/vnode';
import type { SectionHost, SidebarSection } from '../section';
import { SHARE_IDS } from './share-ids';
import { NO_SELECTION, chosenIds, freshSelection, receivePeople, toggle, type ShareSelection } from './share-selection';
import { sharePlaceholderView, shareView, type ShareHandlers } from './share-view';

export const SHARE_SECTION_ID = 'share';

export function createShareSection(host: SectionHost): SidebarSection {
  let sharing: ShareState | undefined;
  let selection: ShareSelection = NO_SELECTION;
  let shareStatus: ActionStatus = IDLE;
  let releaseStatus: ActionStatus = IDLE;
  let copyFeedback: { target: 'link' | 'json'; copied: boolean } | null = null;
  let includeEmails = false;
  let exported: TemplateExport | null = null;
  let exportStatus: ActionStatus = IDLE;
  let importText = '';
  /** The preview and the text it was made from: a confirmation applies exactly what was previewed. */
  let preview: { text: string; preview: ImportPreview } | null = null;
  let importStatus: ActionStatus = IDLE;
  let lang = host.lang();

  async function copy(target: 'link' | 'json', text: string): Promise<void> {
    const copied = await host.copyText(text);
    copyFeedback = { target, copied };
    host.render();
  }

  /** After a share or an import: everything the sidebar shows may have changed, for every section. */
  async function refreshState(): Promise<void> {
    try {
      host.adoptState(await host.callServer('getSidebarState'));
    } catch {
      // The action itself succeeded and says so; the next action or reopening brings the state.
    }
  }

  const handlers: ShareHandlers = {
    togglePerson(personId) {
      const person = sharing?.people.find((candidate) => candidate.id === personId);
      if (!person) return;
      selection = toggle(selection, person);
      host.render();
    },
    share() {
      if (!sharing || host.isBusy()) return;
      const personIds = chosenIds(selection, sharing.people);
      if (personIds.length === 0) return;
      void performAction(host, {
        busy: 'busy_sharing',
        setStatus: (next) => {
          shareStatus = next;
        },
        focusAfter: { id: SHARE_IDS.share, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('shareWithTeam', { personIds });
          await refreshState();
          if (sharing) selection = freshSelection(sharing.people);
          return { kind: 'done', result };
        },
      });
    },
    releaseLock() {
      if (!sharing?.shared || host.isBusy()) return;
      void performAction(host, {
        busy: 'busy_releasing',
        setStatus: (next) => {
          releaseStatus = next;
        },
        focusAfter: { id: SHARE_IDS.share, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('releaseStructureLock');
          await refreshState();
          return { kind: 'done', result };
        },
      });
    },
    copyLink() {
      if (sharing) void copy('link', sharing.copyUrl);
    },
    toggleIncludeEmails() {
      includeEmails = !includeEmails;
      host.render();
    },
    exportTemplate() {
      if (host.isBusy()) return;
      void performAction(host, {
        busy: 'busy_exporting',
        setStatus: (next) => {
          exportStatus = next;
        },
        focusAfter: { id: SHARE_IDS.export, onlyIfLost: true },
        run: async () => {
          exported = await host.callServer('exportTemplate', { includeEmails });
          copyFeedback = null;
          return { kind: 'done', result: { message: exported.message, details: exported.details } };
        },
      });
    },
    copyJson() {
      if (exported) void copy('json', exported.json);
    },
    setImportText(text) {
      importText = text;
      // A preview is of the text it read; another text needs its own.
      if (preview && preview.text !== text) preview = null;
      host.render();
    },
    previewImport() {
      if (host.isBusy() || importText.trim() === '') return;
      const text = importText;
      preview = null;
      void performAction(host, {
        busy: 'busy_previewing',
        setStatus: (next) => {
          importStatus = next;
        },
        focusAfter: { id: SHARE_IDS.confirm, onlyIfLost: false },
        run: async () => {
          preview = { text, preview: await host.callServer('previewImport', text) };
          return IDLE;
        },
      });
    },
    confirmImport() {
      if (!preview || host.isBusy()) return;
      const { text, preview: shown } = preview;
      void performAction(host, {
        busy: 'busy_importing',
        setStatus: (next) => {
          importStatus = next;
        },
        focusAfter: { id: SHARE_IDS.preview, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('applyImport', text, shown.confirmation);
          preview = null;
          importText = '';
          await refreshState();
          return { kind: 'done', result };
        },
      });
    },
    cancelImport() {
      preview = null;
      importStatus = IDLE;
      host.render({ id: SHARE_IDS.preview });
    },
  };

  return {
    id: SHARE_SECTION_ID,
    receiveState(state) {
      sharing = state.sharing;
      selection = receivePeople(selection, state.sharing.people);
      // The preview is worded in the language it was asked in.
      if (state.userLang !== lang) preview = null;
      lang = state.userLang;
    },
    view(): VElement {
      const current = host.lang();
      if (!sharing) return sharePlaceholderView(current);
      return shareView({
        lang: current,
        busy: host.isBusy(),
        sharing,
        selection,
        shareStatus: statusContent(shareStatus, current),
        releaseStatus: statusContent(releaseStatus, current),
        copyFeedback,
        includeEmails,
        exported,
        exportStatus: statusContent(exportStatus, current),
        importText,
        preview: preview?.preview ?? null,
        importStatus: statusContent(importStatus, current),
        handlers,
      });
    },
  };
}
