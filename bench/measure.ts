/** Timing helpers for benchmarks: the median of several runs after a warm-up. */
import { performance } from 'node:perf_hooks';

export function medianMs(run: () => unknown, repeats = 21, warmups = 5): number {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export type BenchResults = Record<string, number>;
