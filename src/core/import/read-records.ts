/**
 * Data rows → typed records, with a problem for every cell that cannot be
 * read. Rows before the header (titles), empty rows and total rows
 * («Итого», «Total: Account», «Total rows: N») are not data.
 */
import type { CommaRole } from './parse-amount';
import { commaRoleOfColumn, parseAmount } from './parse-amount';
import { dayNumber, parseDate } from './parse-date';
import { cellOf, type FoundColumn } from './header-names';
import type { ColumnRole } from './export-formats';
import type { RowSource } from './channel-mapping';
import { currencyOfHeader, normalizeCurrency } from './currency';
import type { ExportKind, ImportProblem, KnownFormatId } from './types';
import { runSteps, type Steps } from './steps';

export type FoundColumns = Partial<Record<ColumnRole, FoundColumn>>;

export interface SpendRecord {
  row: number;
  /** Inclusive day numbers (days since 1970-01-01): one day, or a Metrica range. */
  fromDay: number;
  toDay: number;
  /** Money in millionths, so sums are exact integers whatever the row order. */
  spendMicros: number;
  currency: string;
  source: RowSource;
}

export interface DealRecord {
  row: number;
  createdDay: number;
  stage: string;
  amountMicros: number;
  /** The close day of a won deal; null for a deal not won (or won without a readable date). */
  wonDay: number | null;
  currency: string;
  source: RowSource;
}

export interface ReadRecordsInput {
  rows: string[][];
  headerRow: number;
  columns: FoundColumns;
  kind: ExportKind;
  cabinet: KnownFormatId | 'mapped';
  delimiter: string;
  /** Direct Reports API money is integer micros unless the request asked for units (then it has decimals). */
  moneyInMicros: boolean;
  isWonStage: (stage: string) => boolean;
}

export interface ReadRecords {
  spend: SpendRecord[];
  deals: DealRecord[];
  problems: ImportProblem[];
}

const TOTAL_ROW = /^(итого|всего|total)(\s|:|$)/i;

function isTotalRow(row: readonly string[]): boolean {
  const first = row.find((cell) => cell.trim() !== '');
  return first !== undefined && TOTAL_ROW.test(first.trim());
}

function isEmptyRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

const MICROS = 1_000_000;

/** Data rows between two yields: a few milliseconds of dates and amounts. */
const ROWS_PER_STEP = 5_000;

export function readRecords(input: ReadRecordsInput): ReadRecords {
  return runSteps(readRecordsSteps(input));
}

/** readRecords, yielding the share of data rows read every few thousand (see steps.ts). */
export function* readRecordsSteps(input: ReadRecordsInput): Steps<ReadRecords> {
  const { rows, headerRow, columns } = input;
  const problems: ImportProblem[] = [];
  const spend: SpendRecord[] = [];
  const deals: DealRecord[] = [];
  const dataRows: { row: number; cells: string[] }[] = [];
  for (let index = headerRow + 1; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (isEmptyRow(cells)) continue;
    const dateText = cellOf(cells, columns.date ?? null);
    if (isTotalRow(cells) && parseDate(dateText).kind !== 'day') continue;
    dataRows.push({ row: index + 1, cells });
  }
  const moneyColumn = input.kind === 'cabinet' ? columns.spend : columns.amount;
  const commaRole: CommaRole = commaRoleOfColumn(
    dataRows.map(({ cells }) => cellOf(cells, moneyColumn ?? null)),
    input.delimiter,
  );
  const headerCurrency = moneyColumn ? currencyOfHeader(moneyColumn.name) : '';
  const columnName = (role: ColumnRole): string => columns[role]?.name ?? role;

  let done = 0;
  for (const { row, cells } of dataRows) {
    if (++done % ROWS_PER_STEP === 0) yield done / dataRows.length;
    const source: RowSource = {
      cabinet: input.cabinet,
      kind: input.kind,
      campaign: cellOf(cells, columns.campaign ?? null),
      utmSource: cellOf(cells, columns.utmSource ?? null),
      utmMedium: cellOf(cells, columns.utmMedium ?? null),
      utmCampaign: cellOf(cells, columns.utmCampaign ?? null),
      source: cellOf(cells, columns.source ?? null),
    };
    const currency = normalizeCurrency(cellOf(cells, columns.currency ?? null)) || headerCurrency;
    const dateText = cellOf(cells, columns.date ?? null);
    const date = parseDate(dateText);
    if (date.kind === 'empty') {
      problems.push({
        key: 'missing_date',
        params: { row, column: columnName('date') },
        row,
        column: columnName('date'),
      });
      continue;
    }
    if (date.kind === 'invalid') {
      problems.push({
        key: 'bad_date',
        params: { row, column: columnName('date'), value: dateText },
        row,
        column: columnName('date'),
      });
      continue;
    }
    const moneyText = cellOf(cells, moneyColumn ?? null);
    const money = parseAmount(moneyText, commaRole);
    if (money.kind === 'invalid') {
      const column = moneyColumn?.name ?? '';
      problems.push({ key: 'bad_amount', params: { row, column, value: moneyText }, row, column });
      continue;
    }
    const value = money.kind === 'number' ? money.value : 0;
    const micros = input.moneyInMicros ? Math.round(value) : Math.round(value * MICROS);
    const fromDay = dayNumber(date.kind === 'day' ? date.day : date.from);
    const toDay = dayNumber(date.kind === 'day' ? date.day : date.to);
    if (input.kind === 'cabinet') {
      spend.push({ row, fromDay, toDay, spendMicros: micros, currency, source });
      continue;
    }
    const stage = cellOf(cells, columns.stage ?? null);
    let wonDay: number | null = null;
    if (input.isWonStage(stage)) {
      const wonText = cellOf(cells, columns.wonDate ?? null);
      const won = parseDate(wonText);
      if (won.kind === 'day') wonDay = dayNumber(won.day);
      else
        problems.push({
          key: 'bad_won_date',
          params: { row, column: columnName('wonDate'), value: wonText },
          row,
          column: columnName('wonDate'),
        });
    }
    deals.push({ row, createdDay: fromDay, stage, amountMicros: micros, wonDay, currency, source });
  }
  return { spend, deals, problems };
}
