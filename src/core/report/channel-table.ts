/**
 * The report's table of channels: each channel's figures for the month, CPL
 * against its target, the change against the month before, the verdict, and
 * the verdicts of the two months before it, so a head sees whether a bad
 * month is a pattern or noise. A channel's cost is its row on the KPI tab
 * (budget + the staff cost typed there), as its verdict counts it. Sorted by
 * leads, most first.
 */
import type { MonthKey } from '../kpi/month';
import { customerAcquisitionCost, relativeChange, returnOnMarketingInvestment } from '../metrics';
import type { VerdictResult } from '../verdict';
import type { KpiRecords } from './kpi-records';
import { judgeMonth, type ChannelJudgement, type MonthRules, type ReportChannel } from './channel-verdicts';
import { totalCost } from './month-totals';
import { monthsBefore } from './report-months';

export interface ChannelReportRow {
  channel: string;
  hasData: boolean;
  leads: number | null;
  qualifiedLeads: number | null;
  customers: number | null;
  /** The channel's share of the month's leads. */
  leadShare: number | null;
  spend: number | null;
  totalCost: number | null;
  cpl: number | null;
  /** The target the verdict was judged against (the blended CPL when none is set). */
  targetCpl: number | null;
  targetIsBlended: boolean;
  /** CPL / target − 1: 0.4 is 40 % above the target. */
  cplAgainstTarget: number | null;
  revenue: number | null;
  romi: number | null;
  /** Total cost / customers, as the KPI tab counts the channel's cost. */
  cac: number | null;
  /** Leads this month − leads the month before. */
  leadsChange: number | null;
  /** Relative change of CPL against the month before. */
  cplChange: number | null;
  judgement: VerdictResult;
  /** The channel's plan for the month (the KPI tab's plan columns). */
  planSpend: number | null;
  planLeads: number | null;
  planRevenue: number | null;
  /** The verdicts of the month before and the one before that; `null` where the channel had no figures. */
  history: [VerdictResult | null, VerdictResult | null];
  sheetRows: number[];
}

function historyOf(judgement: ChannelJudgement | undefined): VerdictResult | null {
  return judgement?.hasData ? judgement.result : null;
}

export function channelTable(
  records: KpiRecords,
  month: MonthKey,
  channels: readonly ReportChannel[],
  rules: MonthRules,
): ChannelReportRow[] {
  const current = judgeMonth(records, month, channels, rules);
  const previous = judgeMonth(records, monthsBefore(month, 1), channels, rules);
  const beforePrevious = judgeMonth(records, monthsBefore(month, 2), channels, rules);
  let monthLeads = 0;
  for (const judgement of current.values()) monthLeads += judgement.record?.inputs.leads ?? 0;

  const rows = [...current.entries()].map(([key, judgement]): ChannelReportRow => {
    const inputs = judgement.record?.inputs;
    const leads = inputs?.leads ?? null;
    const result = judgement.result;
    const cpl = leads === null ? null : result.cpl;
    const before = previous.get(key);
    const leadsBefore = before?.record?.inputs.leads ?? null;
    const cplBefore = before?.record?.inputs.leads == null ? null : before.result.cpl;
    const cost = inputs ? totalCost(inputs) : null;
    const revenue = inputs?.revenue ?? null;
    return {
      channel: judgement.channel,
      hasData: judgement.hasData,
      leads,
      qualifiedLeads: inputs?.qualified_leads ?? null,
      customers: inputs?.customers ?? null,
      leadShare: leads !== null && monthLeads > 0 ? leads / monthLeads : null,
      spend: inputs?.spend ?? null,
      totalCost: cost,
      cpl,
      targetCpl: result.targetCpl,
      targetIsBlended: judgement.targetIsBlended,
      cplAgainstTarget: cpl !== null && result.targetCpl !== null ? cpl / result.targetCpl - 1 : null,
      revenue,
      romi: revenue === null ? null : returnOnMarketingInvestment(revenue, cost ?? 0),
      cac: customerAcquisitionCost(cost, inputs?.customers ?? null),
      leadsChange: leads !== null && leadsBefore !== null ? leads - leadsBefore : null,
      cplChange: cpl !== null && cplBefore !== null ? relativeChange(cpl, cplBefore) : null,
      judgement: result,
      planSpend: judgement.record?.plan.plan_spend ?? null,
      planLeads: judgement.record?.plan.plan_leads ?? null,
      planRevenue: judgement.record?.plan.plan_revenue ?? null,
      history: [historyOf(before), historyOf(beforePrevious.get(key))],
      sheetRows: judgement.record?.sheetRows ?? [],
    };
  });
  // Array.prototype.sort is stable: equal leads keep the settings' order.
  return rows.sort((a, b) => (b.leads ?? -1) - (a.leads ?? -1));
}
