/** The outcome of generating a report in a few words, for the sidebar and the menu's toast (in the user's language). */
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { countNoun } from '../i18n/plural';
import { CHANNEL_FORMS, NOTE_FORMS, reportMessages } from '../i18n/report-messages';
import type { MonthlyReport } from './monthly-report';

export function reportSummary(report: MonthlyReport, lang: Lang): string[] {
  const lines = [
    translate(reportMessages, lang, 'summary', {
      channels: countNoun(lang, report.channels.length, CHANNEL_FORMS),
      scale: report.scale.length,
      drop: report.dropOrRework.length,
    }),
  ];
  if (report.notes.length > 0) {
    lines.push(
      translate(reportMessages, lang, 'quality_summary', { notes: countNoun(lang, report.notes.length, NOTE_FORMS) }),
    );
  }
  return lines;
}
