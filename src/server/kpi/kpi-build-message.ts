/** What a KPI build says: "kept" only after the before/after comparison found nothing changed. */
import { describeCells } from '../../core/anchored/cell-list';
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import type { ActionResult } from '../../shared/server-api';
import type { KpiTabResult } from './kpi-tab';

export function kpiBuildMessage(result: KpiTabResult, lang: Lang): ActionResult {
  const t = (key: keyof (typeof kpiMessages)['en'], params?: Record<string, string | number>) =>
    translate(kpiMessages, lang, key, params);
  const { plan } = result;
  const message = result.created
    ? t('built', { rows: plan.tableRows.length, channels: plan.channels, months: plan.months })
    : result.changed.length === 0
      ? t('updated_kept', { added: plan.rows.added.length, channels: plan.channels })
      : t('updated_changed', {
          added: plan.rows.added.length,
          channels: plan.channels,
          cells: describeCells(result.changed),
        });
  const flagged =
    plan.statusCounts.removed_channel + plan.statusCounts.duplicate_row + plan.statusCounts.unreadable_month;
  const details = [
    ...(result.upgradedColumns.length > 0
      ? [t('upgraded', { columns: result.upgradedColumns.map((key) => `«${t(`col_${key}`)}»`).join(', ') })]
      : []),
    ...(result.keptTyped.length > 0 ? [t('kept_typed', { cells: describeCells(result.keptTyped) })] : []),
    ...(flagged > 0 ? [t('status_rows', { count: flagged })] : []),
  ];
  return { message, details };
}
