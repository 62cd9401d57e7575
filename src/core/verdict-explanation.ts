import { translate, type MessageParams } from './i18n/catalog';
import type { Lang } from './i18n/lang';
import { formatNumber, formatPercent } from './i18n/number-format';
import { pluralForm } from './i18n/plural';
import { LEAD_NOUN, verdictMessages } from './i18n/verdict-messages';

type VerdictMessageKey = keyof (typeof verdictMessages)['en'];
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

/** The reason in words: "ROMI 503 % ≥ target 100 %; CPL 2,615 is 32 % above the average 1,981". */
export function explainVerdict(result: VerdictResult, lang: Lang): string {
  const say = (key: VerdictMessageKey, params?: MessageParams) => translate(verdictMessages, lang, key, params);
  const money = (value: number) => formatNumber(value, lang, 0);
  const cpl = result.cpl ?? 0;
  const target = result.targetCpl ?? 0;
  const against = result.targetCplIsBlended ? 'average' : 'target';
  const cplFigures = {
    cpl: money(cpl),
    target: money(target),
    percent: target > 0 ? formatPercent(Math.abs(cpl - target) / target, lang) : '',
  };
  const costs = { revenue: money(result.revenue ?? 0), cost: money(result.cost) };
  const romiFigures = {
    romi: formatPercent(result.romi ?? 0, lang),
    targetRomi: formatPercent(result.targetRomi, lang),
    ...costs,
  };
  /** What CPL says, after the return clause: above, below or at what it is judged against. */
  const cplClause = (): string => {
    if (result.targetCpl === null) return say('no_target', cplFigures);
    if (cpl > target) return say(`cpl_above_${against}`, cplFigures);
    return say(cpl < target ? `cpl_below_${against}` : `cpl_within_${against}`, cplFigures);
  };
  const both = (romiKey: VerdictMessageKey) => `${say(romiKey, romiFigures)}; ${cplClause()}`;
  switch (result.rule) {
    case 'no_activity':
      return say('no_activity');
    case 'spend_no_leads':
      return say('spend_no_leads', costs);
    case 'too_few_leads':
      return say('too_few_leads', {
        leads: result.leads,
        leadsNoun: pluralForm(lang, result.leads, LEAD_NOUN[lang]),
        minLeads: result.minLeads,
      });
    case 'losing_money_cpl_high':
    case 'losing_money':
      // Cost 0 with a refund: no ratio to show, only the money.
      return both(result.romi === -Infinity ? 'revenue_below_cost' : 'romi_below_zero');
    case 'romi_at_target':
      return both(result.romi === Infinity ? 'revenue_without_cost' : 'romi_at_target');
    case 'romi_below_target_cpl_high':
    case 'romi_below_target':
      return both('romi_below_target');
    case 'cpl_high':
      return say(`cpl_above_${against}`, cplFigures);
    case 'cpl_well_below_target':
      return say(`cpl_below_${against}`, cplFigures);
    case 'cpl_near_target':
      return say(`cpl_near_${against}`, { ...cplFigures, scalePercent: formatPercent(1 - SCALE_THRESHOLD, lang) });
    case 'no_target':
      return say('no_target', cplFigures);
  }
}
