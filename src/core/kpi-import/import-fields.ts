/**
 * The KPI tab's input cells an import fills: spend from cabinet exports;
 * leads, qualified leads, customers and revenue from CRM exports. A cell is
 * named by its row's key (month, channel id) and its column.
 */
import type { KpiInputKey } from '../kpi/kpi-columns';

export type ImportField = Extract<KpiInputKey, 'spend' | 'leads' | 'qualified_leads' | 'customers' | 'revenue'>;

export const IMPORT_FIELDS: readonly ImportField[] = ['spend', 'leads', 'qualified_leads', 'customers', 'revenue'];

/** Money fields are kept to the cent; the others are whole counts. */
export function isMoneyField(field: ImportField): boolean {
  return field === 'spend' || field === 'revenue';
}

export function importCellKey(month: string, channel: string, field: ImportField): string {
  return `${month}|${channel}|${field}`;
}

export function splitCellKey(key: string): { month: string; channel: string; field: ImportField } {
  const [month = '', channel = '', field = 'spend'] = key.split('|');
  return { month, channel, field: field as ImportField };
}

/** One source's figures for one month × channel. */
export type FieldValues = Partial<Record<ImportField, number>>;
