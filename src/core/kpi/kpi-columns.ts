/**
 * The KPI tab's columns, in order: tidy rows, one per month × channel. Inputs
 * are what the team types; computed columns are native Sheets formulas, so
 * they work for a teammate without the add-on.
 */
import type { AnchoredColumnRole } from '../anchored/anchored-layout';
import type { SheetsScalar } from '../sheet-values';

export type KpiColumnKey =
  | 'month'
  | 'channel'
  | 'spend'
  | 'staff_cost'
  | 'total_cost'
  | 'leads'
  | 'qualified_leads'
  | 'customers'
  | 'revenue'
  | 'target_cpl'
  | 'cpl'
  | 'romi'
  | 'conversion'
  | 'verdict'
  | 'note'
  | 'target_used'
  | 'status'
  | 'channel_id';

/**
 * money, count and percent cells get number formats; key columns are set by the add-on.
 * `formula_text`: a formula that shows a label. Never plain text (`@`): a plain-text cell keeps a
 * formula written into it as its text, so the next build would turn the verdicts into formula text.
 */
export type KpiColumnFormat = 'month' | 'text' | 'formula_text' | 'money' | 'money_precise' | 'count' | 'percent';

export interface KpiColumn {
  key: KpiColumnKey;
  /**
   * input: typed by the team, never written by a build; key: the row's identity or a label from the
   * settings; formula: computed; status: the add-on's remarks (core/anchored/anchored-layout.ts).
   */
  role: AnchoredColumnRole;
  format: KpiColumnFormat;
  /** Named range for the column's data, so a user can type =ROMI(KPI_Revenue, KPI_Cost). */
  namedRange?: string;
}

export const KPI_COLUMNS: readonly KpiColumn[] = [
  { key: 'month', role: 'key', format: 'month', namedRange: 'KPI_Month' },
  { key: 'channel', role: 'key', format: 'text' },
  { key: 'spend', role: 'input', format: 'money', namedRange: 'KPI_Spend' },
  { key: 'staff_cost', role: 'input', format: 'money', namedRange: 'KPI_StaffCost' },
  { key: 'total_cost', role: 'formula', format: 'money', namedRange: 'KPI_Cost' },
  { key: 'leads', role: 'input', format: 'count', namedRange: 'KPI_Leads' },
  { key: 'qualified_leads', role: 'input', format: 'count', namedRange: 'KPI_QualifiedLeads' },
  { key: 'customers', role: 'input', format: 'count', namedRange: 'KPI_Customers' },
  { key: 'revenue', role: 'input', format: 'money', namedRange: 'KPI_Revenue' },
  // A target typed here wins for its row; blank uses the sidebar's target for the channel, else the month's blended CPL.
  { key: 'target_cpl', role: 'input', format: 'money_precise', namedRange: 'KPI_TargetCPL' },
  { key: 'cpl', role: 'formula', format: 'money_precise', namedRange: 'KPI_CPL' },
  { key: 'romi', role: 'formula', format: 'percent', namedRange: 'KPI_ROMI' },
  { key: 'conversion', role: 'formula', format: 'percent' },
  { key: 'verdict', role: 'formula', format: 'formula_text', namedRange: 'KPI_Verdict' },
  // The person's own column: the add-on's remarks go in Status.
  { key: 'note', role: 'input', format: 'text' },
  // Added after the first layout (a tab built before gets them at its end): the target the verdict used, the add-on's remarks, the row's channel id.
  { key: 'target_used', role: 'formula', format: 'money_precise' },
  { key: 'status', role: 'status', format: 'text' },
  { key: 'channel_id', role: 'key', format: 'text' },
];

/** The columns of tabs built before the table was anchored: the first 15 of KPI_COLUMNS, in this order. */
export const LEGACY_KPI_COLUMN_COUNT = 15;

export type KpiInputKey = 'spend' | 'staff_cost' | 'leads' | 'qualified_leads' | 'customers' | 'revenue';

export const KPI_INPUT_KEYS: readonly KpiInputKey[] = ['spend', 'staff_cost', 'leads', 'qualified_leads', 'customers', 'revenue'];

/** 0-based position of a column. */
export function kpiColumnIndex(key: KpiColumnKey): number {
  return KPI_COLUMNS.findIndex((column) => column.key === key);
}

/** The column's letter in A1 notation (the table has fewer than 27 columns). */
export function kpiColumnLetter(key: KpiColumnKey): string {
  return String.fromCharCode(65 + kpiColumnIndex(key));
}

export const KPI_HEADER_ROWS = 1;
export const KPI_TAB_NAME = 'KPI';

/** A row's figures, by input column, as the cells hold them. */
export type KpiInputs = Record<KpiInputKey, SheetsScalar>;
