import { defineMessages } from './catalog';

/** Verdict labels and the sentences that explain them. English labels are fixed by the function contract. */
export const verdictMessages = defineMessages({
  en: {
    SCALE: 'SCALE',
    KEEP: 'KEEP',
    OPTIMIZE: 'OPTIMIZE',
    DROP: 'DROP',
    TEST: 'TEST',
    no_activity: 'No leads and no cost in this period',
    spend_no_leads: 'Spent {cost} and brought no leads',
    too_few_leads: '{leads} leads, fewer than the {minLeads} needed to judge',
    cpl_high_and_losing_money: 'CPL {cpl} is {percent} above the target {target}, and revenue {revenue} is below the cost {cost}',
    cpl_high: 'CPL {cpl} is {percent} above the target {target}',
    losing_money: 'Revenue {revenue} is below the cost {cost}',
    cpl_well_below_target: 'CPL {cpl} is {percent} below the target {target}',
    cpl_near_target: 'CPL {cpl} is within the target {target}, but less than {scalePercent} below it',
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
    too_few_leads: 'Лидов: {leads}, меньше {minLeads}, нужных для оценки',
    cpl_high_and_losing_money: 'CPL {cpl} на {percent} выше цели {target}, а выручка {revenue} меньше затрат {cost}',
    cpl_high: 'CPL {cpl} на {percent} выше цели {target}',
    losing_money: 'Выручка {revenue} меньше затрат {cost}',
    cpl_well_below_target: 'CPL {cpl} на {percent} ниже цели {target}',
    cpl_near_target: 'CPL {cpl} в пределах цели {target}, но ниже неё меньше чем на {scalePercent}',
    no_target: 'CPL {cpl}; цели для сравнения нет',
  },
});
