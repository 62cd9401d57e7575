/** What the import core reads and returns; see README "Importing exports (core)". */
import type { MessageParams } from '../i18n/catalog';
import type { ImportMessageKey } from '../i18n/import-messages';
import type { ChannelRule } from './channel-mapping';
import type { DealSourceCount } from './untagged-deals';

/** The exports the core recognises by their header. */
export type KnownFormatId =
  | 'yandex_direct_wizard'
  | 'yandex_direct_api'
  | 'vk_ads'
  | 'google_ads'
  | 'yandex_metrica_expenses'
  | 'amocrm_leads'
  | 'bitrix24_deals';

/** Cabinet exports give spend; CRM exports give leads, qualified leads, customers and revenue. */
export type ExportKind = 'cabinet' | 'crm';

export type DetectedFormat =
  | { id: KnownFormatId; kind: ExportKind }
  /** A file read through the person's column mapping. */
  | { id: 'mapped'; kind: ExportKind }
  /** Not recognised: `header` is the likeliest header row, for a mapping step. */
  | { id: 'unknown'; header: string[]; headerRow: number | null };

/** One thing the core could not read, as a message key rendered through i18n. */
export interface ImportProblem {
  key: ImportMessageKey;
  params: MessageParams;
  /** The record's number as a spreadsheet numbers it after opening the file (1 = first line). */
  row?: number;
  /** The column's header as the file spells it. */
  column?: string;
}

/** One month × channel cell group of the KPI tab. Money is rounded to kopecks/cents. */
export interface ImportFigure {
  month: string;
  channel: string;
  spend?: number;
  leads?: number;
  qualified_leads?: number;
  customers?: number;
  revenue?: number;
}

/** Rows whose source maps to no channel, by source, never silently dropped. */
export interface UnmappedSource {
  /** What the row said about its source, e.g. `utm_source=yandex utm_medium=cpc` or `campaign=Brand`. */
  source: string;
  rows: number;
  spend: number;
  revenue: number;
  /** A rule's fields that would send this source's rows to a channel (add `channel` to make it one). */
  match: Omit<ChannelRule, 'channel'>;
}

export interface UnmappedRows {
  rows: number;
  spend: number;
  revenue: number;
  sources: UnmappedSource[];
}

export interface ImportResult {
  format: DetectedFormat;
  problems: ImportProblem[];
  figures: ImportFigure[];
  unmapped: UnmappedRows;
  /** Data rows read into figures (after title, header and total rows). */
  rowsRead: number;
  /** Rows counted into each figure, by `month|channel`. */
  rowsByFigure: Record<string, number>;
  /** The months the file's counted rows cover (first and last, 'YYYY-MM'); `null` when it counts none. */
  period: { from: string; to: string } | null;
  /** CRM files: deals by the month they were created, and how many of them carry no source and no UTM (untagged-deals.ts); empty for cabinets. */
  dealSources: DealSourceCount[];
  /** The CRM stages the file's deals are at (as spelled), for marking which count as qualified. */
  stages: string[];
  /** The encoding the bytes were read in. */
  encoding: 'utf-8' | 'windows-1251' | null;
}
