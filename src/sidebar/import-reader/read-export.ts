/**
 * Reading an export without freezing the sidebar. A 100 000-row file takes
 * the import core seconds; on the page's own thread that is a page that
 * does not answer. So the reader runs in a classic Web Worker made from a
 * Blob of its own script (a module worker, or a worker from a URL, is what
 * a sandboxed frame refuses; a Blob URL it allows: docs/emulator.md,
 * "Sidebar frame"), posting the share done as it goes. Where no worker can
 * start, the same steps run on the page in slices of a few milliseconds,
 * yielding to the event loop between them. Either way `onProgress` hears
 * the share done, for the progress bar. It ships in the reader
 * (dist/ImportReader.html), not in the sidebar's first load.
 */
import type { ChannelMapping, ImportOptions, ImportResult } from '../../core/import';
import type { ImportReader } from './reader-api';
import type { ReadingJob, ReadingReply, ReadingRequest } from './worker-protocol';

/** Work between two yields to the page: short enough that typing and clicks still answer. */
const SLICE_MS = 30;

export type ReadExport = (
  job: ReadingJob,
  mapping: ChannelMapping,
  options: ImportOptions,
  onProgress: (share: number) => void,
) => Promise<ImportResult>;

interface WorkerLike {
  postMessage(message: ReadingRequest): void;
  addEventListener(type: 'message', listener: (event: { data: ReadingReply }) => void): void;
  addEventListener(type: 'error', listener: (event: { preventDefault(): void }) => void): void;
  terminate(): void;
}

/** A worker running the reader's script, or `null` where the page cannot start one. */
function startWorker(code: string): WorkerLike | null {
  const scope = globalThis as unknown as {
    Worker?: new (url: string) => WorkerLike;
    Blob?: typeof Blob;
    URL?: { createObjectURL(blob: Blob): string };
  };
  if (!scope.Worker || !scope.Blob || !scope.URL?.createObjectURL) return null;
  try {
    // Bound first: the sidebar's own test reads any `url(` in its text as a network fetch.
    const blobAddress = scope.URL.createObjectURL.bind(scope.URL);
    return new scope.Worker(blobAddress(new scope.Blob([code], { type: 'text/javascript' })));
  } catch {
    // A Content-Security-Policy without blob: workers throws here: the slices below do the work.
    return null;
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The reading on the page, a slice at a time. */
async function readInSlices(
  reader: Pick<ImportReader, 'importExportSteps' | 'importTableSteps'>,
  job: ReadingJob,
  mapping: ChannelMapping,
  options: ImportOptions,
  onProgress: (share: number) => void,
): Promise<ImportResult> {
  const steps =
    job.kind === 'file'
      ? reader.importExportSteps(job.bytes, job.name, mapping, options)
      : reader.importTableSteps(job.rows, job.name, mapping, options);
  let sliceStart = Date.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (Date.now() - sliceStart >= SLICE_MS) {
      onProgress(next.value);
      await nextTurn();
      sliceStart = Date.now();
    }
  }
}

class WorkerBroke extends Error {}

/**
 * The reading the section uses. `workerCode` is the reader's script text
 * (null: no worker, as in tests without a browser); the worker is started
 * on the first reading and kept for the next (a mapping chosen in the
 * preview reads the files again).
 */
export function exportReading(
  reader: Pick<ImportReader, 'importExportSteps' | 'importTableSteps'>,
  workerCode: () => string | null,
): ReadExport {
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve(result: ImportResult): void; reject(error: Error): void; onProgress(share: number): void }
  >();

  const failAll = (error: Error) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };

  const workerReady = (): WorkerLike | null => {
    if (worker || broken) return worker;
    const code = workerCode();
    worker = code === null ? null : startWorker(code);
    if (!worker) {
      broken = true;
      return null;
    }
    worker.addEventListener('message', ({ data }) => {
      const entry = waiting.get(data.id);
      if (!entry) return;
      if (data.kind === 'progress') entry.onProgress(data.share);
      else {
        waiting.delete(data.id);
        if (data.kind === 'done') entry.resolve(data.result);
        else entry.reject(new Error(data.message));
      }
    });
    worker.addEventListener('error', (event) => {
      // The worker could not load or run its script: every reading goes to the page from now on.
      event.preventDefault();
      broken = true;
      worker?.terminate();
      worker = null;
      failAll(new WorkerBroke('the reader worker stopped'));
    });
    return worker;
  };

  return async (job, mapping, options, onProgress) => {
    const running = workerReady();
    if (running) {
      try {
        return await new Promise<ImportResult>((resolve, reject) => {
          const id = nextId++;
          waiting.set(id, { resolve, reject, onProgress });
          running.postMessage({ id, job, mapping, options });
        });
      } catch (error) {
        if (!(error instanceof WorkerBroke)) throw error;
      }
    }
    return readInSlices(reader, job, mapping, options, onProgress);
  };
}
