/**
 * Records → month × channel figures, the KPI's counting rules:
 * spend by the month of its day (a range spread evenly over its days, as
 * Metrica does), leads by the month a deal was created, qualified leads
 * from deals whose current stage is one the person marks as qualified,
 * customers and revenue from won deals by the month they were won.
 * Money is summed in integer millionths, so the order of rows never
 * changes a total.
 */
import {
  channelLookup,
  describeSource,
  matchOfSource,
  type ChannelMapping,
  type ChannelRule,
  type RowSource,
} from './channel-mapping';
import { dayFromNumber, monthOfDay } from './parse-date';
import type { DealRecord, SpendRecord } from './read-records';
import type { ImportFigure, UnmappedRows } from './types';
import { runSteps, type Steps } from './steps';
import { dealSourceCounter, type DealSourceCount } from './untagged-deals';

/** Month keys by day number, computed once per distinct day (an export spans a few hundred). */
const monthByDay = new Map<number, string>();
function monthOfDayNumber(day: number): string {
  let month = monthByDay.get(day);
  if (month === undefined) {
    month = monthOfDay(dayFromNumber(day));
    monthByDay.set(day, month);
  }
  return month;
}

export interface AggregateInput {
  spend: readonly SpendRecord[];
  deals: readonly DealRecord[];
  mapping: ChannelMapping;
  qualifiedStages: ReadonlySet<string>;
  /** Count only days in this year (the template's); others are reported. */
  year?: number;
  /** False when the money cannot be added up (mixed currencies): counts only. */
  includeMoney: boolean;
}

export interface Aggregate {
  figures: ImportFigure[];
  unmapped: UnmappedRows;
  /** Rows that add nothing because every date they carry is outside `year`. */
  outsideYear: number;
  /** Rows that add something inside `year`. */
  counted: number;
  /** Rows counted into each figure, by `month|channel` (a range over two months counts in both). */
  rowsByFigure: Record<string, number>;
  /** The first and last month any counted row (mapped or not) falls in; `null` when none. */
  period: { from: string; to: string } | null;
  /** CRM files: deals by the month they were created (inside `year`), and how many carry no source and no UTM. */
  dealSources: DealSourceCount[];
}

interface Cell {
  rows: number;
  spendMicros: number;
  leads: number;
  qualified: number;
  customers: number;
  revenueMicros: number;
}

function toMoney(micros: number): number {
  return Math.round(micros / 10_000) / 100;
}

/** The micros of a range, one share per day; the indivisible remainder goes to the first days. */
function spreadOverDays(record: SpendRecord): [day: number, micros: number][] {
  const days = record.toDay - record.fromDay + 1;
  const share = Math.trunc(record.spendMicros / days);
  const remainder = record.spendMicros - share * days;
  const step = Math.sign(remainder);
  return Array.from({ length: days }, (_, index) => [
    record.fromDay + index,
    share + (index < Math.abs(remainder) ? step : 0),
  ]);
}

/** Records between two yields: a few milliseconds of work. */
const RECORDS_PER_STEP = 5_000;

export function aggregateFigures(input: AggregateInput): Aggregate {
  return runSteps(aggregateFiguresSteps(input));
}

/** aggregateFigures, yielding the share of records done every few thousand (see steps.ts). */
export function* aggregateFiguresSteps(input: AggregateInput): Steps<Aggregate> {
  const total = input.spend.length + input.deals.length;
  let done = 0;
  const cells = new Map<string, Cell>();
  const unmappedBySource = new Map<
    string,
    { rows: number; spendMicros: number; revenueMicros: number; match: Omit<ChannelRule, 'channel'> }
  >();
  const channelOf = channelLookup(input.mapping);
  let outsideYear = 0;
  let counted = 0;
  let first: string | null = null;
  let last: string | null = null;
  const covers = (month: string) => {
    if (first === null || month < first) first = month;
    if (last === null || month > last) last = month;
  };
  const inYear = (month: string) => input.year === undefined || month.startsWith(`${input.year}-`);
  const cellAt = (month: string, channel: string): Cell => {
    const key = `${month}\u0000${channel}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { rows: 0, spendMicros: 0, leads: 0, qualified: 0, customers: 0, revenueMicros: 0 };
      cells.set(key, cell);
    }
    return cell;
  };
  const noteUnmapped = (source: RowSource, spendMicros: number, revenueMicros: number) => {
    const key = describeSource(source);
    const entry = unmappedBySource.get(key) ?? {
      rows: 0,
      spendMicros: 0,
      revenueMicros: 0,
      match: matchOfSource(source),
    };
    entry.rows++;
    entry.spendMicros += spendMicros;
    entry.revenueMicros += revenueMicros;
    unmappedBySource.set(key, entry);
  };

  for (const record of input.spend) {
    if (++done % RECORDS_PER_STEP === 0) yield done / total;
    const parts = (
      record.fromDay === record.toDay
        ? [[record.fromDay, record.spendMicros] as [number, number]]
        : spreadOverDays(record)
    )
      .map(([day, micros]) => [monthOfDayNumber(day), micros] as const)
      .filter(([month]) => inYear(month));
    if (parts.length === 0) {
      outsideYear++;
      continue;
    }
    counted++;
    for (const [month] of parts) covers(month);
    const channel = channelOf(record.source);
    const micros = parts.reduce((sum, [, value]) => sum + value, 0);
    if (channel === null) {
      noteUnmapped(record.source, micros, 0);
      continue;
    }
    const touched = new Set<Cell>();
    for (const [month, value] of parts) {
      const cell = cellAt(month, channel);
      cell.spendMicros += value;
      touched.add(cell);
    }
    for (const cell of touched) cell.rows++;
  }

  const dealSources = dealSourceCounter();
  for (const record of input.deals) {
    if (++done % RECORDS_PER_STEP === 0) yield done / total;
    const createdMonth = monthOfDayNumber(record.createdDay);
    const wonMonth = record.wonDay === null ? null : monthOfDayNumber(record.wonDay);
    const leadCounts = inYear(createdMonth);
    const wonCounts = wonMonth !== null && inYear(wonMonth);
    if (!leadCounts && !wonCounts) {
      outsideYear++;
      continue;
    }
    counted++;
    if (leadCounts) {
      covers(createdMonth);
      dealSources.add(createdMonth, record.source);
    }
    if (wonCounts && wonMonth !== null) covers(wonMonth);
    const channel = channelOf(record.source);
    if (channel === null) {
      noteUnmapped(record.source, 0, wonCounts ? record.amountMicros : 0);
      continue;
    }
    if (leadCounts) {
      const cell = cellAt(createdMonth, channel);
      cell.rows++;
      cell.leads++;
      if (input.qualifiedStages.has(record.stage.trim().toLowerCase())) cell.qualified++;
    }
    if (wonCounts && wonMonth !== null) {
      const cell = cellAt(wonMonth, channel);
      if (!(leadCounts && wonMonth === createdMonth)) cell.rows++;
      cell.customers++;
      cell.revenueMicros += record.amountMicros;
    }
  }

  const isCrm = input.deals.length > 0;
  const figures = [...cells.entries()]
    .map(([key, cell]): ImportFigure => {
      const [month = '', channel = ''] = key.split('\u0000');
      if (!isCrm) return input.includeMoney ? { month, channel, spend: toMoney(cell.spendMicros) } : { month, channel };
      const figure: ImportFigure = {
        month,
        channel,
        leads: cell.leads,
        qualified_leads: cell.qualified,
        customers: cell.customers,
      };
      if (input.includeMoney) figure.revenue = toMoney(cell.revenueMicros);
      return figure;
    })
    .sort((a, b) =>
      a.month === b.month ? (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0) : a.month < b.month ? -1 : 1,
    );

  const sources = [...unmappedBySource.entries()]
    .map(([source, entry]) => ({
      source,
      rows: entry.rows,
      spend: input.includeMoney ? toMoney(entry.spendMicros) : 0,
      revenue: input.includeMoney ? toMoney(entry.revenueMicros) : 0,
      match: entry.match,
    }))
    .sort((a, b) => b.rows - a.rows || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const sumMicros = (pick: (entry: { spendMicros: number; revenueMicros: number }) => number) =>
    input.includeMoney ? toMoney([...unmappedBySource.values()].reduce((sum, entry) => sum + pick(entry), 0)) : 0;
  return {
    figures,
    unmapped: {
      rows: sources.reduce((sum, entry) => sum + entry.rows, 0),
      spend: sumMicros((entry) => entry.spendMicros),
      revenue: sumMicros((entry) => entry.revenueMicros),
      sources,
    },
    outsideYear,
    counted,
    rowsByFigure: Object.fromEntries(
      [...cells.entries()].map(([key, cell]) => [key.replace('\u0000', '|'), cell.rows]),
    ),
    period: first !== null && last !== null ? { from: first, to: last } : null,
    dealSources: dealSources.counts(),
  };
}
