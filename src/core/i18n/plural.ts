import type { Lang } from './lang';

/** English and Russian noun forms for a count: [one, few, many]; English uses one and many. */
export type NounForms = readonly [one: string, few: string, many: string];

export function pluralForm(lang: Lang, count: number, forms: NounForms): string {
  const n = Math.abs(Math.trunc(count));
  if (lang === 'en') return n === 1 ? forms[0] : forms[2];
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** "3 rows", "21 строка", "5 строк". */
export function countNoun(lang: Lang, count: number, forms: Record<Lang, NounForms>): string {
  return `${count} ${pluralForm(lang, count, forms[lang])}`;
}
