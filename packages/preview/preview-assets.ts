/**
 * The preview's own client code, bundled by esbuild when the server starts:
 * the page around the sidebar (page/) and the google.script.run shim put
 * into the sidebar (sidebar-shim/). Nothing is fetched from the network.
 */
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBrowserScript } from '../../scripts/browser-script';
import { inlineSidebarAssets } from '../../scripts/build-sidebar';

export interface PreviewAssets {
  /** GET / */
  pageHtml: string;
  /** Put in front of the sidebar's script. */
  shimJs: string;
}

const here = import.meta.dirname;

/** Readable in the browser's developer tools: the preview is for developers too. */
function bundleScript(entry: string): Promise<string> {
  return bundleBrowserScript(entry, entry, { minify: false });
}

export async function buildPreviewAssets(): Promise<PreviewAssets> {
  const pageDir = join(here, 'page');
  const [pageJs, shimJs, css] = await Promise.all([
    bundleScript(join(pageDir, 'main.ts')),
    bundleScript(join(here, 'sidebar-shim', 'google-script-run.ts')),
    transform(readFileSync(join(pageDir, 'styles.css'), 'utf8'), { loader: 'css', target: 'chrome100' }).then(
      (result) => result.code,
    ),
  ]);
  // The same markers and checks as the sidebar's build, so neither can end its tag early.
  const pageHtml = inlineSidebarAssets(readFileSync(join(pageDir, 'index.html'), 'utf8'), css, pageJs);
  return { pageHtml, shimJs };
}
