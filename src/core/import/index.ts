/** The import core: read ad-cabinet and CRM exports into month × channel figures. */
export {
  importExport,
  importExportSteps,
  importTable,
  importTableSteps,
  type ImportOptions,
} from './import-export';
export { DEFAULT_CHANNEL_MAPPING, type ChannelMapping, type ChannelRule } from './channel-mapping';
export type { ColumnMapping } from './column-mapping';
export { importProblemText } from './problem-text';
export { formatName } from './format-name';
export type {
  DetectedFormat,
  ExportKind,
  ImportFigure,
  ImportProblem,
  ImportResult,
  KnownFormatId,
  UnmappedRows,
  UnmappedSource,
} from './types';
export { contentHash } from './content-hash';
export { isUntaggedDeal, type DealSourceCount } from './untagged-deals';
