import { builtOnce, defineMessages } from './catalog';

/**
 * Verdict labels and the sentences that explain them. English labels are
 * fixed by the function contract. A reason is one or two clauses joined by
 * "; ": what return decided (when revenue is known), then what CPL says,
 * against the channel's target or, when it has none, the average (blended) CPL.
 */
const verdictMessageTable = () =>
  defineMessages({
    en: {
      SCALE: 'SCALE',
      KEEP: 'KEEP',
      OPTIMIZE: 'OPTIMIZE',
      DROP: 'DROP',
      TEST: 'TEST',
      no_activity: 'No leads and no cost in this period',
      spend_no_leads: 'Spent {cost} and brought no leads',
      too_few_leads: '{leads} {leadsNoun}, fewer than the {minLeads} needed to judge',
      romi_below_zero: 'ROMI {romi} is below 0: revenue {revenue} is less than the cost {cost}',
      revenue_below_cost: 'Revenue {revenue} is less than the cost {cost}',
      romi_at_target: 'ROMI {romi} ≥ target {targetRomi}',
      revenue_without_cost: 'Revenue {revenue} at no cost',
      romi_below_target: 'ROMI {romi} is below the target {targetRomi}',
      cpl_above_target: 'CPL {cpl} is {percent} above the target {target}',
      cpl_above_average: 'CPL {cpl} is {percent} above the average {target}',
      cpl_within_target: 'CPL {cpl} is within the target {target}',
      cpl_within_average: 'CPL {cpl} is not above the average {target}',
      cpl_below_target: 'CPL {cpl} is {percent} below the target {target}',
      cpl_below_average: 'CPL {cpl} is {percent} below the average {target}',
      cpl_near_target: 'CPL {cpl} is within the target {target}, but less than {scalePercent} below it',
      cpl_near_average: 'CPL {cpl} is not above the average {target}, but less than {scalePercent} below it',
      no_target: 'CPL {cpl}; no target to judge it against',
    },
    ru: {
      SCALE: 'МАСШТАБИРОВАТЬ',
      KEEP: 'ОСТАВИТЬ',
      OPTIMIZE: 'ОПТИМИЗИРОВАТЬ',
      DROP: 'ОТКЛЮЧИТЬ',
      TEST: 'ТЕСТ',
      no_activity: 'В этом периоде нет ни лидов, ни затрат',
      spend_no_leads: 'Потрачено {cost}, лидов нет',
      too_few_leads: '{leads} {leadsNoun} — меньше {minLeads}, нужных для оценки',
      romi_below_zero: 'ROMI {romi} ниже нуля: выручка {revenue} меньше затрат {cost}',
      revenue_below_cost: 'Выручка {revenue} меньше затрат {cost}',
      romi_at_target: 'ROMI {romi} ≥ цель {targetRomi}',
      revenue_without_cost: 'Выручка {revenue} без затрат',
      romi_below_target: 'ROMI {romi} ниже цели {targetRomi}',
      cpl_above_target: 'CPL {cpl} на {percent} выше цели {target}',
      cpl_above_average: 'CPL {cpl} на {percent} выше среднего {target}',
      cpl_within_target: 'CPL {cpl} в пределах цели {target}',
      cpl_within_average: 'CPL {cpl} не выше среднего {target}',
      cpl_below_target: 'CPL {cpl} на {percent} ниже цели {target}',
      cpl_below_average: 'CPL {cpl} на {percent} ниже среднего {target}',
      cpl_near_target: 'CPL {cpl} в пределах цели {target}, но ниже неё меньше чем на {scalePercent}',
      cpl_near_average: 'CPL {cpl} не выше среднего {target}, но ниже него меньше чем на {scalePercent}',
      no_target: 'CPL {cpl}; цели для сравнения нет',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const verdictMessages = {
  get en() {
    return builtOnce(verdictMessageTable).en;
  },
  get ru() {
    return builtOnce(verdictMessageTable).ru;
  },
};

/** "1 lead", "3 лида", "5 лидов". */
export const LEAD_NOUN = { en: ['lead', 'leads', 'leads'], ru: ['лид', 'лида', 'лидов'] } as const;
