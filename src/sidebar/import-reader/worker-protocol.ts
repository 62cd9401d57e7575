/**
 * What the sidebar and the export reader running in a Web Worker say to
 * each other: a reading asked for (a file's bytes or a tab's cells, with the
 * mapping and options), the share done while it runs, and its result.
 * Everything is plain data, copied by postMessage (structured clone).
 */
import type { ChannelMapping, ImportOptions, ImportResult } from '../../core/import';

export type ReadingJob =
  | { kind: 'file'; bytes: Uint8Array; name: string }
  | { kind: 'table'; rows: string[][]; name: string };

export interface ReadingRequest {
  id: number;
  job: ReadingJob;
  mapping: ChannelMapping;
  options: ImportOptions;
}

export type ReadingReply =
  | { id: number; kind: 'progress'; share: number }
  | { id: number; kind: 'done'; result: ImportResult }
  | { id: number; kind: 'failed'; message: string };
