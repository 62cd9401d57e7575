/**
 * The export reader the sidebar loads when a person first imports data:
 * the import core (src/core/import, with papaparse) is some 40 KB, so it is
 * not in the sidebar every person loads on every open, nor in Code.js. It is
 * built into dist/ImportReader.html, which the server hands over as text
 * (getImportReader) and the sidebar runs once; it puts this API on the
 * page's global object.
 */
import type {
  contentHash,
  formatName,
  importExport,
  importExportSteps,
  importProblemText,
  importTable,
  importTableSteps,
} from '../../core/import';
import type { MessageParams } from '../../core/i18n/catalog';
import type { ColumnMappingMessageKey } from '../../core/i18n/column-mapping-messages';
import type { ImportVatMessageKey } from '../../core/i18n/import-vat-messages';
import type { Lang } from '../../core/i18n/lang';
import type { ReadExport } from './read-export';
import type { columnMappingView } from '../sections/data-import/column-mapping-view';
import type { vatQuestionView } from '../sections/data-import/vat-question-view';

export interface ImportReader {
  importExport: typeof importExport;
  importTable: typeof importTable;
  /** The same readings as steps that yield the share done (src/core/import/steps.ts). */
  importExportSteps: typeof importExportSteps;
  importTableSteps: typeof importTableSteps;
  /** The reading the sidebar uses: in a Web Worker made from `workerCode` (the reader's own script), or on the page in slices. */
  exportReading(workerCode: string | null): ReadExport;
  contentHash: typeof contentHash;
  importProblemText: typeof importProblemText;
  formatName: typeof formatName;
  /** The saved column mappings' words (the mapping step and the list): needed only once a file or the list is open. */
  columnMappingText(lang: Lang, key: ColumnMappingMessageKey, params?: MessageParams): string;
  /** The preview's VAT question (shown once a file with spend was read). */
  vatText(lang: Lang, key: ImportVatMessageKey, params?: MessageParams): string;
  views: ReaderViews;
}

/** The section's views that show only once a file was read: drawn by the reader, patched in by the sidebar. */
export interface ReaderViews {
  columnMapping: typeof columnMappingView;
  vatQuestion: typeof vatQuestionView;
}

/** The global the reader's script sets. */
export const IMPORT_READER_GLOBAL = 'MarketingKpiImportReader';
