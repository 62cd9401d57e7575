/**
 * Builds dist/Sidebar.html: src/sidebar/index.html with styles.css and the
 * bundled src/sidebar/main.ts inlined, one self-contained file that
 * `HtmlService.createHtmlOutputFromFile('Sidebar')` serves and that loads
 * nothing from the network.
 */
import { transform } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBrowserScript } from './browser-script';
import { writeFileAtomically } from './write-file-atomically';

/**
 * Apps Script serves the sidebar on every open; beyond this something heavy (full zod, say) slipped in.
 * The import's readers (CSV, XLSX, the worker driver) and the views shown only after a file is read
 * (the mapping step, the VAT question) ride in dist/ImportReader.html, loaded when a file is chosen.
 */
export const SIDEBAR_HTML_BUDGET_BYTES = 150_000;

const CSS_MARKER = '/* inline:styles.css */';
const JS_MARKER = '/* inline:main.ts */';

async function minifyStyles(sidebarDir: string): Promise<string> {
  const result = await transform(readFileSync(join(sidebarDir, 'styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
    target: 'chrome100',
  });
  return result.code.trim();
}

function replaceOnce(template: string, marker: string, content: string): string {
  const at = template.indexOf(marker);
  if (at < 0 || template.indexOf(marker, at + marker.length) >= 0)
    throw new Error(`index.html must hold ${marker} exactly once`);
  // Sliced rather than String.replace, which would read `$&` and the like inside the bundle as patterns.
  return template.slice(0, at) + content + template.slice(at + marker.length);
}

/** Puts CSS and JS inside their tags; fails if either could end its tag early. */
export function inlineSidebarAssets(template: string, css: string, js: string): string {
  if (/<\/style/i.test(css)) throw new Error('styles.css must not contain </style');
  if (/<\/script/i.test(js)) throw new Error('the sidebar bundle must not contain </script');
  return replaceOnce(replaceOnce(template, CSS_MARKER, css), JS_MARKER, js);
}

export async function renderSidebarHtml(root: string): Promise<string> {
  const sidebarDir = join(root, 'src/sidebar');
  const [css, js] = await Promise.all([
    minifyStyles(sidebarDir),
    bundleBrowserScript(join(sidebarDir, 'main.ts'), 'sidebar script'),
  ]);
  const html = inlineSidebarAssets(readFileSync(join(sidebarDir, 'index.html'), 'utf8'), css, js);
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > SIDEBAR_HTML_BUDGET_BYTES)
    throw new Error(`dist/Sidebar.html is ${bytes} bytes, over the ${SIDEBAR_HTML_BUDGET_BYTES}-byte budget`);
  return html;
}

/** Writes `<outDir>/Sidebar.html` whole or not at all (a test or preview may be reading it). */
export async function writeSidebarHtml(root: string, outDir: string): Promise<string> {
  const html = await renderSidebarHtml(root);
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, 'Sidebar.html');
  writeFileAtomically(target, html);
  return target;
}
