import { KPI_COLUMNS, kpiColumnIndex, type KpiColumnKey } from '../../../src/core/kpi/kpi-columns';
import { monthToDate } from '../../../src/core/kpi/month';
import type { ReportSettings } from '../../../src/core/report/monthly-report';
import type { SheetsScalar } from '../../../src/core/sheet-values';

/** One row of the KPI tab, by column; the month as a Date, the way getValues gives it. */
export type Entry = { month: string; channel: string } & Partial<Record<KpiColumnKey, SheetsScalar>>;

export function kpiRows(entries: readonly Entry[]): SheetsScalar[][] {
  return entries.map((entry) => {
    const row: SheetsScalar[] = new Array(KPI_COLUMNS.length).fill('');
    for (const [key, value] of Object.entries(entry)) row[kpiColumnIndex(key as KpiColumnKey)] = value;
    row[kpiColumnIndex('month')] = /^\d{4}-\d{2}$/.test(entry.month) ? monthToDate(entry.month) : entry.month;
    return row;
  });
}

export function reportSettings(overrides: Partial<ReportSettings> = {}): ReportSettings {
  return {
    departmentName: 'Marketing',
    currency: 'USD',
    sheetLang: 'en',
    minLeads: 5,
    targetRomi: 1,
    channels: [
      { name: 'PPC', targetCpl: 100 },
      { name: 'SEO', targetCpl: null },
      { name: 'PR', targetCpl: null },
    ],
    ...overrides,
  };
}

export const GENERATED_AT = '2026-04-02T09:30:00.000Z';
