import type { Lang } from '../../../core/i18n/lang';
import type { SidebarMessageKey } from '../../../core/i18n/sidebar-messages';
import { t } from '../../text';

const MONTH_NAMES: readonly SidebarMessageKey[] = [
  'month_1',
  'month_2',
  'month_3',
  'month_4',
  'month_5',
  'month_6',
  'month_7',
  'month_8',
  'month_9',
  'month_10',
  'month_11',
  'month_12',
];

/** "March 2026" / "Март 2026 г." for a 'YYYY-MM' key; the key itself if it is not one. */
export function monthLabel(month: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !name) return month;
  return t(lang, 'report_month_label', { month: t(lang, name), year: match[1] ?? '' });
}
