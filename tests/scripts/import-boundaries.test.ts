/**
 * The shape of src/ and packages/, enforced: the import rules of .dependency-cruiser.cjs
 * (no import cycle; core pure; core takes only types from shared; nothing
 * of the emulator or the preview reachable from what ships), and the rule
 * an import graph cannot see — in src/, only src/server touches Apps Script's
 * globals (the emulator and the preview, which stand in for Google, are in packages/).
 */
import * as acorn from 'acorn';
import type { Node as AcornNode } from 'acorn';
import { transformSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Apps Script's global services: code outside src/server that names one would only run inside Apps Script. */
const APPS_SCRIPT_GLOBALS = new Set([
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'Session',
  'ScriptApp',
  'Utilities',
  'CacheService',
  'UrlFetchApp',
  'DriveApp',
  'DocumentApp',
  'GmailApp',
  'MailApp',
  'Charts',
  'Logger',
  'Browser',
  'ContentService',
  'CardService',
]);
/** Where they may appear in src/: the server. (The emulator and the preview, which stand in for Google, live in packages/.) */
const MAY_TOUCH_APPS_SCRIPT = /^src\/server\//;

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * An identifier is spelled out in the source, or written with a `\u` escape: a file with
 * neither a global's name nor an escape reads none of them, and needs no parse (most of src/).
 */
function mayNameAGlobal(source: string): boolean {
  return source.includes('\\u') || [...APPS_SCRIPT_GLOBALS].some((name) => source.includes(name));
}

/** Identifiers a file's code reads as variables (not property names), comments and types gone. */
function globalsNamed(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  if (!mayNameAGlobal(source)) return [];
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' });
  const found = new Set<string>();
  const walk = (node: unknown, parent: AcornNode | null, key: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, parent, key);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as AcornNode).type !== 'string') return;
    const current = node as AcornNode & Record<string, unknown>;
    if (current.type === 'Identifier') {
      const name = current.name as string;
      const isPropertyName =
        (parent?.type === 'MemberExpression' &&
          key === 'property' &&
          !(parent as unknown as { computed: boolean }).computed) ||
        (parent?.type === 'Property' && key === 'key' && !(parent as unknown as { computed: boolean }).computed);
      if (!isPropertyName && APPS_SCRIPT_GLOBALS.has(name)) found.add(name);
      return;
    }
    for (const [childKey, child] of Object.entries(current)) {
      if (childKey !== 'type' && childKey !== 'start' && childKey !== 'end') walk(child, current, childKey);
    }
  };
  walk(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }), null, '');
  return [...found];
}

describe('import boundaries (dependency-cruiser, .dependency-cruiser.cjs)', () => {
  it('holds every rule over src/ and packages/', { timeout: 180_000 }, () => {
    const run = spawnSync(
      join(root, 'node_modules/.bin/depcruise'),
      // The cache (node_modules/.cache/dependency-cruiser) is used only when no cruised file, option or rule
      // has changed since it was written; otherwise the cruise runs in full and rewrites it (2.5 s of CPU saved).
      [
        'src',
        'packages',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'json',
        '--cache',
        '--cache-strategy',
        'content',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const report = JSON.parse(run.stdout) as {
      summary: { violations: Violation[]; totalCruised: number; totalDependenciesCruised: number };
      modules: { source: string; dependencies: { module: string; couldNotResolve: boolean }[] }[];
    };
    // An import the cruiser cannot resolve (the emulator's package name, say) is an edge no rule can judge.
    const unresolved = report.modules.flatMap((m) =>
      m.dependencies.filter((d) => d.couldNotResolve).map((d) => `${m.source} → ${d.module}`),
    );
    expect(unresolved).toEqual([]);
    // A cruise that read no TypeScript (a missing transpiler) would pass every rule: make sure it read the project.
    expect(report.summary.totalCruised).toBeGreaterThan(300);
    expect(report.summary.totalDependenciesCruised).toBeGreaterThan(800);
    const violations = report.summary.violations.map((v) =>
      v.cycle
        ? `${v.rule.name}: ${v.from} → ${v.cycle.map((step) => step.name).join(' → ')}`
        : `${v.rule.name}: ${v.from} → ${v.to}`,
    );
    expect(violations).toEqual([]);
  });
});

describe('Apps Script globals', () => {
  it('are touched in src/ only by src/server', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => !MAY_TOUCH_APPS_SCRIPT.test(file))
      .flatMap((file) => globalsNamed(join(root, file)).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it('are seen where they are used: the server reads SpreadsheetApp and PropertiesService', () => {
    expect(globalsNamed(join(root, 'src/server/spreadsheet-lang.ts'))).toContain('SpreadsheetApp');
    expect(globalsNamed(join(root, 'src/server/settings-store.ts'))).toContain('PropertiesService');
  });
});
