import { builtOnce, defineMessages } from './catalog';
import type { Lang } from './lang';

/**
 * The custom functions' arguments in the person's language. Sheets' argument
 * help shows the English names (the generated JSDoc), so a Russian message
 * names the argument in Russian and keeps the English name in brackets:
 * "ROMI: выручка (revenue), строка 3: …". Nouns in the nominative, as the
 * messages use them at the head of a clause.
 */
const argumentNamesTable = () =>
  defineMessages({
    en: {
      cost: 'cost',
      leads: 'leads',
      extra_cost: 'extra_cost',
      revenue: 'revenue',
      margin: 'margin',
      target_cpl: 'target_cpl',
      min_leads: 'min_leads',
      target_romi: 'target_romi',
      matrix: 'matrix',
      role_names: 'role_names',
      max_responsible: 'max_responsible',
      company_headcount: 'company_headcount',
      department_people: 'department_people',
    },
    ru: {
      cost: 'затраты',
      leads: 'лиды',
      extra_cost: 'доп. затраты',
      revenue: 'выручка',
      margin: 'маржа',
      target_cpl: 'целевой CPL',
      min_leads: 'минимум лидов',
      target_romi: 'целевой ROMI',
      matrix: 'матрица',
      role_names: 'названия ролей',
      max_responsible: 'предел направлений',
      company_headcount: 'численность компании',
      department_people: 'людей в отделе',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const argumentNames = {
  get en() {
    return builtOnce(argumentNamesTable).en;
  },
  get ru() {
    return builtOnce(argumentNamesTable).ru;
  },
};

type ArgumentName = keyof typeof argumentNames.en;

function isArgumentName(name: string): name is ArgumentName {
  return Object.hasOwn(argumentNames.en, name);
}

/** "выручка (revenue)" in Russian, "revenue" in English; a name the table lacks stays as it is. */
export function argumentLabel(name: string, lang: Lang): string {
  if (!isArgumentName(name)) return name;
  return lang === 'en' ? name : `${argumentNames.ru[name]} (${name})`;
}
