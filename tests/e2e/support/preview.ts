/**
 * A preview server for a test file, in-process, on a free port, built from
 * the current sources first (the tests check what `npm start` and
 * `clasp push` would use, never a stale dist/). A dist/ built from the
 * sources as they are (`npm test` builds before the tests) is not built again.
 */
import { join } from 'node:path';
import { buildAll } from '../../../scripts/build';
import { isBuildCurrent } from '../../../scripts/build-record';
import { startPreviewServer, type PreviewServer } from '../../../packages/preview/preview-server';

let built: Promise<void> | undefined;

const root = join(import.meta.dirname, '../../..');

/** Builds dist/ at most once per worker, and only if it is not current (writes are atomic, so files running in parallel never read half a file). */
function buildOnce(): Promise<void> {
  built ??= isBuildCurrent(root) ? Promise.resolve() : buildAll();
  return built;
}

export async function startPreview(options: { locale?: string } = {}): Promise<PreviewServer> {
  await buildOnce();
  return startPreviewServer({ port: 0, locale: options.locale ?? 'en_US' });
}
