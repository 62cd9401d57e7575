/**
 * What a report found missing or unreadable, as data; report-text words it.
 * A head deciding on a channel must know when the figures behind the
 * decision are incomplete.
 */
import type { MonthKey } from '../kpi/month';
import type { ChannelReportRow } from './channel-table';
import { customersAboveLeads } from '../kpi/count-checks';
import type { CellProblem, CountProblem, KpiRecords } from './kpi-records';
import { monthsWithData } from './kpi-records';
import type { Reconciliation, ReconciliationDifference } from './reconciliation';
import { monthsBefore } from './report-months';
import type { UntaggedDealsShare } from './untagged-deals-share';

export type DataQualityNote =
  | { kind: 'no_kpi_tab' }
  | { kind: 'kpi_tab_empty' }
  | { kind: 'month_empty'; month: MonthKey }
  | { kind: 'no_comparison'; month: MonthKey }
  | { kind: 'missing_months'; months: MonthKey[] }
  | { kind: 'channels_without_data'; channels: string[] }
  | { kind: 'spend_without_leads'; channel: string; cost: number; sheetRows: number[] }
  | { kind: 'revenue_not_entered'; channels: string[] }
  /** Some channels have a plan for the month and these, with figures, have none: the month's % of plan counts their figures only. */
  | { kind: 'plan_missing'; channels: string[] }
  | { kind: 'cell'; problem: CellProblem }
  | { kind: 'more_cells'; count: number }
  /** More qualified leads than leads in a row, or a count that is not whole: counted as entered, but wrong. */
  | { kind: 'count'; problem: CountProblem }
  | { kind: 'more_count_rows'; count: number }
  /** More customers than leads in the month: possible (deals from earlier months' leads), so only noted. */
  | { kind: 'customers_above_leads'; channel: string; month: MonthKey; customers: number; leads: number | null }
  | { kind: 'unreadable_month_rows'; sheetRows: number[] }
  | { kind: 'rows_without_channel'; sheetRows: number[] }
  | { kind: 'duplicate_rows'; channel: string; month: MonthKey; sheetRows: number[] }
  /** A KPI figure differs from what the imports brought by more than the tolerance (reconciliation.ts). */
  | { kind: 'import_differs'; month: MonthKey; difference: ReconciliationDifference }
  /** Every imported figure of the month is on the KPI tab within the tolerance. */
  | { kind: 'imports_agree'; month: MonthKey; compared: number }
  /** The month's CRM deals with no source and no UTM, as the imports counted them; flagged beyond the tolerance. */
  | { kind: 'untagged_deals'; month: MonthKey; deals: number; untagged: number; flagged: boolean }
  /** A CRM export of the month was imported before the add-on counted deals without a source. */
  | { kind: 'untagged_deals_unknown'; month: MonthKey };

/** Cells are listed one by one up to this many; the rest are counted, so a broken tab cannot flood the report. */
export const MAX_LISTED_CELLS = 20;

export interface DataQualityInput {
  records: KpiRecords;
  kpiTabFound: boolean;
  month: MonthKey;
  /** The months the report reads (the trend's twelve), oldest first. */
  window: readonly MonthKey[];
  channels: readonly ChannelReportRow[];
  /** The month's imported figures against the tab; absent or `null` when no import brought figures for it. */
  reconciliation?: Reconciliation | null;
  /** The month's CRM deals without a source, from the import ledger; absent or `null` when no CRM export was imported for it. */
  untaggedDeals?: UntaggedDealsShare | null;
}

export function dataQualityNotes({
  records,
  kpiTabFound,
  month,
  window,
  channels,
  reconciliation,
  untaggedDeals,
}: DataQualityInput): DataQualityNote[] {
  if (!kpiTabFound) return [{ kind: 'no_kpi_tab' }];
  const notes: DataQualityNote[] = [];
  const withData = monthsWithData(records);
  const filled = new Set(withData);
  const inWindow = new Set(window);

  if (withData.length === 0) {
    notes.push({ kind: 'kpi_tab_empty' });
  } else {
    if (!filled.has(month)) notes.push({ kind: 'month_empty', month });
    const previous = monthsBefore(month, 1);
    if (filled.has(month) && !filled.has(previous)) notes.push({ kind: 'no_comparison', month: previous });
    const first = withData[0] ?? month;
    const gaps = window.filter((key) => key >= first && key < month && !filled.has(key));
    if (gaps.length > 0) notes.push({ kind: 'missing_months', months: gaps });
  }

  if (filled.has(month)) {
    const empty = channels.filter((row) => !row.hasData).map((row) => row.channel);
    if (empty.length > 0) notes.push({ kind: 'channels_without_data', channels: empty });
    for (const row of channels) {
      if (row.leads === null && (row.totalCost ?? 0) > 0) {
        notes.push({
          kind: 'spend_without_leads',
          channel: row.channel,
          cost: row.totalCost ?? 0,
          sheetRows: row.sheetRows,
        });
      }
    }
    for (const record of records.byMonth.get(month)?.values() ?? []) {
      const { customers, leads } = record.inputs;
      if (customersAboveLeads(customers, leads))
        notes.push({ kind: 'customers_above_leads', channel: record.channel, month, customers: customers ?? 0, leads });
    }
    const noRevenue = channels.filter(
      (row) => row.hasData && row.revenue === null && ((row.leads ?? 0) > 0 || (row.totalCost ?? 0) > 0),
    );
    if (noRevenue.length > 0)
      notes.push({ kind: 'revenue_not_entered', channels: noRevenue.map((row) => row.channel) });
    const hasPlan = (row: ChannelReportRow) =>
      row.planSpend !== null || row.planLeads !== null || row.planRevenue !== null;
    const noPlan = channels.filter((row) => row.hasData && !hasPlan(row));
    if (channels.some(hasPlan) && noPlan.length > 0)
      notes.push({ kind: 'plan_missing', channels: noPlan.map((row) => row.channel) });
  }

  if (reconciliation) {
    for (const difference of reconciliation.differences)
      notes.push({ kind: 'import_differs', month: reconciliation.month, difference });
    if (reconciliation.differences.length === 0 && reconciliation.compared > 0)
      notes.push({ kind: 'imports_agree', month: reconciliation.month, compared: reconciliation.compared });
  }
  if (untaggedDeals?.kind === 'counted') {
    const { month: counted, deals, untagged, flagged } = untaggedDeals;
    notes.push({ kind: 'untagged_deals', month: counted, deals, untagged, flagged });
  } else if (untaggedDeals?.kind === 'unknown') {
    notes.push({ kind: 'untagged_deals_unknown', month: untaggedDeals.month });
  }

  for (const key of window) {
    for (const record of records.byMonth.get(key)?.values() ?? []) {
      if (record.sheetRows.length > 1)
        notes.push({ kind: 'duplicate_rows', channel: record.channel, month: key, sheetRows: record.sheetRows });
    }
  }

  const cells = records.cellProblems.filter((problem) => inWindow.has(problem.month));
  for (const problem of cells.slice(0, MAX_LISTED_CELLS)) notes.push({ kind: 'cell', problem });
  if (cells.length > MAX_LISTED_CELLS) notes.push({ kind: 'more_cells', count: cells.length - MAX_LISTED_CELLS });
  const counts = records.countProblems.filter((problem) => inWindow.has(problem.month));
  for (const problem of counts.slice(0, MAX_LISTED_CELLS)) notes.push({ kind: 'count', problem });
  if (counts.length > MAX_LISTED_CELLS)
    notes.push({ kind: 'more_count_rows', count: counts.length - MAX_LISTED_CELLS });

  if (records.unreadableMonthRows.length > 0) {
    notes.push({ kind: 'unreadable_month_rows', sheetRows: records.unreadableMonthRows.map((row) => row.sheetRow) });
  }
  const noChannel = records.rowsWithoutChannel.filter((row) => inWindow.has(row.month));
  if (noChannel.length > 0)
    notes.push({ kind: 'rows_without_channel', sheetRows: noChannel.map((row) => row.sheetRow) });
  return notes;
}
