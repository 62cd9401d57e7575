/**
 * A report tab is named after its month in the template's language:
 * "Report 2026-03" / "Отчёт 2026-03". A report written before the language
 * changed is still that month's report, so both names are recognised.
 */
import { translate } from '../i18n/catalog';
import { LANGS, type Lang } from '../i18n/lang';
import { reportMessages } from '../i18n/report-messages';
import { isMonthKey, type MonthKey } from '../kpi/month';

export function reportTabName(month: MonthKey, lang: Lang): string {
  return translate(reportMessages, lang, 'tab_name', { month });
}

/** The month's report tab names in every language, the template's language first. */
export function reportTabNames(month: MonthKey, lang: Lang): string[] {
  return [lang, ...LANGS.filter((other) => other !== lang)].map((each) => reportTabName(month, each));
}

/** The month a tab is the report of, or `null` when it is not a report tab. */
export function monthOfReportTab(name: string): MonthKey | null {
  for (const lang of LANGS) {
    const [prefix = '', suffix = ''] = reportMessages[lang].tab_name.split('{month}');
    if (name.startsWith(prefix) && name.endsWith(suffix)) {
      const month = name.slice(prefix.length, name.length - suffix.length);
      if (isMonthKey(month)) return month;
    }
  }
  return null;
}
