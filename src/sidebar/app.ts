/**
 * The sidebar as a whole: loads the server's state, keeps the language and
 * the busy flag every section shares, and draws the shell around the
 * sections. It knows nothing of the DOM: `render` receives a VNode tree (in
 * the browser main.ts patches it into the page; tests read it directly).
 */
import type { Lang } from '../core/i18n/lang';
import type { SidebarState } from '../shared/server-api';
import type { ActionStatus } from './action-status';
import { IDLE, statusContent } from './action-status';
import type { CallServer } from './api';
import type { FocusRequest } from './focus-request';
import { SIDEBAR_SECTIONS } from './sections/registry';
import type { SectionFactory, SectionHost, SidebarSection } from './sections/section';
import { classifyServerFailure } from './server-failure';
import { SHELL_IDS, langButtonId, shellView } from './shell-view';
import type { VElement } from './view/vnode';

export interface RenderRequest {
  view: VElement;
  /** For `<html lang>`, so screen readers pronounce the text in the right language. */
  lang: Lang;
  focus?: FocusRequest | undefined;
}

export interface SidebarAppOptions {
  callServer: CallServer;
  /** Until the server says otherwise: the browser's language. */
  initialLang: Lang;
  render: (request: RenderRequest) => void;
  sections?: readonly SectionFactory[];
  /** The browser's clipboard (clipboard.ts); without it, copying reports that it could not. */
  copyText?: (text: string) => Promise<boolean>;
}

export interface SidebarApp {
  /** Loads the state from the server and draws the sections. */
  start(): Promise<void>;
  lang(): Lang;
  view(): VElement;
}

export function createSidebarApp(options: SidebarAppOptions): SidebarApp {
  let lang = options.initialLang;
  let state: SidebarState | undefined;
  let busyCalls = 0;
  let status: ActionStatus = IDLE;
  let loadFailed = false;

  const host: SectionHost = {
    callServer: options.callServer,
    lang: () => lang,
    isBusy: () => busyCalls > 0,
    async whileBusy(task) {
      busyCalls += 1;
      render();
      try {
        return await task();
      } finally {
        busyCalls -= 1;
      }
    },
    adoptState,
    async refreshState() {
      try {
        adoptState(await options.callServer('getSidebarState'));
      } catch {
        // Quiet by contract (section.ts): the action's own status is what the person reads.
      }
    },
    copyText: (text) => (options.copyText ? options.copyText(text) : Promise.resolve(false)),
    render,
  };
  const sections: SidebarSection[] = (options.sections ?? SIDEBAR_SECTIONS).map((create) => create(host));

  function adoptState(next: SidebarState): void {
    state = next;
    lang = next.userLang;
    for (const section of sections) section.receiveState(next);
  }

  function view(): VElement {
    return shellView({
      lang,
      busy: host.isBusy(),
      loading: state === undefined,
      status: statusContent(status, lang),
      onRetry: loadFailed ? () => void load() : undefined,
      onSwitchLang: (next) => void switchLang(next),
      sections: state === undefined ? [] : sections.map((section) => ({ ...section.view(), key: section.id })),
    });
  }

  function render(focus?: FocusRequest): void {
    options.render({ view: view(), lang, focus });
  }

  async function load(): Promise<void> {
    if (host.isBusy()) return;
    status = { kind: 'busy', message: 'loading' };
    loadFailed = false;
    try {
      adoptState(await host.whileBusy(() => options.callServer('getSidebarState')));
      status = IDLE;
    } catch (error) {
      loadFailed = true;
      status = { kind: 'failed', failure: classifyServerFailure(error) };
    }
    render(loadFailed ? { id: SHELL_IDS.retry, onlyIfLost: true } : undefined);
  }

  /** Every string changes at once; the choice is then saved for this user on the server. */
  async function switchLang(next: Lang): Promise<void> {
    if (host.isBusy() || next === lang) return;
    lang = next;
    status = { kind: 'busy', message: 'busy_switching_lang' };
    try {
      const saved = await host.whileBusy(() => options.callServer('setUserLang', next));
      // Before the first load succeeded there are no sections to tell; the next load brings everything.
      if (state !== undefined) adoptState(saved);
      else lang = saved.userLang;
      status = IDLE;
    } catch (error) {
      status = { kind: 'failed', failure: classifyServerFailure(error) };
    }
    render({ id: langButtonId(lang), onlyIfLost: true });
  }

  return { start: load, lang: () => lang, view };
}
