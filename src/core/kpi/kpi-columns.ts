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
  | 'channel_id'
  | 'cac'
  | 'cost_per_qualified_lead'
  | 'plan_spend'
  | 'spend_of_plan'
  | 'plan_leads'
  | 'leads_of_plan'
  | 'plan_revenue'
  | 'revenue_of_plan';

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
  /** The layout version that added the column (core/anchored/anchored-layout.ts); absent: the first. */
  since?: number;
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
  // Layout 2: the plan beside the fact, its % of plan, CAC and cost per qualified lead. On the same tab and row as the
  // figures (not a Plan tab), so a plan is typed where its month's figures are, sorts and filters with them, and
  // its % of plan is a formula of one row. After the columns of layout 1, so a tab built before gets them in the
  // same order as a new one, and no column of the earlier layout moves.
  // The plan typed first, then the computed columns in one block (one protection each, not six).
  { key: 'plan_spend', role: 'input', format: 'money', namedRange: 'KPI_PlanSpend', since: 2 },
  { key: 'plan_leads', role: 'input', format: 'count', namedRange: 'KPI_PlanLeads', since: 2 },
  { key: 'plan_revenue', role: 'input', format: 'money', namedRange: 'KPI_PlanRevenue', since: 2 },
  { key: 'spend_of_plan', role: 'formula', format: 'percent', since: 2 },
  { key: 'leads_of_plan', role: 'formula', format: 'percent', since: 2 },
  { key: 'revenue_of_plan', role: 'formula', format: 'percent', since: 2 },
  { key: 'cac', role: 'formula', format: 'money', namedRange: 'KPI_CAC', since: 2 },
  { key: 'cost_per_qualified_lead', role: 'formula', format: 'money_precise', since: 2 },
];

/** The columns of tabs built before the table was anchored: the first 15 of KPI_COLUMNS, in this order. */
export const LEGACY_KPI_COLUMN_COUNT = 15;

export type KpiInputKey = 'spend' | 'staff_cost' | 'leads' | 'qualified_leads' | 'customers' | 'revenue';

export const KPI_INPUT_KEYS: readonly KpiInputKey[] = [
  'spend',
  'staff_cost',
  'leads',
  'qualified_leads',
  'customers',
  'revenue',
];

/** The plan a team types per month and channel (optional, revenue the most). */
export type KpiPlanKey = 'plan_spend' | 'plan_leads' | 'plan_revenue';

export const KPI_PLAN_KEYS: readonly KpiPlanKey[] = ['plan_spend', 'plan_leads', 'plan_revenue'];

/** 0-based position of a column. */
export function kpiColumnIndex(key: KpiColumnKey): number {
  return KPI_COLUMNS.findIndex((column) => column.key === key);
}

export const KPI_HEADER_ROWS = 1;
export const KPI_TAB_NAME = 'KPI';

/** A row's figures, by input column, as the cells hold them. */
export type KpiInputs = Record<KpiInputKey, SheetsScalar>;
