/**
 * The README's deploy steps on a fresh clone: no `.clasp.json` is shipped
 * (so `npx clasp create` does not stop at "Project file already exists."),
 * the example names the build's rootDir, and `npm run deploy` says what to
 * do when the file is missing or still holds the placeholder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claspConfigProblem } from '../../scripts/check-clasp';

const ROOT = join(import.meta.dirname, '../..');

function folderWith(claspJson?: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'clasp-'));
  if (claspJson !== undefined) writeFileSync(join(folder, '.clasp.json'), claspJson);
  return folder;
}

describe('the clasp project file', () => {
  it('is not in the repository and is ignored, so `clasp create` can write it', () => {
    const tracked = execFileSync('git', ['ls-files', '.clasp.json', '.clasp.json.example'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(tracked).toEqual(['.clasp.json.example']);
    expect(execFileSync('git', ['check-ignore', '.clasp.json'], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe(
      '.clasp.json',
    );
  });

  it('ships an example that pushes dist/ and, copied as it is, is refused until a script id is in it', () => {
    const example = readFileSync(join(ROOT, '.clasp.json.example'), 'utf8');
    expect(JSON.parse(example)).toMatchObject({ rootDir: 'dist' });
    expect(claspConfigProblem(folderWith(example))).toMatch(/no script id/);
  });

  it('names what to do when the file is missing, broken or points elsewhere, and accepts a real one', () => {
    expect(claspConfigProblem(folderWith())).toMatch(
      /npx clasp create --type sheets --title "Marketing KPI" --rootDir dist/,
    );
    expect(claspConfigProblem(folderWith('{'))).toMatch(/not valid JSON/);
    expect(claspConfigProblem(folderWith('{"scriptId": "1abc", "rootDir": "."}'))).toMatch(/"rootDir": "dist"/);
    expect(claspConfigProblem(folderWith('{"scriptId": "1abcDEF", "rootDir": "dist"}'))).toBeNull();
  });

  it('is what the README tells a person to create', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npx clasp create --type sheets --title "Marketing KPI" --rootDir dist');
    expect(readme).toContain('cp .clasp.json.example .clasp.json');
  });
});
