/**
 * A day of a month as a sentence names it: "5 December" / "5 декабря"
 * (a Russian month after its day takes the genitive). Its own table, apart
 * from month-names.ts: only the report needs it, and the sidebar, which
 * bundles month-names, stays within its size budget.
 */
import { builtOnce, defineMessages, translate } from './catalog';
import type { Lang } from './lang';

const dayNamesTable = () =>
  defineMessages({
    en: {
      day_month: '{day} {month}',
      g1: 'January',
      g2: 'February',
      g3: 'March',
      g4: 'April',
      g5: 'May',
      g6: 'June',
      g7: 'July',
      g8: 'August',
      g9: 'September',
      g10: 'October',
      g11: 'November',
      g12: 'December',
    },
    ru: {
      day_month: '{day} {month}',
      g1: 'января',
      g2: 'февраля',
      g3: 'марта',
      g4: 'апреля',
      g5: 'мая',
      g6: 'июня',
      g7: 'июля',
      g8: 'августа',
      g9: 'сентября',
      g10: 'октября',
      g11: 'ноября',
      g12: 'декабря',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const dayNames = {
  get en() {
    return builtOnce(dayNamesTable).en;
  },
  get ru() {
    return builtOnce(dayNamesTable).ru;
  },
};

type GenitiveKey = `g${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;

/** "5 December" / "5 декабря" for a day of a 'YYYY-MM' month; any other month text is returned as it is. */
export function dayInWords(month: string, day: number, lang: Lang): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return month;
  const name = translate(dayNames, lang, `g${Number(match[2])}` as GenitiveKey);
  return translate(dayNames, lang, 'day_month', { day, month: name });
}
