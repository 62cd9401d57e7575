/**
 * The verdict of every channel in a month, by THE rule set (`judgeChannels`),
 * with the same default as CHANNEL_VERDICT and the KPI tab: a channel's
 * target CPL from the settings (else its Target CPL cell), and when it has
 * none, the month's blended CPL; the channel's target ROMI, else the
 * department's.
 */
import type { MonthKey } from '../kpi/month';
import { judgeChannels, type VerdictResult } from '../verdict';
import { channelKey, hasAnyInput, type ChannelMonthRecord, type KpiRecords } from './kpi-records';
import { channelPeriod } from './month-totals';

/** What the report needs of a configured channel. */
export interface ReportChannel {
  name: string;
  targetCpl: number | null;
  /** The channel's own target ROMI; absent or `null`: the department's. */
  targetRomi?: number | null;
}

/** The department-wide rules every channel of the month is judged by. */
export interface MonthRules {
  minLeads: number;
  /** Target ROMI for channels without their own (and for rows of channels no longer configured). */
  targetRomi: number;
}

export interface ChannelJudgement {
  channel: string;
  /** `null` when the tab has no row for the channel in the month. */
  record: ChannelMonthRecord | null;
  hasData: boolean;
  result: VerdictResult;
  /** True when no target was set and the month's blended CPL was used. */
  targetIsBlended: boolean;
}

/**
 * Judges the configured channels and every channel the tab has a row for in
 * the month (a channel removed from the settings still counts, as on the tab).
 * Returned by channel key, configured channels first, in their order.
 */
export function judgeMonth(
  records: KpiRecords,
  month: MonthKey,
  channels: readonly ReportChannel[],
  rules: MonthRules,
): Map<string, ChannelJudgement> {
  const monthRows = records.byMonth.get(month) ?? new Map<string, ChannelMonthRecord>();
  const entries = new Map<
    string,
    { channel: string; record: ChannelMonthRecord | null; target: number | null; targetRomi: number }
  >();
  for (const channel of channels) {
    const key = channelKey(channel.name);
    const record = monthRows.get(key) ?? null;
    entries.set(key, {
      channel: channel.name,
      record,
      target: channel.targetCpl ?? record?.targetCpl ?? null,
      targetRomi: channel.targetRomi ?? rules.targetRomi,
    });
  }
  for (const [key, record] of monthRows) {
    if (!entries.has(key))
      entries.set(key, { channel: record.channel, record, target: record.targetCpl, targetRomi: rules.targetRomi });
  }
  const list = [...entries.values()];
  const results = judgeChannels({
    periods: list.map((entry) =>
      entry.record ? channelPeriod(entry.record.inputs) : { leads: 0, cost: 0, revenue: null },
    ),
    targetCpl: list.map((entry) => entry.target),
    targetRomi: list.map((entry) => entry.targetRomi),
    minLeads: rules.minLeads,
  });
  const judged = new Map<string, ChannelJudgement>();
  list.forEach((entry, index) => {
    const result = results[index];
    if (!result) return;
    judged.set(channelKey(entry.channel), {
      channel: entry.channel,
      record: entry.record,
      hasData: entry.record !== null && hasAnyInput(entry.record.inputs),
      result,
      targetIsBlended: entry.target === null,
    });
  });
  return judged;
}
