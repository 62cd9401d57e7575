/**
 * How the sidebar reads an export (src/sidebar/import-reader/read-export.ts):
 * in a Web Worker made from the reader's script when the page can start
 * one, hearing its progress; on the page in slices when it cannot, or when
 * the worker stops; with the same result either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentHash,
  DEFAULT_CHANNEL_MAPPING,
  formatName,
  importExport,
  importExportSteps,
  importProblemText,
  importTable,
  importTableSteps,
  type ImportResult,
} from '../../src/core/import';
import { columnMappingText } from '../../src/sidebar/import-reader/column-mapping-text';
import type { ReadingReply, ReadingRequest } from '../../src/sidebar/import-reader/worker-protocol';
import { exportReading } from '../../src/sidebar/import-reader/read-export';
import { amoExport } from '../../bench/import.bench';

const reader = {
  importExport,
  importTable,
  importExportSteps,
  importTableSteps,
  contentHash,
  importProblemText,
  formatName,
  columnMappingText,
};
const scope = globalThis as unknown as { Worker?: unknown };
const original = scope.Worker;

afterEach(() => {
  scope.Worker = original;
});

/** A stand-in Worker: answers each request with `answer`, after the current turn, as a real worker would. */
function fakeWorker(
  answer: (request: ReadingRequest, reply: (message: ReadingReply) => void, fail: () => void) => void,
) {
  const made: string[] = [];
  scope.Worker = class {
    private readonly listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
    constructor(url: string) {
      made.push(url);
    }
    addEventListener(type: string, listener: (event: never) => void) {
      this.listeners[type]?.push(listener);
    }
    postMessage(request: ReadingRequest) {
      setTimeout(() =>
        answer(
          request,
          (data) => {
            for (const listener of this.listeners.message ?? []) listener({ data } as never);
          },
          () => {
            for (const listener of this.listeners.error ?? []) listener({ preventDefault: () => undefined } as never);
          },
        ),
      );
    }
    terminate() {}
  };
  return made;
}

const job = { kind: 'file' as const, bytes: amoExport(6_000), name: 'amo.csv' };
const options = { year: 2026 };

describe('reading an export in the sidebar', () => {
  it('starts one worker from a Blob of the reader script, hears its progress and takes its result', async () => {
    const result = { rowsRead: 42 } as ImportResult;
    const made = fakeWorker((request, reply) => {
      reply({ id: request.id, kind: 'progress', share: 0.5 });
      reply({ id: request.id, kind: 'done', result });
    });
    const read = exportReading(reader, () => 'self.onmessage = () => {};');
    const shares: number[] = [];
    expect(await read(job, DEFAULT_CHANNEL_MAPPING, options, (share) => shares.push(share))).toBe(result);
    expect(await read(job, DEFAULT_CHANNEL_MAPPING, options, () => undefined)).toBe(result);
    expect(shares).toEqual([0.5]);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^blob:/);
  });

  it('reads on the page, in slices, when no worker can start, and when the worker stops', async () => {
    const expected = importExport(job.bytes, job.name, DEFAULT_CHANNEL_MAPPING, options);
    scope.Worker = undefined;
    const withoutWorker = exportReading(reader, () => 'code');
    expect(await withoutWorker(job, DEFAULT_CHANNEL_MAPPING, options, () => undefined)).toEqual(expected);

    fakeWorker((_request, _reply, fail) => fail());
    const broken = exportReading(reader, () => 'code');
    expect(await broken(job, DEFAULT_CHANNEL_MAPPING, options, () => undefined)).toEqual(expected);
  });

  it('passes on a reading the worker itself refused', async () => {
    fakeWorker((request, reply) => reply({ id: request.id, kind: 'failed', message: 'out of memory' }));
    const read = exportReading(reader, () => 'code');
    await expect(read(job, DEFAULT_CHANNEL_MAPPING, options, () => undefined)).rejects.toThrow('out of memory');
  });
});
