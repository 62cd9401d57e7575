/**
 * `npm start`: builds dist/ as `npm run build` does (unless dist/ is already
 * what a build of the files as they are would write), then serves the add-on
 * in a browser, with no Google account. Serves on 127.0.0.1, on the port in
 * PORT (0 picks a free one; 8080 when unset), in the locale in
 * PREVIEW_LOCALE ('en_US' when unset; 'ru_RU' for a Russian spreadsheet).
 * Ctrl-C stops it. Building in this process rather than in a separate
 * `npm run build` saves a second npm and Node start-up: the preview is ready
 * seconds sooner.
 */
import { join } from 'node:path';
import { buildAll } from '../../scripts/build';
import { isBuildCurrent } from '../../scripts/build-record';
import { portFromEnvironment } from './port-from-environment';
import { startPreviewServer } from './preview-server';

async function main(): Promise<void> {
  const port = portFromEnvironment(process.env.PORT);
  // The server half's Zopfli pass is most of a build: a second start with nothing changed skips it.
  if (!isBuildCurrent(join(import.meta.dirname, '../..'))) await buildAll();
  const preview = await startPreviewServer({ port, locale: process.env.PREVIEW_LOCALE || 'en_US' }).catch(
    (error: unknown) => {
      if ((error as { code?: unknown }).code === 'EADDRINUSE')
        throw new Error(`Port ${port} is in use: set PORT to another port, or PORT=0 for a free one.`);
      throw error;
    },
  );
  console.log(`Marketing KPI preview: ${preview.url}`);
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
