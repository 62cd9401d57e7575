/**
 * Each custom function of the pushed bundle on 100 000 rows, against a bare
 * loop over the same arrays in the same run: the ratio is what our checking
 * and structure cost over the arithmetic itself. Both run in the same
 * node:vm context, the host the pushed bundle is tested in, on arrays made
 * in that context (as Apps Script hands a function arrays of its own realm),
 * and are timed in alternation (bench/measure.ts, `pairedRatio`) so the
 * load of a shared machine cancels out of the ratio: the median ratio is
 * reported with its 25th and 75th percentiles.
 */
import { readFileSync, statSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { join } from 'node:path';
import { callGlobal, DIST, loadBundle } from '../tests/bundle/load-bundle';
import { medianMs, pairedRatio, type BenchResults } from './measure';

const ROWS = 100_000;

/**
 * Deterministic, Sheets-like data (mostly numbers, a blank now and then),
 * built inside the bundle's context: arrays from the outer realm would make
 * every function here pay for crossing realms, which Apps Script never does.
 */
const MAKE_COLUMNS = `(function (rows) {
  function column(make) {
    var grid = new Array(rows);
    for (var row = 0; row < rows; row++) grid[row] = [make(row)];
    return grid;
  }
  return {
    leads: column(function (row) { return row % 17 === 0 ? '' : (row * 7) % 40; }),
    cost: column(function (row) { return row % 17 === 0 ? '' : 500 + ((row * 13) % 9000); }),
    revenue: column(function (row) { return row % 5 === 0 ? '' : (row * 31) % 60000; }),
  };
})(${ROWS})`;

/** A fresh context with the bundle, the bare loops and the columns in it: each case starts with no other case's compiled code or heap. */
function contextForCase(): {
  bundle: vm.Context;
  bareLoops: Record<string, (...args: unknown[]) => unknown>;
  columns: Record<string, unknown>;
} {
  const bundle = loadBundle();
  vm.runInContext(readFileSync(join(import.meta.dirname, 'bare-loops.js'), 'utf8'), bundle, {
    filename: 'bare-loops.js',
  });
  const bareLoops = bundle.bareLoops as Record<string, (...args: unknown[]) => unknown>;
  const columns = vm.runInContext(MAKE_COLUMNS, bundle) as Record<string, unknown>;
  return { bundle, bareLoops, columns };
}

/** V8's collector, so each sample starts on a clean young generation: what one call allocates is then collected in the call's own time. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export function benchCustomFunctions(): BenchResults {
  const results: BenchResults = {};
  const cases: [string, string[]][] = [
    ['ROMI', ['revenue', 'cost']],
    ['CPL', ['cost', 'leads']],
    ['CHANNEL_VERDICT', ['leads', 'cost', 'revenue']],
  ];
  const gc = collector();
  for (const [name, argumentNames] of cases) {
    const { bundle, bareLoops, columns } = contextForCase();
    const args = argumentNames.map((argument) => columns[argument]);
    const bare = bareLoops[name];
    if (!bare) throw new Error(`no bare loop for ${name}`);
    const call = () => {
      const result = callGlobal(bundle, name, ...args);
      if (result.error) throw new Error(result.error);
      return result.value;
    };
    const paired = pairedRatio(call, () => bare(...args), { beforeSample: gc });
    results[`${name}_100k_ms`] = round(paired.subjectMs);
    results[`${name}_100k_bare_ms`] = round(paired.baselineMs);
    results[`${name}_100k_ratio`] = round(paired.ratio);
    results[`${name}_100k_ratio_p25`] = round(paired.p25);
    results[`${name}_100k_ratio_p75`] = round(paired.p75);
  }
  results.code_js_bytes = statSync(join(DIST, 'Code.js')).size;
  // What the size costs each custom-function call: a fresh scope loads the whole script, then =CPL(1, 2) runs.
  results.code_js_load_and_call_ms = round(medianMs(() => callGlobal(loadBundle(), 'CPL', 1, 2)));
  return results;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
