/**
 * Each custom function of the pushed bundle on 100 000 rows, against a bare
 * loop over the same arrays in the same run: the ratio is what our checking
 * and structure cost over the arithmetic itself. Both run in the same
 * node:vm context, the host the pushed bundle is tested in.
 */
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { join } from 'node:path';
import { callGlobal, DIST, loadBundle } from '../tests/bundle/load-bundle';
import { medianMs, type BenchResults } from './measure';

const ROWS = 100_000;

function column(make: (row: number) => number | string): (number | string)[][] {
  return Array.from({ length: ROWS }, (_, row) => [make(row)]);
}

// Deterministic, Sheets-like data: mostly numbers, a blank now and then.
const leads = column((row) => (row % 17 === 0 ? '' : (row * 7) % 40));
const cost = column((row) => (row % 17 === 0 ? '' : 500 + ((row * 13) % 9_000)));
const revenue = column((row) => (row % 5 === 0 ? '' : (row * 31) % 60_000));

export function benchCustomFunctions(): BenchResults {
  const bundle = loadBundle();
  vm.runInContext(readFileSync(join(import.meta.dirname, 'bare-loops.js'), 'utf8'), bundle, {
    filename: 'bare-loops.js',
  });
  const bareLoops = bundle.bareLoops as Record<string, (...args: unknown[]) => unknown>;
  const call =
    (name: string, ...args: unknown[]) =>
    () => {
      const result = callGlobal(bundle, name, ...args);
      if (result.error) throw new Error(result.error);
      return result.value;
    };
  const results: BenchResults = {};
  const cases: [string, unknown[]][] = [
    ['ROMI', [revenue, cost]],
    ['CPL', [cost, leads]],
    ['CHANNEL_VERDICT', [leads, cost, revenue]],
  ];
  for (const [name, args] of cases) {
    const bare = bareLoops[name];
    if (!bare) throw new Error(`no bare loop for ${name}`);
    const functionMs = medianMs(call(name, ...args));
    const bareMs = medianMs(() => bare(...args));
    results[`${name}_100k_ms`] = round(functionMs);
    results[`${name}_100k_bare_ms`] = round(bareMs);
    results[`${name}_100k_ratio`] = round(functionMs / bareMs);
  }
  results.code_js_bytes = statSync(join(DIST, 'Code.js')).size;
  // What the size costs each custom-function call: a fresh scope loads the whole script, then =CPL(1, 2) runs.
  results.code_js_load_and_call_ms = round(medianMs(() => callGlobal(loadBundle(), 'CPL', 1, 2)));
  return results;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
