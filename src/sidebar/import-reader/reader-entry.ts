/**
 * The entry of dist/ImportReader.html (see reader-api.ts): the import core,
 * on the page's global object. The same script also runs as a classic Web
 * Worker (the sidebar makes one from a Blob of this text): there it answers
 * reading requests, posting the share done as it goes (worker-protocol.ts).
 */
import {
  contentHash,
  formatName,
  importExport,
  importExportSteps,
  importProblemText,
  importTable,
  importTableSteps,
} from '../../core/import';
import { IMPORT_READER_GLOBAL, type ImportReader } from './reader-api';
import { exportReading } from './read-export';
import type { ReadingReply, ReadingRequest } from './worker-protocol';
import { columnMappingText, vatText } from './column-mapping-text';
import { columnMappingView } from '../sections/data-import/column-mapping-view';
import { vatQuestionView } from '../sections/data-import/vat-question-view';

const reader: ImportReader = {
  importExport,
  importTable,
  importExportSteps,
  importTableSteps,
  exportReading: (workerCode) => exportReading({ importExportSteps, importTableSteps }, () => workerCode),
  contentHash,
  importProblemText,
  formatName,
  columnMappingText,
  vatText,
  views: { columnMapping: columnMappingView, vatQuestion: vatQuestionView },
};
(globalThis as unknown as Record<string, ImportReader>)[IMPORT_READER_GLOBAL] = reader;

/** The least share worth a message: a 100 000-row file posts some fifty, not thousands. */
const PROGRESS_STEP = 0.02;

interface WorkerScope {
  importScripts: unknown;
  postMessage(message: ReadingReply): void;
  onmessage: ((event: { data: ReadingRequest }) => void) | null;
}

const scope = globalThis as unknown as Partial<WorkerScope>;
// importScripts exists only in a classic worker's global scope: a page never answers messages.
if (typeof scope.importScripts === 'function' && typeof scope.postMessage === 'function') {
  const post = scope.postMessage.bind(scope);
  scope.onmessage = ({ data }) => {
    try {
      const { id, job, mapping, options } = data;
      const steps =
        job.kind === 'file'
          ? importExportSteps(job.bytes, job.name, mapping, options)
          : importTableSteps(job.rows, job.name, mapping, options);
      let posted = 0;
      for (;;) {
        const next = steps.next();
        if (next.done) {
          post({ id, kind: 'done', result: next.value });
          return;
        }
        if (next.value - posted >= PROGRESS_STEP) {
          posted = next.value;
          post({ id, kind: 'progress', share: next.value });
        }
      }
    } catch (error) {
      post({ id: data.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
