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

/** How `subject` compares with `baseline` over paired samples: the median ratio and its spread. */
export interface PairedRatio {
  /** Median of the per-sample ratios subject / baseline. */
  ratio: number;
  /** The 25th and 75th percentiles of those ratios: half the samples lie between. */
  p25: number;
  p75: number;
  /** Median time of one call of each, in ms. */
  subjectMs: number;
  baselineMs: number;
  samples: number;
}

export interface PairedOptions {
  samples?: number;
  warmups?: number;
  /** Each sample times calls until at least this long, so a sub-millisecond call is not timer noise. */
  minSampleMs?: number;
  /** Run before each timed run, outside the timing (a garbage collection). */
  beforeSample?: () => void;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/**
 * The process's CPU time in ms (user and system, every thread): unlike the
 * wall clock it does not count the time other processes had the core, which
 * on a shared machine is most of the noise in a sub-millisecond sample.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times `subject` and `baseline` side by side in CPU time: each sample runs
 * one and then the other (in turns, which one first), the same number of
 * calls of each, so what is left of a change in the machine's load touches
 * both alike and cancels out of their ratio.
 */
export function pairedRatio(subject: () => unknown, baseline: () => unknown, options: PairedOptions = {}): PairedRatio {
  const { samples = 61, warmups = 5, minSampleMs = 30, beforeSample = () => undefined } = options;
  for (let i = 0; i < warmups; i++) {
    subject();
    baseline();
  }
  // Calls per sample: enough that the slower of the two takes minSampleMs; measured once, then fixed.
  const start = cpuMs();
  subject();
  baseline();
  const calls = Math.max(1, Math.ceil(minSampleMs / Math.max(cpuMs() - start, 0.01)));
  const time = (run: () => unknown) => {
    beforeSample();
    const began = cpuMs();
    for (let call = 0; call < calls; call++) run();
    return (cpuMs() - began) / calls;
  };
  const ratios: number[] = [];
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const subjectFirst = sample % 2 === 0;
    const first = time(subjectFirst ? subject : baseline);
    const second = time(subjectFirst ? baseline : subject);
    const [subjectMs, baselineMs] = subjectFirst ? [first, second] : [second, first];
    subjectTimes.push(subjectMs);
    baselineTimes.push(baselineMs);
    ratios.push(subjectMs / baselineMs);
  }
  const byValue = (a: number, b: number) => a - b;
  ratios.sort(byValue);
  subjectTimes.sort(byValue);
  baselineTimes.sort(byValue);
  return {
    ratio: percentile(ratios, 0.5),
    p25: percentile(ratios, 0.25),
    p75: percentile(ratios, 0.75),
    subjectMs: percentile(subjectTimes, 0.5),
    baselineMs: percentile(baselineTimes, 0.5),
    samples,
  };
}
