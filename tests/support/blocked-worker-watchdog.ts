/**
 * A test file whose worker stops answering for ten minutes (a synchronous
 * loop that does not end, which no test timeout can interrupt) is stopped,
 * with its name and last test on stderr, so `npm test` fails at once
 * instead of waiting for CI's 90-minute limit with no word of where.
 *
 * The main thread beats into shared memory; a worker thread, which runs
 * while the main thread is stuck, watches the beat. It writes with
 * fs.writeSync because the process's streams go through the stuck thread.
 * A soak (SOAK or SOAK_RUNS set) may run one property for hours: no watch.
 * The watch starts with a worker's first test file and ends with its process.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeEach, expect } from 'vitest';

/** Ten minutes, the bound `npm test` gives its longest test; the watchdog's own test sets less. */
const BLOCKED_LIMIT_MS = Number(process.env.BLOCKED_WORKER_LIMIT_MS) || 10 * 60_000;
const BEAT_MS = 1_000;

const soak = Boolean(process.env.SOAK || process.env.SOAK_RUNS || process.env.ROLES_SOAK_RUNS);

/** Runs in the watching thread: the source of a worker, so nothing here may close over module state. */
const WATCHER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const beat = new Float64Array(workerData.beat);
let current = workerData.file;
parentPort.on('message', (name) => { current = name; });
// Looks four times per limit (at most every 5 s), so a stuck worker is stopped soon after the limit.
setInterval(() => {
  const silentFor = Date.now() - beat[0];
  if (silentFor < workerData.limit) return;
  writeSync(2, '\\n[blocked-worker-watchdog] ' + current + ': the worker has not answered for ' + Math.round(silentFor / 1000) + ' s (a synchronous loop that does not end?); stopping it.\\n');
  process.kill(process.pid, 'SIGKILL');
}, Math.min(5_000, workerData.limit / 4));
`;

/** One watch per worker process: test files sharing a worker (isolate: false) share it; starting a thread costs about 70 ms. */
interface Watch {
  watcher: Worker;
}
const WATCH = Symbol.for('marketing-kpi.blocked-worker-watchdog');

function startWatch(file: string): Watch {
  const beat = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT));
  beat[0] = Date.now();
  const heart = setInterval(() => {
    beat[0] = Date.now();
  }, BEAT_MS);
  heart.unref();
  const watcher = new Worker(WATCHER_SOURCE, {
    eval: true,
    workerData: { beat: beat.buffer, limit: BLOCKED_LIMIT_MS, file },
  });
  // Neither the beat nor the watching thread keeps the worker process alive: they end with it.
  watcher.unref();
  return { watcher };
}

if (!soak) {
  const file = expect.getState().testPath ?? 'a test file';
  const scope = globalThis as typeof globalThis & { [WATCH]?: Watch };
  scope[WATCH] ??= startWatch(file);
  const { watcher } = scope[WATCH];
  watcher.postMessage(file);

  beforeEach((context) => {
    watcher.postMessage(`${file} > ${context.task.name}`);
  });
  afterAll(() => {
    watcher.postMessage(`${file}, after its tests`);
  });
}
