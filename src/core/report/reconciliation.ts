/**
 * Imported figures against the KPI tab: for the report's month, what every
 * import wrote (the ledger's contributions, all sources added up) is set
 * beside what the tab holds now, channel by channel and field by field. A
 * person may correct an imported cell, and that is their right; the report
 * only says where the tab and the exports disagree, so nobody reads an
 * edited figure as the CRM's or the cabinet's.
 */
import { IMPORT_FIELDS, isMoneyField, type FieldValues, type ImportField } from '../kpi-import/import-fields';
import type { MonthKey } from '../kpi/month';
import { channelKey, type KpiRecords } from './kpi-records';

/** The ledger's contributions: source → 'YYYY-MM' → channel id → fields. */
export type ImportContributions = Record<string, Record<string, Record<string, FieldValues>>>;

/**
 * Money may differ by one currency unit or 0.5 % of the imported figure,
 * whichever is larger: a total retyped in whole units, or rounded by a
 * cabinet, is the same money, and 0.5 % moves no CPL or ROMI a verdict
 * depends on. Counts are whole rows of the CRM and must match exactly.
 */
const MONEY_TOLERANCE_UNITS = 1;
const MONEY_TOLERANCE_SHARE = 0.005;

export function allowedDifference(field: ImportField, imported: number): number {
  return isMoneyField(field) ? Math.max(MONEY_TOLERANCE_UNITS, Math.abs(imported) * MONEY_TOLERANCE_SHARE) : 0;
}

export interface ReconciliationDifference {
  /** The channel's name as the template (or, for a channel no longer configured, the ledger) calls it. */
  channel: string;
  field: ImportField;
  /** What the KPI tab holds (`null`: the cell is blank or unreadable). */
  kpi: number | null;
  /** What the imports brought, all sources added up. */
  imported: number;
  /** kpi − imported (a blank cell counts as 0). */
  difference: number;
}

export interface Reconciliation {
  month: MonthKey;
  /** Channels × fields compared. */
  compared: number;
  differences: ReconciliationDifference[];
}

export interface ReconciliationInput {
  contributions: ImportContributions;
  month: MonthKey;
  records: KpiRecords;
  /** Channel id → its name on the KPI tab (the template settings' channels). */
  channelNames: Readonly<Record<string, string>>;
}

/** Sums of every source for `month`, by channel id; cents kept exact by adding in whole cents. */
function importedSums(contributions: ImportContributions, month: MonthKey): Map<string, Map<ImportField, number>> {
  const cents = new Map<string, Map<ImportField, number>>();
  for (const byMonth of Object.values(contributions)) {
    for (const [channel, fields] of Object.entries(byMonth[month] ?? {})) {
      const sums = cents.get(channel) ?? new Map<ImportField, number>();
      for (const field of IMPORT_FIELDS) {
        const value = fields[field];
        if (typeof value === 'number' && Number.isFinite(value))
          sums.set(field, (sums.get(field) ?? 0) + Math.round(value * 100));
      }
      cents.set(channel, sums);
    }
  }
  for (const sums of cents.values()) for (const [field, value] of sums) sums.set(field, value / 100);
  return cents;
}

/** `null` when no import brought figures for `month`: then there is nothing to reconcile and nothing is said. */
export function reconcileImports({
  contributions,
  month,
  records,
  channelNames,
}: ReconciliationInput): Reconciliation | null {
  const sums = importedSums(contributions, month);
  if (sums.size === 0) return null;
  const onTab = records.byMonth.get(month);
  const differences: ReconciliationDifference[] = [];
  let compared = 0;
  for (const [id, fields] of [...sums].sort(([a], [b]) => a.localeCompare(b))) {
    const channel = channelNames[id] ?? id;
    const record = onTab?.get(channelKey(channel));
    for (const field of IMPORT_FIELDS) {
      const imported = fields.get(field);
      if (imported === undefined) continue;
      compared += 1;
      const kpi = record?.inputs[field] ?? null;
      const difference = Math.round(((kpi ?? 0) - imported) * 100) / 100;
      if (Math.abs(difference) > allowedDifference(field, imported))
        differences.push({ channel, field, kpi, imported, difference });
    }
  }
  return { month, compared, differences };
}
