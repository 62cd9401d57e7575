/**
 * What one =CPL costs Apps Script from nothing: every custom-function call
 * is an execution that creates a fresh global scope, compiles the whole
 * pushed script, runs its top level, then calls the function. Measured
 * against the same steps for a hand-written CPL (bench/hand-written-cpl.js):
 * the ratio is what our bundle's size and top level cost each cell.
 *
 * Each run compiles under a file name of its own, so V8's compilation
 * cache never serves a script it has seen (Apps Script has no cache either).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { DIST } from '../tests/bundle/load-bundle';
import type { BenchResults } from './measure';

const RUNS = 31;
const WARMUPS = 5;
/** One call as a sheet makes it: two small ranges. */
const COST = [[1200], [800], ['']];
const LEADS = [[3], [2], ['']];
const EXPECTED = 400;

let fileNumber = 0;

function coldCallMs(source: string, label: string): number {
  const start = performance.now();
  const context = vm.createContext({});
  vm.runInContext(source, context, { filename: `${label}-${fileNumber++}.js` });
  const result = (context.CPL as (...args: unknown[]) => unknown)(COST, LEADS);
  const elapsed = performance.now() - start;
  if (result !== EXPECTED) throw new Error(`${label}: =CPL gave ${String(result)}, expected ${EXPECTED}`);
  return elapsed;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function benchColdStart(): BenchResults {
  const bundle = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const handWritten = readFileSync(join(import.meta.dirname, 'hand-written-cpl.js'), 'utf8');
  for (let i = 0; i < WARMUPS; i++) {
    coldCallMs(bundle, 'Code');
    coldCallMs(handWritten, 'hand-written-cpl');
  }
  // Interleaved, so a change in the machine's load touches both alike.
  const bundleMs: number[] = [];
  const handMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bundleMs.push(coldCallMs(bundle, 'Code'));
    handMs.push(coldCallMs(handWritten, 'hand-written-cpl'));
  }
  return {
    cold_start_ms: round(median(bundleMs)),
    cold_start_hand_written_ms: round(median(handMs)),
    cold_start_ratio: round(median(bundleMs) / median(handMs)),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
