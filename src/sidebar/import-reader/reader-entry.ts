/** The entry of dist/ImportReader.html (see reader-api.ts): the import core, on the page's global object. */
import { contentHash, formatName, importExport, importProblemText, importTable } from '../../core/import';
import { IMPORT_READER_GLOBAL, type ImportReader } from './reader-api';
import { columnMappingText, vatText } from './column-mapping-text';
import { columnMappingView } from '../sections/data-import/column-mapping-view';
import { vatQuestionView } from '../sections/data-import/vat-question-view';

const reader: ImportReader = {
  importExport,
  importTable,
  contentHash,
  importProblemText,
  formatName,
  columnMappingText,
  vatText,
  views: { columnMapping: columnMappingView, vatQuestion: vatQuestionView },
};
(globalThis as unknown as Record<string, ImportReader>)[IMPORT_READER_GLOBAL] = reader;
