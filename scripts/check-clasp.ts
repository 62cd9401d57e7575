/**
 * Before `clasp push`: a clear word when `.clasp.json` is missing or still
 * holds the example's placeholder, instead of clasp's own error. The file
 * names one person's script project, so it is not committed
 * (`.clasp.json.example` is); see the README's "Deploying to Google".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = 'PASTE_THE_SCRIPT_ID_HERE';

export function claspConfigProblem(root: string): string | null {
  const path = join(root, '.clasp.json');
  if (!existsSync(path)) {
    return 'No .clasp.json: run `npx clasp create --type sheets --title "Marketing KPI" --rootDir dist`, or copy .clasp.json.example to .clasp.json and put your script id in it.';
  }
  let config: { scriptId?: unknown; rootDir?: unknown };
  try {
    config = JSON.parse(readFileSync(path, 'utf8')) as typeof config;
  } catch {
    return '.clasp.json is not valid JSON: copy .clasp.json.example again and put your script id in it.';
  }
  if (typeof config.scriptId !== 'string' || config.scriptId.trim() === '' || config.scriptId === PLACEHOLDER) {
    return '.clasp.json has no script id: put the Script ID from Apps Script → Project settings in "scriptId".';
  }
  if (config.rootDir !== 'dist')
    return '.clasp.json must have "rootDir": "dist" (that is what the build writes and clasp pushes).';
  return null;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const problem = claspConfigProblem(process.cwd());
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
