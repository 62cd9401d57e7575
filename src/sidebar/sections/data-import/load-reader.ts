/**
 * Loads the export reader (src/sidebar/import-reader) once: the server hands
 * its script over as text and the page runs it, which puts the reader on the
 * global object. Until a person imports data, the sidebar carries none of it.
 */
import type { CallServer } from '../../api';
import { IMPORT_READER_GLOBAL, type ImportReader } from '../../import-reader/reader-api';

let loading: Promise<ImportReader> | null = null;
/** The reader's script text, kept to start it again as a Web Worker (read-export.ts). */
let code: string | null = null;

export function loadedReaderCode(): string | null {
  return code;
}

function loaded(): ImportReader | undefined {
  return (globalThis as unknown as Record<string, ImportReader | undefined>)[IMPORT_READER_GLOBAL];
}

export function loadImportReader(callServer: CallServer): Promise<ImportReader> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= callServer('getImportReader')
    .then((text) => {
      code = text;
      const script = document.createElement('script');
      script.textContent = text;
      document.head.appendChild(script);
      const reader = loaded();
      if (!reader) throw new Error('the import reader did not load');
      return reader;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
