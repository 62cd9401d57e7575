/**
 * The section's files as read by the export reader, and what they become:
 * the channel mapping the reader applies (the team's table, with the
 * sources the person mapped in the preview first), and the request the
 * server previews and applies. Pure, so tests read it without a browser.
 */
import type { ChannelMapping, ChannelRule } from '../../../core/import/channel-mapping';
import type { ColumnMapping } from '../../../core/import/column-mapping';
import type { ImportResult } from '../../../core/import/types';
import { asksVat, DEFAULT_VAT_CHOICE, type VatChoice } from '../../../core/kpi-import/vat';
import { monthKey, parseMonthKey } from '../../../core/kpi/month';
import type { DataImportRequest } from '../../../shared/data-import-request';
import type { ImportSources } from '../../../shared/import-sources';

/** Larger files are refused before they are read: a year of a big CRM is a few MB, 30 MB is something else. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export interface ReadFile {
  name: string;
  size: number;
  /** `null` for a file refused unread (too large), and for a tab (`table`). */
  bytes: Uint8Array | null;
  /** A tab of the spreadsheet, its cells as text (read by the server with one getValues). */
  table?: string[][];
  hash: string;
  result: ImportResult | null;
  /** The person's column mapping, for a file no format recognises. */
  columns?: ColumnMapping;
}

/** The rules the reader applies: the person's choices in this preview first, then the team's table, only towards the template's channels. */
export function channelMapping(
  sources: ImportSources,
  chosen: readonly ChannelRule[],
  channelIds: readonly string[],
): ChannelMapping {
  const live = new Set(channelIds);
  return { rules: [...chosen, ...sources.rules].filter((rule) => live.has(rule.channel)) };
}

/** A file's money is left out when its currencies cannot be added up: such a file imports nothing rather than zeros. */
export function importable(
  result: ImportResult | null,
): result is ImportResult & { period: { from: string; to: string } } {
  if (!result || result.format.id === 'unknown' || result.period === null) return false;
  return !result.problems.some((problem) => problem.key === 'mixed_currencies' || problem.key === 'currency_mismatch');
}

/** Every month from `from` to `to`, 'YYYY-MM'. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let { year, month } = parseMonthKey(from);
  for (let guard = 0; guard < 1200; guard++) {
    const key = monthKey(year, month);
    months.push(key);
    if (key >= to) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The request for the files that can be imported; `null` when none can. */
export function importRequest(
  files: readonly ReadFile[],
  overwrite: readonly string[],
  /** The person's VAT answer for a source's spend (asked for every cabinet but Metrica's expenses). */
  vatOf: (source: string) => VatChoice = () => DEFAULT_VAT_CHOICE,
): DataImportRequest | null {
  const ready = files.flatMap((file) => (importable(file.result) ? [{ file, result: file.result }] : []));
  if (ready.length === 0) return null;
  return {
    files: ready.map(({ file, result }) => {
      const format = result.format.id === 'unknown' ? 'mapped' : result.format.id;
      // A file read through a mapping is its own source, named by the columns it was read by: a newer export of it replaces it.
      const source =
        format === 'mapped' && file.columns
          ? `mapped:${file.columns.date}|${file.columns.spend ?? file.columns.amount ?? ''}`.slice(0, 100)
          : format;
      return {
        name: file.name.slice(0, 255),
        format,
        source,
        hash: file.hash,
        rows: result.rowsRead,
        months: monthsBetween(result.period.from, result.period.to),
        figures: result.figures.map(({ month, channel, ...values }) => ({
          month,
          channel,
          rows: result.rowsByFigure[`${month}|${channel}`] ?? 0,
          ...values,
        })),
        ...(asksVatFor(format, result) ? { vat: vatOf(source) } : {}),
        // A CRM file's deals without a source, for the report's data quality; cabinets have none to count.
        ...('kind' in result.format && result.format.kind === 'crm' ? { dealSources: result.dealSources } : {}),
      };
    }),
    overwrite: [...overwrite],
  };
}

/** A cabinet file with spend whose format may include VAT. */
function asksVatFor(format: string, result: ImportResult): boolean {
  return asksVat(format) && result.figures.some((figure) => figure.spend !== undefined);
}

/** The sources the preview asks the VAT question for, with their files' names, in the request's order. */
export function vatQuestions(request: DataImportRequest | null): { source: string; format: string; files: string[] }[] {
  const bySource = new Map<string, { source: string; format: string; files: string[] }>();
  for (const file of request?.files ?? []) {
    if (!file.vat) continue;
    const entry = bySource.get(file.source) ?? { source: file.source, format: file.format, files: [] };
    entry.files.push(file.name);
    bySource.set(file.source, entry);
  }
  return [...bySource.values()];
}

/** The stages the CRM files' deals are at, each once, in order. */
export function stagesOf(files: readonly ReadFile[]): string[] {
  return [...new Set(files.flatMap((file) => file.result?.stages ?? []))].sort((a, b) => a.localeCompare(b));
}
