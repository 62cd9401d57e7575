/**
 * A preview server for a test file, in-process, on a free port, built from
 * the current sources first (the tests check what `npm start` and
 * `clasp push` would use, never a stale dist/).
 */
import { buildAll } from '../../../scripts/build';
import { startPreviewServer, type PreviewServer } from '../../../packages/preview/preview-server';

let built: Promise<void> | undefined;

/** Builds dist/ once per test file (writes are atomic, so files running in parallel never read half a file). */
function buildOnce(): Promise<void> {
  built ??= buildAll();
  return built;
}

export async function startPreview(options: { locale?: string } = {}): Promise<PreviewServer> {
  await buildOnce();
  return startPreviewServer({ port: 0, locale: options.locale ?? 'en_US' });
}
