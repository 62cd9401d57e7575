/**
 * The import core's entry: a file's bytes → the detected export, the rows
 * that could not be read, and the month × channel figures. Pure: no
 * Apps Script, no browser; the sidebar and the tests call the same function.
 */
import { aggregateFiguresSteps } from './aggregate-figures';
import type { ChannelMapping } from './channel-mapping';
import { mappedRoles, type ColumnMapping } from './column-mapping';
import { decodeBytes, isZip } from './decode-bytes';
import { readXlsx } from './xlsx/read-xlsx';
import { EXPORT_FORMATS, type ColumnRole } from './export-formats';
import { findColumn, indexHeader, type HeaderIndex } from './header-names';
import { parseRowsSteps, type Delimiter } from './parse-rows';
import { runSteps, withinRange, type Steps } from './steps';
import { readRecordsSteps, type FoundColumns } from './read-records';
import { isWonStage } from './won-stages';
import type { DetectedFormat, ExportKind, ImportProblem, ImportResult, KnownFormatId } from './types';
import { isDirectTagged } from './metrica-direct';

export interface ImportOptions {
  /** The column mapping for a file no format recognises (format `mapped`). */
  columns?: ColumnMapping;
  /** The CRM stages (as the export spells them) that count a deal as a qualified lead. */
  qualifiedStages?: readonly string[];
  /** Stages that mean "won"; by default amoCRM's «Успешно реализовано» and Bitrix24's «Сделка успешна» / WON. */
  wonStages?: readonly string[];
  /** The template's year: rows dated outside it are not counted, and are reported. */
  year?: number;
  /** The template's currency (ISO code): a file in another currency adds no money. */
  currency?: string;
}

/** Pipelines have a dozen stages; a column of free text would list thousands. */
const MAX_LISTED_STAGES = 100;

/** Title rows come before the header; no export seen has more than a few. */
const HEADER_SEARCH_ROWS = 30;

function emptyResult(
  format: DetectedFormat,
  problems: ImportProblem[],
  encoding: ImportResult['encoding'] = null,
): ImportResult {
  return {
    format,
    problems,
    figures: [],
    unmapped: { rows: 0, spend: 0, revenue: 0, sources: [] },
    rowsRead: 0,
    rowsByFigure: {},
    period: null,
    dealSources: [],
    stages: [],
    encoding,
  };
}

/** The likeliest header for a mapping step: the first row with as many filled cells as the widest early row. */
function likelyHeaderRow(rows: readonly string[][]): number | null {
  const early = rows.slice(0, HEADER_SEARCH_ROWS).map((row) => row.filter((cell) => cell.trim() !== '').length);
  const widest = Math.max(0, ...early);
  return widest < 2 ? null : early.indexOf(widest);
}

interface Located {
  headerRow: number;
  header: HeaderIndex;
  id: KnownFormatId | 'mapped';
  kind: ExportKind;
  columns: FoundColumns;
}

function locateKnown(rows: readonly string[][]): Located | null {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const header = indexHeader(rows[index] ?? []);
    const format = EXPORT_FORMATS.find((candidate) => candidate.matches(header));
    if (!format) continue;
    const columns: FoundColumns = {};
    for (const [role, aliases] of Object.entries(format.columns) as [
      ColumnRole,
      NonNullable<(typeof format.columns)[ColumnRole]>,
    ][]) {
      const found = findColumn(header, aliases);
      if (found) columns[role] = found;
    }
    return { headerRow: index, header, id: format.id, kind: format.kind, columns };
  }
  return null;
}

function locateMapped(
  rows: readonly string[][],
  mapping: ColumnMapping,
): Located | { missing: [ColumnRole, string][] } {
  const wanted = mappedRoles(mapping);
  let best: { index: number; missing: [ColumnRole, string][] } | null = null;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const header = indexHeader(rows[index] ?? []);
    const missing = wanted.filter(([, name]) => !findColumn(header, [name]));
    if (missing.length === 0) {
      const columns: FoundColumns = {};
      for (const [role, name] of wanted) {
        const found = findColumn(header, [name]);
        if (found) columns[role] = found;
      }
      return { headerRow: index, header, id: 'mapped', kind: mapping.kind, columns };
    }
    if (!best || missing.length < best.missing.length) best = { index, missing };
  }
  return { missing: best?.missing ?? wanted };
}

/** Direct API money is integers × 1 000 000, unless requested in units (then every amount has decimals). */
function directMoneyInMicros(rows: readonly string[][], located: Located): boolean {
  const spend = located.columns.spend;
  if (!spend) return false;
  return rows.slice(located.headerRow + 1).every((row) => {
    const text = (row[spend.indices[0] ?? 0] ?? '').trim();
    return text === '' || !/[.,]/.test(text);
  });
}

/**
 * Reads one export. `mapping` sends each row's source to a channel;
 * `fileName` is only for messages.
 */
export function importExport(
  bytes: Uint8Array,
  fileName: string,
  mapping: ChannelMapping,
  options: ImportOptions = {},
): ImportResult {
  return runSteps(importExportSteps(bytes, fileName, mapping, options));
}

/** importExport as steps: yields the share done (0…1) between slices of work, for a worker's progress bar or a page that must stay responsive. */
export function* importExportSteps(
  bytes: Uint8Array,
  fileName: string,
  mapping: ChannelMapping,
  options: ImportOptions = {},
): Steps<ImportResult> {
  if (isZip(bytes)) {
    // XLSX is a ZIP of XML parts: its first sheet with data is read as a table.
    const workbook = readXlsx(bytes);
    const sheet = workbook.ok
      ? workbook.sheets.find((each) => each.rows.some((row) => row.some((cell) => cell !== '')))
      : undefined;
    if (workbook.ok) {
      yield 0.3;
      return yield* withinRange(importTableSteps(sheet?.rows ?? [], fileName, mapping, options), 0.3, 1);
    }
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const key =
      decoded.reason === 'empty' ? 'empty_file' : decoded.reason === 'binary' ? 'binary_file' : decoded.reason;
    return emptyResult({ id: 'unknown', header: [], headerRow: null }, [{ key, params: { file: fileName } }]);
  }
  yield 0.05;
  const { rows, delimiter } = yield* withinRange(parseRowsSteps(decoded.text), 0.05, 0.4);
  return yield* withinRange(
    importParsedRows({ rows, delimiter, encoding: decoded.encoding }, fileName, mapping, options),
    0.4,
    1,
  );
}

/**
 * Reads a table already split into cells: a tab of the spreadsheet (a person
 * used File → Import) or a sheet of an XLSX workbook, each cell as text
 * (numbers with a dot decimal, dates as ISO days). Same formats, problems by
 * row and figures as a file; row numbers are the table's own.
 */
export function importTable(
  rows: string[][],
  tableName: string,
  mapping: ChannelMapping,
  options: ImportOptions = {},
): ImportResult {
  return runSteps(importTableSteps(rows, tableName, mapping, options));
}

/** importTable as steps (see importExportSteps). */
export function* importTableSteps(
  rows: string[][],
  tableName: string,
  mapping: ChannelMapping,
  options: ImportOptions = {},
): Steps<ImportResult> {
  if (rows.every((row) => row.every((cell) => cell.trim() === '')))
    return emptyResult({ id: 'unknown', header: [], headerRow: null }, [
      { key: 'empty_file', params: { file: tableName } },
    ]);
  // No delimiter to tell the Reports API from the wizard: the API's field names say it; a comma is a decimal comma.
  return yield* importParsedRows({ rows, delimiter: null, encoding: null }, tableName, mapping, options);
}

interface ParsedInput {
  rows: string[][];
  /** `null` for a table read cell by cell (a tab, an XLSX sheet). */
  delimiter: Delimiter | null;
  encoding: ImportResult['encoding'];
}

function* importParsedRows(
  input: ParsedInput,
  fileName: string,
  mapping: ChannelMapping,
  options: ImportOptions,
): Steps<ImportResult> {
  const { rows, delimiter, encoding } = input;
  let located: Located | null = null;
  if (options.columns) {
    const found = locateMapped(rows, options.columns);
    if ('missing' in found) {
      const problems = found.missing.map(
        ([role, column]): ImportProblem => ({ key: 'mapping_column_missing', params: { column, role }, column }),
      );
      const headerRow = likelyHeaderRow(rows);
      return emptyResult(
        {
          id: 'unknown',
          header: headerRow === null ? [] : indexHeader(rows[headerRow] ?? []).cells,
          headerRow: headerRow === null ? null : headerRow + 1,
        },
        problems,
        encoding,
      );
    }
    located = found;
  } else {
    located = locateKnown(rows);
  }
  if (!located) {
    const headerRow = likelyHeaderRow(rows);
    const header = headerRow === null ? [] : indexHeader(rows[headerRow] ?? []).cells;
    return emptyResult(
      { id: 'unknown', header, headerRow: headerRow === null ? null : headerRow + 1 },
      [{ key: 'unknown_header', params: { file: fileName, row: headerRow === null ? 1 : headerRow + 1 } }],
      encoding,
    );
  }

  // The Reports API writes TSV; the wizard's English variant (`Date,CampaignId,CampaignName,…,Cost`) is comma-separated.
  let id = located.id;
  if (id === 'yandex_direct_api' && delimiter !== null && delimiter !== '\t') id = 'yandex_direct_wizard';
  const format: DetectedFormat = { id, kind: located.kind };
  if (!located.columns.date)
    return emptyResult(format, [{ key: 'no_date_column', params: { file: fileName } }], encoding);
  if (located.kind === 'cabinet' && !located.columns.spend)
    return emptyResult(format, [{ key: 'no_amount_column', params: { file: fileName } }], encoding);

  const wonStages = new Set((options.wonStages ?? []).map((stage) => stage.trim().toLowerCase()));
  const records = yield* withinRange(
    readRecordsSteps({
      rows,
      headerRow: located.headerRow,
      columns: located.columns,
      kind: located.kind,
      cabinet: id,
      delimiter: delimiter ?? '\t',
      moneyInMicros: id === 'yandex_direct_api' && directMoneyInMicros(rows, located),
      isWonStage: (stage) => (options.wonStages ? wonStages.has(stage.trim().toLowerCase()) : isWonStage(stage)),
    }),
    0,
    0.8,
  );
  const problems = [...records.problems];
  const all = [...records.spend, ...records.deals];
  if (all.length === 0 && problems.length === 0)
    return emptyResult(format, [{ key: 'no_rows', params: { file: fileName } }], encoding);

  if (id === 'yandex_metrica_expenses') {
    const direct = records.spend.filter((record) => isDirectTagged(record.source)).length;
    if (direct > 0) problems.push({ key: 'metrica_holds_direct', params: { file: fileName, rows: direct } });
  }
  const currencies = [...new Set(all.map((record) => record.currency).filter((currency) => currency !== ''))].sort();
  let includeMoney = true;
  if (currencies.length > 1) {
    problems.push({ key: 'mixed_currencies', params: { currencies: currencies.join(', ') } });
    includeMoney = false;
  } else if (options.currency && currencies.length === 1 && currencies[0] !== options.currency.toUpperCase()) {
    problems.push({
      key: 'currency_mismatch',
      params: { found: currencies[0] ?? '', expected: options.currency.toUpperCase() },
    });
    includeMoney = false;
  }

  const aggregate = yield* withinRange(
    aggregateFiguresSteps({
      spend: records.spend,
      deals: records.deals,
      mapping,
      qualifiedStages: new Set((options.qualifiedStages ?? []).map((stage) => stage.trim().toLowerCase())),
      year: options.year,
      includeMoney,
    }),
    0.8,
    1,
  );
  if (options.year !== undefined && aggregate.outsideYear > 0) {
    problems.push(
      aggregate.counted === 0
        ? { key: 'all_outside_year', params: { file: fileName, year: options.year } }
        : { key: 'rows_outside_year', params: { count: aggregate.outsideYear, year: options.year } },
    );
  }
  const stages = [...new Set(records.deals.map((deal) => deal.stage.trim()).filter((stage) => stage !== ''))]
    .sort()
    .slice(0, MAX_LISTED_STAGES);
  return {
    format,
    problems,
    figures: aggregate.figures,
    unmapped: aggregate.unmapped,
    rowsRead: aggregate.counted,
    rowsByFigure: aggregate.rowsByFigure,
    period: aggregate.period,
    dealSources: aggregate.dealSources,
    stages,
    encoding: encoding,
  };
}
