import { translate } from './i18n/catalog';
import type { Lang } from './i18n/lang';
import { formatNumber, formatPercent } from './i18n/number-format';
import { verdictMessages } from './i18n/verdict-messages';
import { SCALE_THRESHOLD, type Verdict, type VerdictReason } from './verdict';

/** The verdict's label in a language: SCALE / МАСШТАБИРОВАТЬ. */
export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return translate(verdictMessages, lang, verdict);
}

/** Reads a label in either language back as a verdict (for cells a sheet already holds). */
export function verdictFromLabel(label: unknown): Verdict | null {
  if (typeof label !== 'string') return null;
  const text = label.trim().toUpperCase();
  for (const lang of ['en', 'ru'] as const) {
    for (const verdict of ['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST'] as const) {
      if (verdictMessages[lang][verdict] === text) return verdict;
    }
  }
  return null;
}

/** The reason in words: "CPL 1,200 is 40 % above the target 857". */
export function explainVerdict(reason: VerdictReason, lang: Lang): string {
  const money = (value: number) => formatNumber(value, lang, 0);
  switch (reason.rule) {
    case 'no_activity':
      return translate(verdictMessages, lang, 'no_activity');
    case 'spend_no_leads':
      return translate(verdictMessages, lang, 'spend_no_leads', { cost: money(reason.cost) });
    case 'too_few_leads':
      return translate(verdictMessages, lang, 'too_few_leads', { leads: reason.leads, minLeads: reason.minLeads });
    case 'cpl_high_and_losing_money':
      return translate(verdictMessages, lang, 'cpl_high_and_losing_money', {
        ...cplAgainstTarget(reason.cpl, reason.target, lang),
        revenue: money(reason.revenue),
        cost: money(reason.cost),
      });
    case 'cpl_high':
    case 'cpl_well_below_target':
      return translate(verdictMessages, lang, reason.rule, cplAgainstTarget(reason.cpl, reason.target, lang));
    case 'cpl_near_target':
      return translate(verdictMessages, lang, 'cpl_near_target', {
        ...cplAgainstTarget(reason.cpl, reason.target, lang),
        scalePercent: formatPercent(1 - SCALE_THRESHOLD, lang),
      });
    case 'losing_money':
      return translate(verdictMessages, lang, 'losing_money', { revenue: money(reason.revenue), cost: money(reason.cost) });
    case 'no_target':
      return translate(verdictMessages, lang, 'no_target', { cpl: money(reason.cpl) });
  }
}

function cplAgainstTarget(cpl: number, target: number, lang: Lang) {
  return {
    cpl: formatNumber(cpl, lang, 0),
    target: formatNumber(target, lang, 0),
    percent: formatPercent(Math.abs(cpl - target) / target, lang),
  };
}
