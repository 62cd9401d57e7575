import type { SheetsScalar } from '../../../src/core/sheet-values';
import { KPI_COLUMNS, kpiColumnIndex, type KpiColumnKey } from '../../../src/core/kpi/kpi-columns';
import { defaultTemplateSettings, type TemplateSettings } from '../../../src/shared/template-settings';

export function settingsWith(overrides: Partial<TemplateSettings> = {}): TemplateSettings {
  return { ...defaultTemplateSettings('en', 2026), ...overrides };
}

export const THREE_CHANNELS = [
  { id: 'ppc', name: 'PPC', targetCpl: 1000, targetRomi: null },
  { id: 'seo', name: 'SEO', targetCpl: null, targetRomi: null },
  { id: 'pr', name: 'PR', targetCpl: null, targetRomi: null },
];

/** A row as the tab would hold it: month, channel and the given cells by column. */
export function tabRow(
  month: SheetsScalar,
  channel: string,
  cells: Partial<Record<KpiColumnKey, SheetsScalar>> = {},
  extras: SheetsScalar[] = [],
): SheetsScalar[] {
  const row: SheetsScalar[] = new Array(KPI_COLUMNS.length).fill('');
  row[kpiColumnIndex('month')] = month;
  row[kpiColumnIndex('channel')] = channel;
  for (const [key, value] of Object.entries(cells)) row[kpiColumnIndex(key as KpiColumnKey)] = value;
  return [...row, ...extras];
}
