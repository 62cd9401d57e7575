/**
 * The "Share with the team" section: whom to share with and whether Google
 * emails them, the spreadsheet's /copy link, the template's export to a
 * JSON file, and the import of one — previewed first, applied only when the
 * person confirms that preview. Runs the server actions through the host;
 * the drawing is in share-view.ts.
 */
import type { ImportPreview, ShareState, TemplateExport } from '../../../shared/server-api';
import { IDLE, createActionSlot, statusContent } from '../../action-status';
import type { VElement } from '../../view/vnode';
import type { SectionDeclaration, SectionHost, SidebarSection } from '../section';
import { SHARE_IDS } from './share-ids';
import { NO_SELECTION, chosenIds, freshSelection, receivePeople, toggle, type ShareSelection } from './share-selection';
import { sharePlaceholderView, shareView, type ShareHandlers } from './share-view';

const SHARE_SECTION_ID = 'share';

export function createShareSection(host: SectionHost): SidebarSection {
  let sharing: ShareState | undefined;
  let selection: ShareSelection = NO_SELECTION;
  const shareLine = createActionSlot(host);
  const releaseLine = createActionSlot(host);
  let copyFeedback: { target: 'link' | 'json'; copied: boolean } | null = null;
  let includeEmails = false;
  let exported: TemplateExport | null = null;
  const exportLine = createActionSlot(host);
  let importText = '';
  /** The preview and the text it was made from: a confirmation applies exactly what was previewed. */
  let preview: { text: string; preview: ImportPreview } | null = null;
  const importLine = createActionSlot(host);
  let lang = host.lang();

  async function copy(target: 'link' | 'json', text: string): Promise<void> {
    const copied = await host.copyText(text);
    copyFeedback = { target, copied };
    host.render();
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
      void shareLine.perform({
        busy: 'busy_sharing',
        focusAfter: { id: SHARE_IDS.share, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('shareWithTeam', { personIds });
          await host.refreshState();
          if (sharing) selection = freshSelection(sharing.people);
          return { kind: 'done', result };
        },
      });
    },
    releaseLock() {
      if (!sharing?.shared || host.isBusy()) return;
      void releaseLine.perform({
        busy: 'busy_releasing',
        focusAfter: { id: SHARE_IDS.share, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('releaseStructureLock');
          await host.refreshState();
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
      void exportLine.perform({
        busy: 'busy_exporting',
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
      void importLine.perform({
        busy: 'busy_previewing',
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
      void importLine.perform({
        busy: 'busy_importing',
        focusAfter: { id: SHARE_IDS.preview, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('applyImport', text, shown.confirmation);
          preview = null;
          importText = '';
          await host.refreshState();
          return { kind: 'done', result };
        },
      });
    },
    cancelImport() {
      preview = null;
      importLine.reset();
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
        shareStatus: statusContent(shareLine.status(), current),
        releaseStatus: statusContent(releaseLine.status(), current),
        copyFeedback,
        includeEmails,
        exported,
        exportStatus: statusContent(exportLine.status(), current),
        importText,
        preview: preview?.preview ?? null,
        importStatus: statusContent(importLine.status(), current),
        handlers,
      });
    },
  };
}

export const section: SectionDeclaration = { order: 50, create: createShareSection };
