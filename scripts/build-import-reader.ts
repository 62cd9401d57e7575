/**
 * Builds dist/ImportReader.html: the export reader (src/sidebar/import-reader)
 * as one minified script, no tags. The sidebar asks the server for it when a
 * person first imports data (getImportReader) and runs it, so neither the
 * sidebar's first load nor Code.js carries the CSV parser.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBrowserScript } from './browser-script';
import { writeFileAtomically } from './write-file-atomically';

/** The import core with papaparse and fflate (XLSX) is about 55 KB; beyond this something else slipped in. */
export const IMPORT_READER_BUDGET_BYTES = 70_000;

export async function renderImportReader(root: string): Promise<string> {
  const text = await bundleBrowserScript(join(root, 'src/sidebar/import-reader/reader-entry.ts'), 'import reader');
  // HtmlService reads `<?` as a scriptlet only in templates; the sidebar inlines the text in a script element.
  if (/<\/script/i.test(text)) throw new Error('the import reader must not contain </script');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > IMPORT_READER_BUDGET_BYTES)
    throw new Error(`dist/ImportReader.html is ${bytes} bytes, over the ${IMPORT_READER_BUDGET_BYTES}-byte budget`);
  return text;
}

export async function writeImportReader(root: string, outDir: string): Promise<string> {
  const text = await renderImportReader(root);
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, 'ImportReader.html');
  writeFileAtomically(target, text);
  return target;
}
