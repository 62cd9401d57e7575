/**
 * The three to five sentences at the top of the report, written from its
 * figures in the template's language: what grew and what fell, what it cost
 * and what it brought, which channels drove the month, what to scale and
 * what to drop. Every number is the report's own (the headline and the
 * channel table), written as the locale writes numbers.
 */
import type { Currency } from '../../shared/template-settings';
import { translate, type MessageParams } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { monthInPhrase, monthInWords } from '../i18n/month-names';
import { formatNumber, formatPercent } from '../i18n/number-format';
import { countNoun } from '../i18n/plural';
import { QUALIFIED_FORMS, reportSummaryMessages } from '../i18n/report-summary-messages';
import { LEAD_NOUN } from '../i18n/verdict-messages';
import { relativeChange, shareOfPlan } from '../metrics';
import type { ChannelReportRow } from './channel-table';
import type { MonthlyReport } from './monthly-report';

type SummaryKey = keyof (typeof reportSummaryMessages)['en'];

/** How many channels the "most leads came from" sentence names. */
const TOP_CHANNELS = 2;

const LEADS: Record<Lang, readonly [string, string, string]> = LEAD_NOUN;

/** An amount as its cells show it: "$1,234", "€1,234", "1 234 ₽" (digits grouped as the locale groups them). */
export function moneyText(value: number, currency: Currency, lang: Lang): string {
  const digits = formatNumber(Math.abs(value), lang, 0);
  const sign = value < 0 && digits !== '0' ? '−' : '';
  if (currency === 'RUB') return `${sign}${digits}\u00a0₽`;
  return `${sign}${currency === 'USD' ? '$' : '€'}${digits}`;
}

/** "+12 %" / "−3 %": a change with its sign, a real minus. */
function signedPercent(ratio: number, lang: Lang): string {
  const text = formatPercent(Math.abs(ratio), lang);
  if (text.startsWith('0\u00a0')) return text;
  return `${ratio > 0 ? '+' : '−'}${text}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function reportSentences(report: MonthlyReport, lang: Lang = report.settings.sheetLang): string[] {
  const say = (key: SummaryKey, params?: MessageParams) => translate(reportSummaryMessages, lang, key, params);
  const money = (value: number) => moneyText(value, report.settings.currency, lang);
  const { figures, previousFigures: before } = report;
  if (!figures.hasData) return [say('s_empty', { month: monthInWords(report.month, lang) })];

  const sentences: string[] = [];

  // What the month brought, against the month before.
  const leads = figures.leads ?? 0;
  const qualified =
    figures.qualifiedLeads === null
      ? ''
      : say('s_qualified', { qualified: countNoun(lang, figures.qualifiedLeads, QUALIFIED_FORMS) });
  // The plan beside the figure it is for, when one is entered (core/metrics' shareOfPlan, as the headline's % of plan).
  const ofPlan = (key: 'leads' | 'spend' | 'revenue') => shareOfPlan(figures[key], figures.plan[key]);
  const leadsOfPlan = ofPlan('leads');
  const plan =
    leadsOfPlan === null
      ? ''
      : say('s_of_plan', {
          percent: formatPercent(leadsOfPlan, lang),
          plan: countNoun(lang, figures.plan.leads ?? 0, LEADS),
        });
  // A month still running says how far into it the figures are, so "fewer than the month before" is not read as the whole month's.
  const leadsParams = {
    month: monthInPhrase(report.month, lang),
    leads: countNoun(lang, leads, LEADS),
    plan,
    qualified,
    change: leadsChange(leads, before.hasData ? before.leads : null, lang, say),
  };
  sentences.push(
    report.pacing
      ? say('s_leads_so_far', { ...leadsParams, day: report.pacing.day, days: report.pacing.days })
      : say('s_leads', leadsParams),
  );

  // What it cost.
  if (figures.marketingCost === null) {
    sentences.push(`${say('s_no_cost')}.`);
  } else {
    const costChange =
      before.marketingCost === null ? null : relativeChange(figures.marketingCost, before.marketingCost);
    let text = say('s_cost', {
      cost: money(figures.marketingCost),
      change: costChange === null ? '' : say('s_cost_change', { percent: signedPercent(costChange, lang) }),
    });
    const spendOfPlan = ofPlan('spend');
    if (spendOfPlan !== null) text += say('s_spend_plan', { percent: formatPercent(spendOfPlan, lang) });
    if (figures.cpl !== null) text += say('s_cpl', { cpl: money(figures.cpl) });
    if (figures.cac !== null) text += say('s_cac', { cac: money(figures.cac) });
    sentences.push(`${text}.`);
  }

  // What it brought back.
  if (figures.revenue === null || figures.departmentRoi === null) {
    sentences.push(say('s_no_return'));
  } else {
    const revenueOfPlan = ofPlan('revenue');
    sentences.push(
      say('s_return', {
        revenue:
          money(figures.revenue) +
          (revenueOfPlan === null ? '' : say('s_revenue_plan', { percent: formatPercent(revenueOfPlan, lang) })),
        romi: figures.romi === null ? '' : say('s_romi', { romi: formatPercent(figures.romi, lang) }),
        roi: formatPercent(figures.departmentRoi, lang),
        meaning: say(figures.departmentRoi < 0 ? 's_loses' : 's_pays_off'),
      }),
    );
  }

  // Which channels drove it.
  const drivers = driversSentence(report.channels, lang, say);
  if (drivers) sentences.push(drivers);

  // What to do.
  const names = (rows: readonly ChannelReportRow[]) =>
    rows.length === 0 ? say('s_none') : rows.map((row) => row.channel).join(', ');
  sentences.push(say('s_decide', { scale: names(report.scale), drop: names(report.dropOrRework) }));
  return sentences;
}

function leadsChange(
  leads: number,
  before: number | null,
  lang: Lang,
  say: (key: SummaryKey, params?: MessageParams) => string,
): string {
  if (before === null) return say('s_no_previous');
  if (leads === before) return say('s_as_many');
  if (before === 0) return say('s_none_before');
  return say(leads > before ? 's_more' : 's_fewer', {
    percent: formatPercent(Math.abs(leads - before) / before, lang),
  });
}

function driversSentence(
  channels: readonly ChannelReportRow[],
  lang: Lang,
  say: (key: SummaryKey, params?: MessageParams) => string,
): string | null {
  const withLeads = channels.filter((row) => (row.leads ?? 0) > 0);
  if (withLeads.length === 0) return null;
  // The channel table is sorted by leads, most first.
  const top = withLeads
    .slice(0, TOP_CHANNELS)
    .map((row) => `${row.channel} (${formatNumber(row.leads ?? 0, lang, 0)})`);
  const parts = [say('s_top', { channels: top.join(', ') })];
  const changed = channels.filter((row) => row.leadsChange !== null && row.leadsChange !== 0);
  const grew = changed.reduce<ChannelReportRow | null>(
    (best, row) => ((row.leadsChange ?? 0) > (best?.leadsChange ?? 0) ? row : best),
    null,
  );
  const fell = changed.reduce<ChannelReportRow | null>(
    (worst, row) => ((row.leadsChange ?? 0) < (worst?.leadsChange ?? 0) ? row : worst),
    null,
  );
  const change = (value: number) => `${value > 0 ? '+' : '−'}${countNoun(lang, Math.abs(value), LEADS)}`;
  if (grew?.leadsChange) parts.push(say('s_grew', { channel: grew.channel, change: change(grew.leadsChange) }));
  if (fell?.leadsChange) parts.push(say('s_fell', { channel: fell.channel, change: change(fell.leadsChange) }));
  return `${capitalised(parts.join('; '))}.`;
}
