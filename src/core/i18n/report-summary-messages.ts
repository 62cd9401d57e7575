import { builtOnce, defineMessages } from './catalog';
import type { Lang } from './lang';
import type { NounForms } from './plural';

/**
 * The report's first-screen sentences, written from the figures in the
 * template's language. Each is a frame with its figures filled in; the
 * Russian ones are built so that no noun needs a case the month names do
 * not have («месяцем ранее», «к прошлому месяцу», the prepositional month
 * from monthInPhrase).
 */
const reportSummaryMessageTable = () =>
  defineMessages({
    en: {
      s_empty:
        "No figures are entered for {month} yet, so there is nothing to sum up: enter the month's figures on the KPI tab and generate the report again.",
      s_leads: '{month}, the department brought {leads}{plan}{qualified}, {change}.',
      s_leads_so_far: '{month}, by day {day} of {days}, the department brought {leads}{plan}{qualified}, {change}.',
      s_qualified: ', of which {qualified}',
      s_of_plan: ' ({percent} of the plan of {plan})',
      s_spend_plan: '; channel budgets {percent} of plan',
      s_revenue_plan: ' ({percent} of plan)',
      s_more: '{percent} more than the month before',
      s_fewer: '{percent} fewer than the month before',
      s_as_many: 'as many as the month before',
      s_no_previous: 'with no figures for the month before to compare',
      s_none_before: 'while the month before brought none',
      s_cost: 'Marketing cost, staff included, was {cost}{change}',
      s_cost_change: ' ({percent} on the month before)',
      s_cpl: '; a lead cost {cpl}',
      s_cac: ', a customer {cac}',
      s_no_cost: 'No costs are entered for the month',
      s_return: "Revenue was {revenue}: {romi}the department's ROI with salaries {roi}, {meaning}.",
      s_romi: 'ROMI {romi}, ',
      s_pays_off: 'so the department earns more than it costs',
      s_loses: 'so the department costs more than it brings',
      s_no_return: "Revenue is not entered, so ROMI and the department's ROI are unknown.",
      s_top: 'Most leads came from {channels}',
      s_grew: '{channel} grew most ({change})',
      s_fell: '{channel} fell most ({change})',
      s_decide: 'Scale: {scale}; drop or rework: {drop}.',
      s_none: 'none',
    },
    ru: {
      s_empty:
        'За {month} показатели пока не введены, подводить итоги не из чего: введите показатели месяца на листе KPI и сформируйте отчёт заново.',
      s_leads: '{month} отдел привёл {leads}{plan}{qualified}, {change}.',
      s_leads_so_far: '{month}, к {day}-му дню из {days}, отдел привёл {leads}{plan}{qualified}, {change}.',
      s_qualified: ', из них {qualified}',
      s_of_plan: ' ({percent} от плана в {plan})',
      s_spend_plan: '; бюджеты каналов — {percent} плана',
      s_revenue_plan: ' ({percent} плана)',
      s_more: 'на {percent} больше, чем месяцем ранее',
      s_fewer: 'на {percent} меньше, чем месяцем ранее',
      s_as_many: 'столько же, сколько месяцем ранее',
      s_no_previous: 'сравнить не с чем: за прошлый месяц показателей нет',
      s_none_before: 'а месяцем ранее не было ни одного',
      s_cost: 'Затраты на маркетинг с учётом штата — {cost}{change}',
      s_cost_change: ' ({percent} к прошлому месяцу)',
      s_cpl: '; лид обошёлся в {cpl}',
      s_cac: ', клиент — в {cac}',
      s_no_cost: 'Затраты за месяц не введены',
      s_return: 'Выручка — {revenue}: {romi}ROI отдела с зарплатами {roi}, {meaning}.',
      s_romi: 'ROMI {romi}, ',
      s_pays_off: 'то есть отдел зарабатывает больше, чем стоит',
      s_loses: 'то есть отдел стоит больше, чем приносит',
      s_no_return: 'Выручка не введена, поэтому ROMI и ROI отдела неизвестны.',
      s_top: 'Больше всего лидов принесли: {channels}',
      s_grew: 'сильнее всего вырос канал {channel} ({change})',
      s_fell: 'сильнее всего упал канал {channel} ({change})',
      s_decide: 'Масштабировать: {scale}; отключить или переделать: {drop}.',
      s_none: 'нет',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const reportSummaryMessages = {
  get en() {
    return builtOnce(reportSummaryMessageTable).en;
  },
  get ru() {
    return builtOnce(reportSummaryMessageTable).ru;
  },
};

/** "300 qualified" / "300 квалифицированных" (the adjective agrees with the count). */
export const QUALIFIED_FORMS: Record<Lang, NounForms> = {
  en: ['qualified', 'qualified', 'qualified'],
  ru: ['квалифицированный', 'квалифицированных', 'квалифицированных'],
};
