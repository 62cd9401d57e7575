/** Runs the whole sidebar (shell and sections) in Node against the in-memory server, recording each render. */
import type { Lang } from '../../../src/core/i18n/lang';
import { createSidebarApp, type RenderRequest } from '../../../src/sidebar/app';
import { settle } from './fake-script-run';
import { InMemoryServer, connect } from './in-memory-server';

export async function startSidebar(options: { server?: InMemoryServer; initialLang?: Lang; holdFirstLoad?: boolean } = {}) {
  const server = options.server ?? new InMemoryServer();
  const connection = connect(server);
  const renders: RenderRequest[] = [];
  const app = createSidebarApp({ callServer: connection.callServer, initialLang: options.initialLang ?? 'en', render: (request) => renders.push(request) });
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
    started,
    view: () => app.view(),
    /** Where the last render asked focus to go. */
    lastFocus: () => renders.at(-1)?.focus,
  };
}
