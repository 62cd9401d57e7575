/**
 * What dist/ was last built from: a digest of every file the build reads
 * (the sources, the build scripts, the manifest, the lockfile) and of what
 * it wrote. The browser tests and the preview tests need dist/ current;
 * with this they build only when a file changed since `npm run build`
 * (which `npm test` runs first), instead of once more in each test worker
 * (half a minute of CPU under load: the server half's Zopfli pass).
 * Kept beside node_modules' other caches, never in dist/ (clasp pushes dist/).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** What the build reads, from the project's root: folders walked whole (node_modules skipped), and single files. */
const BUILD_INPUTS = [
  'src',
  'scripts',
  'packages',
  'appsscript.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'));
}

function isFolder(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** One digest of the files' names and contents, in a stable order. */
function digestOf(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(file.split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function inputFiles(root: string): string[] {
  return BUILD_INPUTS.flatMap((input) => {
    const full = join(root, input);
    if (!existsSync(full)) return [];
    return isFolder(full) ? filesUnder(root, input) : [input];
  });
}

function outputFiles(root: string): string[] {
  return filesUnder(root, 'dist').filter((file) => !file.endsWith('.tmp'));
}

function recordPath(root: string): string {
  return join(root, 'node_modules/.cache/marketing-kpi/build-record.json');
}

interface BuildRecord {
  inputs: string;
  outputs: string;
}

function currentRecord(root: string): BuildRecord {
  return { inputs: digestOf(root, inputFiles(root)), outputs: digestOf(root, outputFiles(root)) };
}

/** Called by the build once dist/ is written. */
export function recordBuild(root: string): void {
  const path = recordPath(root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(currentRecord(root)));
}

/** Whether dist/ is what a build of the files as they are now would write (nothing changed since, on either side). */
export function isBuildCurrent(root: string): boolean {
  let recorded: BuildRecord;
  try {
    recorded = JSON.parse(readFileSync(recordPath(root), 'utf8')) as BuildRecord;
  } catch {
    return false;
  }
  const now = currentRecord(root);
  return recorded.inputs === now.inputs && recorded.outputs === now.outputs;
}
