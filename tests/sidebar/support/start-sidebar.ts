/** Runs the whole sidebar (shell and sections) in Node against the in-memory server, recording each render. */
import type { Lang } from '../../../src/core/i18n/lang';
import { createSidebarApp, type RenderRequest } from '../../../src/sidebar/app';
import type { SectionFactory } from '../../../src/sidebar/sections/section';
import { settle } from './fake-script-run';
import { InMemoryServer, connect } from './in-memory-server';

export interface StartOptions {
  server?: InMemoryServer;
  initialLang?: Lang;
  holdFirstLoad?: boolean;
  /** Only these sections (default: every registered one), to test a section's own server calls. */
  sections?: readonly SectionFactory[];
  /** The clipboard; copies are recorded and succeed when omitted. */
  copyText?: (text: string) => Promise<boolean>;
}

export async function startSidebar(options: StartOptions = {}) {
  const server = options.server ?? new InMemoryServer();
  const connection = connect(server);
  const renders: RenderRequest[] = [];
  const copied: string[] = [];
  const app = createSidebarApp({
    callServer: connection.callServer,
    initialLang: options.initialLang ?? 'en',
    render: (request) => renders.push(request),
    copyText:
      options.copyText ??
      ((text) => {
        copied.push(text);
        return Promise.resolve(true);
      }),
    ...(options.sections ? { sections: options.sections } : {}),
  });
  if (options.holdFirstLoad) connection.hold();
  const started = app.start();
  if (!options.holdFirstLoad) {
    await started;
    await settle();
  }
  return {
    app,
    server,
    connection,
    renders,
    /** What the sidebar put on the clipboard. */
    copied,
    started,
    view: () => app.view(),
    /** Where the last render asked focus to go. */
    lastFocus: () => renders.at(-1)?.focus,
  };
}
