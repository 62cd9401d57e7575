import { translate } from './i18n/catalog';
import type { Lang } from './i18n/lang';
import { formatNumber, formatPercent } from './i18n/number-format';
import { verdictMessages } from './i18n/verdict-messages';
import { SCALE_THRESHOLD, type Verdict, type VerdictResult } from './verdict';

/** The verdict's label in a language: SCALE / МАСШТАБИРОВАТЬ. */
export function verdictLabel(verdict: Verdict, lang: Lang): string {
  // A plain lookup: labels have no placeholders, and a verdict column may be 100 000 rows long.
  return verdictMessages[lang][verdict];
}

/** Every label of a language at once, for a column of verdicts. */
export function verdictLabels(lang: Lang): Readonly<Record<Verdict, string>> {
  return verdictMessages[lang];
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
export function explainVerdict(result: VerdictResult, lang: Lang): string {
  const money = (value: number) => formatNumber(value, lang, 0);
  const cpl = result.cpl ?? 0;
  const target = result.targetCpl ?? 0;
  const againstTarget = {
    cpl: money(cpl),
    target: money(target),
    percent: target > 0 ? formatPercent(Math.abs(cpl - target) / target, lang) : '',
  };
  const costs = { revenue: money(result.revenue ?? 0), cost: money(result.cost) };
  switch (result.rule) {
    case 'no_activity':
      return translate(verdictMessages, lang, 'no_activity');
    case 'spend_no_leads':
      return translate(verdictMessages, lang, 'spend_no_leads', costs);
    case 'too_few_leads':
      return translate(verdictMessages, lang, 'too_few_leads', { leads: result.leads, minLeads: result.minLeads });
    case 'cpl_high_and_losing_money':
      return translate(verdictMessages, lang, 'cpl_high_and_losing_money', { ...againstTarget, ...costs });
    case 'cpl_high':
    case 'cpl_well_below_target':
      return translate(verdictMessages, lang, result.rule, againstTarget);
    case 'cpl_near_target':
      return translate(verdictMessages, lang, 'cpl_near_target', { ...againstTarget, scalePercent: formatPercent(1 - SCALE_THRESHOLD, lang) });
    case 'losing_money':
      return translate(verdictMessages, lang, 'losing_money', costs);
    case 'no_target':
      return translate(verdictMessages, lang, 'no_target', { cpl: money(cpl) });
  }
}
