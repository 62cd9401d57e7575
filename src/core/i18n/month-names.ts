import { builtOnce, defineMessages, translate } from './catalog';
import type { Lang } from './lang';

/**
 * A month as a person reads it in a sentence or a heading: "March 2026",
 * "март 2026" — the same words Sheets shows for the month cells' format
 * `mmmm yyyy` (src/core/kpi/number-formats.ts). Every Russian month's name
 * is masculine and inanimate, so the nominative also serves after «за»
 * («Отчёт за март 2026»). Tab names keep 'YYYY-MM', which sorts.
 */
const monthNamesTable = () =>
  defineMessages({
    en: {
      month_year: '{month} {year}',
      m1: 'January',
      m2: 'February',
      m3: 'March',
      m4: 'April',
      m5: 'May',
      m6: 'June',
      m7: 'July',
      m8: 'August',
      m9: 'September',
      m10: 'October',
      m11: 'November',
      m12: 'December',
      in_month_year: 'In {month} {year}',
      p1: 'January',
      p2: 'February',
      p3: 'March',
      p4: 'April',
      p5: 'May',
      p6: 'June',
      p7: 'July',
      p8: 'August',
      p9: 'September',
      p10: 'October',
      p11: 'November',
      p12: 'December',
    },
    ru: {
      month_year: '{month} {year}',
      m1: 'январь',
      m2: 'февраль',
      m3: 'март',
      m4: 'апрель',
      m5: 'май',
      m6: 'июнь',
      m7: 'июль',
      m8: 'август',
      m9: 'сентябрь',
      m10: 'октябрь',
      m11: 'ноябрь',
      m12: 'декабрь',
      in_month_year: 'В {month} {year} года',
      p1: 'январе',
      p2: 'феврале',
      p3: 'марте',
      p4: 'апреле',
      p5: 'мае',
      p6: 'июне',
      p7: 'июле',
      p8: 'августе',
      p9: 'сентябре',
      p10: 'октябре',
      p11: 'ноябре',
      p12: 'декабре',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const monthNames = {
  get en() {
    return builtOnce(monthNamesTable).en;
  },
  get ru() {
    return builtOnce(monthNamesTable).ru;
  },
};

type MonthNameKey = `m${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;

/** "March 2026" / "март 2026" for a 'YYYY-MM' key; any other text is returned as it is. */
export function monthInWords(key: string, lang: Lang): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!match) return key;
  const name = translate(monthNames, lang, `m${Number(match[2])}` as MonthNameKey);
  return translate(monthNames, lang, 'month_year', { month: name, year: match[1] ?? '' });
}

/** "In March 2026" / "В марте 2026 года", to open a sentence (Russian months take the prepositional case after «в»); any other text is returned as it is. */
export function monthInPhrase(key: string, lang: Lang): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!match) return key;
  const name = translate(monthNames, lang, `p${Number(match[2])}` as PrepositionalKey);
  return translate(monthNames, lang, 'in_month_year', { month: name, year: match[1] ?? '' });
}

type PrepositionalKey = `p${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;
