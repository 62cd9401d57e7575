/**
 * The server half of dist/Code.js: the triggers, menu handlers and sidebar
 * calls (src/server/server-entry.ts), bundled on their own, gzipped and
 * written into the main bundle in Z85 (src/core/z85.ts). Every custom-function call is an
 * execution that compiles the whole script; a string is only scanned, so
 * `=CPL` pays for the custom functions and not for the sidebar's code, and
 * the pushed file is smaller. src/server/load-server-half.ts unpacks it
 * with Apps Script's Utilities on the first server call of an execution.
 */
import { gzipAsync } from '@gfx/zopfli';
import { minify } from '@swc/core';
import * as acorn from 'acorn';
import type { Node as AcornNode } from 'acorn';
import { build, transform, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeZ85, encodeZ85 } from '../src/core/z85';
import { cachedGzip, type ZopfliCache } from './zopfli-cache';

/** The identifier the loader reads (src/server/load-server-half.ts). */
export const SERVER_HALF_CONSTANT = 'SERVER_HALF_GZIP_Z85';
/**
 * What esbuild writes in its place; the build then puts the packed text
 * there, on one line: esbuild's lineLimit would break the string with a
 * backslash-newline every 200 characters.
 */
export const SERVER_HALF_PLACEHOLDER = '"<the server half>"';
const GLOBAL_NAME = 'AddonServer';
/** Zopfli's iterations: more gain a few bytes for seconds of build time. */
const ZOPFLI_ITERATIONS = 15;

/** Zopfli's output for a server half already packed (scripts/zopfli-cache.ts): by its text, Zopfli's version and the iterations. */
function zopfliCache(): ZopfliCache {
  const manifest = createRequire(import.meta.url).resolve('@gfx/zopfli/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return {
    folder: join(import.meta.dirname, '../node_modules/.cache/marketing-kpi'),
    settings: `@gfx/zopfli ${version}, ${ZOPFLI_ITERATIONS} iterations`,
  };
}

type Node = AcornNode & Record<string, unknown>;

/** The functions that declare an entry point, each with its description as the third argument. */
const DECLARING = new Set(['entryPointCall', 'checkedCall']);

function* entryPointCalls(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  const candidate = node as Node;
  const callee = candidate.callee as Node | undefined;
  if (candidate.type === 'CallExpression' && callee?.type === 'Identifier' && DECLARING.has(String(callee.name)))
    yield candidate;
  for (const value of Object.values(candidate)) {
    if (Array.isArray(value)) for (const child of value) yield* entryPointCalls(child);
    else if (value && typeof value === 'object' && typeof (value as Node).type === 'string')
      yield* entryPointCalls(value);
  }
}

/**
 * Each `entryPointCall(run, params, 'description')` (or `checkedCall`) of the server half with
 * its description blanked: only the build reads descriptions (from src, for
 * the function reference), so in Code.js they would be bytes nobody reads.
 * A description that is not a plain string stops the build.
 */
function blankEntryPointDescriptions(): Plugin {
  return {
    name: 'blank-entry-point-descriptions',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const typescript = await readFile(args.path, 'utf8');
        if (![...DECLARING].some((name) => typescript.includes(`${name}(`))) return undefined;
        const { code } = await transform(typescript, {
          loader: 'ts',
          format: 'esm',
          target: 'es2022',
          sourcefile: args.path,
        });
        const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
        const descriptions = [...entryPointCalls(program)].map((call) => {
          const description = (call.arguments as Node[])[2];
          if (description?.type !== 'Literal' || typeof description.value !== 'string')
            throw new Error(`${args.path}: an entryPointCall's description is not a plain string`);
          return description;
        });
        let contents = '';
        let copied = 0;
        for (const description of descriptions.sort((a, b) => a.start - b.start)) {
          contents += `${code.slice(copied, description.start)}""`;
          copied = description.end;
        }
        return { contents: contents + code.slice(copied), loader: 'js' };
      });
    },
  };
}

/** The server half as one script whose completion value is its exports: `"use strict";((()=>{…})());`. */
export async function bundleServerHalf(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    // Messages stay as written (no packing plugin): gzip packs plain text smaller than it packs packed tables.
    plugins: [blankEntryPointDescriptions()],
    write: false,
    logLevel: 'warning',
  });
  const bundled = result.outputFiles[0]?.text;
  if (!bundled) throw new Error('esbuild produced no server half');
  // swc's compressor on top of esbuild's minifier: about 3 KB less after gzip. Not `toplevel`: the
  // one global declaration stays, and so does what the IIFE returns.
  const { code: text } = await minify(bundled, { compress: { passes: 2 }, mangle: true, module: false });
  // `var AddonServer=(…)();` evaluates to nothing; the bare call, in parentheses, evaluates to the exports.
  const declaration = `"use strict";var ${GLOBAL_NAME}=`;
  if (!text.startsWith(declaration) || text.indexOf(`var ${GLOBAL_NAME}=`, declaration.length) >= 0)
    throw new Error(`the server half does not start with ${declaration}`);
  const call = text.slice(declaration.length).trimEnd().replace(/;$/, '');
  return `"use strict";(${call});`;
}

/** The server half bundled, gzipped and in Z85; fails unless it reads back exactly. */
export async function packServerHalf(entry: string): Promise<string> {
  const source = await bundleServerHalf(entry);
  const gzipped = await cachedGzip(
    Buffer.from(source, 'utf8'),
    (input) => gzipAsync(input, { numiterations: ZOPFLI_ITERATIONS }),
    zopfliCache(),
  );
  const packed = encodeZ85(gzipped);
  if (unpackServerHalf(packed) !== source) throw new Error('the packed server half does not read back');
  return packed;
}

/** The text a packed server half holds (tests read the pushed code with it). */
export function unpackServerHalf(packed: string): string {
  return gunzipSync(new Uint8Array(Int8Array.from(decodeZ85(packed)).buffer)).toString('utf8');
}

/** `bundle` with the packed server half in the placeholder's one place. */
export function insertServerHalf(bundle: string, packed: string): string {
  const at = bundle.indexOf(SERVER_HALF_PLACEHOLDER);
  if (at < 0 || bundle.indexOf(SERVER_HALF_PLACEHOLDER, at + 1) >= 0)
    throw new Error('the bundle must hold the server half placeholder exactly once');
  return `${bundle.slice(0, at)}${JSON.stringify(packed)}${bundle.slice(at + SERVER_HALF_PLACEHOLDER.length)}`;
}
