import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTION_DECLARATIONS } from '../../src/functions/custom-functions';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { entryPoints } from '../../src/server/entry-points';
import { VERDICT_CASES } from '../functions/verdict-acceptance-table';
import { callGlobal, loadBundle, readCodeJs, readPackedServerHalf, readServerHalf } from './load-bundle';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const code = readCodeJs();
/** What the first server call of an execution evaluates; Code.js carries it packed. */
const serverHalf = readServerHalf(code);
/** Code.js as V8 reads it when a custom function loads it: the packed string is only scanned. */
const plainCode = code.replace(readPackedServerHalf(code), '');
/** The generated declarations in front of the bundle: what Apps Script lists as the script's functions. */
const declarations = code.slice(0, code.indexOf('var AddonLib'));
const column = (...values: unknown[]) => values.map((value) => [value]);

describe('dist/Code.js as Apps Script loads it', () => {
  it('runs in a bare context with no require, process or timers', () => {
    const context = loadBundle();
    expect(typeof context.AddonLib).toBe('object');
    expect('require' in context || 'process' in context || 'setTimeout' in context).toBe(false);
  });

  it('computes the three functions as Sheets calls them', () => {
    const context = loadBundle();
    expect(
      callGlobal(context, 'ROMI', column('Revenue', 150_000, '', 50_000), column('Cost', 100_000, '', 60_000)).value,
    ).toBeCloseTo(0.25, 12);
    expect(callGlobal(context, 'CPL', 0, 25, 100_000).value).toBe(4_000);
    // Blended target CPL: 15 100 / 32 ≈ 472.
    expect(callGlobal(context, 'CHANNEL_VERDICT', column(20, 10, 0, 2), column(5_000, 10_000, 500, 100)).value).toEqual(
      column('SCALE', 'OPTIMIZE', 'DROP', 'TEST'),
    );
    expect(callGlobal(context, 'CHANNEL_VERDICT', 10, 5_000, '', 1_000).value).toBe('SCALE');
  });

  it("gives the verdict acceptance table's verdicts, row by row and as one column", () => {
    const context = loadBundle();
    const blank = (value: number | null) => value ?? '';
    for (const row of VERDICT_CASES) {
      const args = [row.leads, row.cost, blank(row.revenue), row.targetCpl, 5, blank(row.targetRomi)];
      expect(callGlobal(context, 'CHANNEL_VERDICT', ...args).value, row.why).toBe(row.expected);
    }
    const columnOf = (pick: (row: (typeof VERDICT_CASES)[number]) => number | string) =>
      VERDICT_CASES.map((row) => [pick(row)]);
    const verdicts = callGlobal(
      context,
      'CHANNEL_VERDICT',
      columnOf((row) => row.leads),
      columnOf((row) => row.cost),
      columnOf((row) => blank(row.revenue)),
      columnOf((row) => row.targetCpl),
      5,
      columnOf((row) => blank(row.targetRomi)),
    ).value;
    expect(verdicts).toEqual(VERDICT_CASES.map((row) => [row.expected]));
    expect(callGlobal(context, 'CHANNEL_VERDICT', 10, 1_000, 2_000, 100, 5, -1).error).toBe(
      'CHANNEL_VERDICT: target_romi, row 1: -1 is negative; expected 0 or more',
    );
  });

  it('throws messages that name the function, the argument and the row', () => {
    const context = loadBundle();
    expect(callGlobal(context, 'ROMI', column(1, 2, '1 000 ₽'), column(1, 1, 1)).error).toBe(
      'ROMI: revenue, row 3: "1 000 ₽" is text; enter it as a number',
    );
  });

  it("speaks Russian when the spreadsheet's locale is Russian, English when it cannot be read", () => {
    const spreadsheetIn = (locale: string) => ({
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
    });
    expect(callGlobal(loadBundle(spreadsheetIn('ru_RU')), 'CHANNEL_VERDICT', 0, 10).value).toBe('ОТКЛЮЧИТЬ');
    expect(callGlobal(loadBundle(spreadsheetIn('ru')), 'CPL', 1, 0).error).toMatch(/^CPL: сумма лидов равна 0/);
    expect(callGlobal(loadBundle(spreadsheetIn('de_DE')), 'CHANNEL_VERDICT', 0, 10).value).toBe('DROP');
    const broken = {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => {
          throw new Error('no access');
        },
      },
    };
    expect(callGlobal(loadBundle(broken), 'CHANNEL_VERDICT', 0, 10).value).toBe('DROP');
  });
});

describe('what Sheets and clasp need of the pushed code', () => {
  it.each(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn] as const))(
    '%s has @customfunction JSDoc right above a top-level declaration',
    (name, spec) => {
      const params = spec.params.map((param) => param.name);
      const declaration = new RegExp(
        String.raw`/\*\*\n((?: \*.*\n)+?) \*/\nfunction ${name}\(${params.join(', ')}\) \{`,
      );
      const match = declaration.exec(declarations);
      expect(match, `function ${name}(${params.join(', ')})`).not.toBeNull();
      const jsdoc = match?.[1] ?? '';
      expect(jsdoc).toContain(' * @customfunction');
      for (const param of params) expect(jsdoc).toMatch(new RegExp(String.raw`@param \{[^}]+\} ${param} `));
      expect(jsdoc).toMatch(/@return /);
    },
  );

  it('declares every entry point at the top level', () => {
    for (const entry of entryPoints())
      expect(declarations).toMatch(new RegExp(`^function ${entry.name}\\(${entry.params.join(', ')}\\) \\{`, 'm'));
  });

  it("has no export, import, new Function, UrlFetchApp or names ending in _, and eval only in the server half's loader", () => {
    for (const text of [plainCode, serverHalf]) {
      expect(text).not.toMatch(/^\s*(export|import)\s/m);
      expect(text).not.toMatch(/new Function\s*\(/);
      expect(text).not.toContain('UrlFetchApp');
      expect(text).not.toMatch(/\bFunction\s*\(/);
    }
    // One eval in all: indirect (a script of its own, in the global scope), of the text Utilities ungzipped.
    expect(serverHalf).not.toMatch(/\beval\b/);
    expect([...plainCode.matchAll(/\beval\b/g)]).toHaveLength(1);
    expect(plainCode).toMatch(
      /Utilities\.newBlob\(\w+\(""\),"application\/x-gzip"\),(\w+)=Utilities\.ungzip\(\w+\)\.getDataAsString\("UTF-8"\);return \w+=\(0,eval\)\(\1\)/,
    );
    const topLevelNames = [...declarations.matchAll(/^function (\w+)\(/gm)].map((m) => m[1] ?? '');
    expect(topLevelNames.filter((name) => name.endsWith('_'))).toEqual([]);
    expect(topLevelNames.length).toBe(CUSTOM_FUNCTIONS.length + entryPoints().length);
  });

  it("keeps HyperFormula and zod out of the pushed bundle, and the server half out of the custom functions' code: valibot checks payloads", async () => {
    expect(plainCode).not.toMatch(/hyperformula/i);
    expect(serverHalf).not.toMatch(/hyperformula/i);
    // The minified text does not name its libraries, so ask esbuild which files it bundled.
    const inputsOf = async (entry: string) => {
      const { metafile } = await build({
        entryPoints: [join(root, entry)],
        bundle: true,
        format: 'iife',
        platform: 'neutral',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      return Object.keys(metafile.inputs);
    };
    const customFunctions = await inputsOf('src/main.ts');
    const server = await inputsOf('src/server/server-entry.ts');
    expect(server.some((input) => input.includes('node_modules/valibot/'))).toBe(true);
    // What every =CPL compiles: the custom functions and the loader, no schema library, no sidebar call.
    expect(customFunctions.filter((input) => input.includes('node_modules/'))).toEqual([]);
    expect(
      customFunctions.filter((input) =>
        /server\/(entry-points|sidebar-calls(\.generated)?|server-entry)\.ts$/.test(input),
      ),
    ).toEqual([]);
    for (const inputs of [customFunctions, server]) {
      // zod builds its classes when the script loads, on every custom-function call.
      expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
      expect(inputs.filter((input) => /hyperformula/i.test(input))).toEqual([]);
    }
  });
});

describe('the registry', () => {
  it('documents every implementation, once', () => {
    expect(CUSTOM_FUNCTIONS.map((fn) => fn.name).sort()).toEqual(Object.keys(CUSTOM_FUNCTION_DECLARATIONS).sort());
  });
  it('ships no documentation text in the bundle', () => {
    for (const fn of CUSTOM_FUNCTIONS) expect(code.slice(code.indexOf('var AddonLib'))).not.toContain(fn.summary);
    // Entry points' descriptions are read by the build from src; the server half blanks them.
    for (const entry of entryPoints()) expect(`${code}\n${serverHalf}`, entry.name).not.toContain(entry.description);
  });
});
