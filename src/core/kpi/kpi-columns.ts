/**
 * The KPI tab's columns, in order: tidy rows, one per month × channel. Inputs
 * are what the team types; computed columns are native Sheets formulas, so
 * they work for a teammate without the add-on.
 */
import type { AnchoredColumnRole } from '../anchored/anchored-layout';
import type { KpiMessageKey } from '../i18n/kpi-messages';

/**
 * money, count and percent cells get number formats; key columns are set by the add-on.
 * `formula_text`: a formula that shows a label. Never plain text (`@`): a plain-text cell keeps a
 * formula written into it as its text, so the next build would turn the verdicts into formula text.
 */
export type KpiColumnFormat = 'month' | 'text' | 'formula_text' | 'money' | 'money_precise' | 'count' | 'percent';

/**
 * The data validation of an input column (server/kpi/kpi-sheet-writer): a whole number, 0 or more
 * (core/kpi/count-checks, as a custom formula); a number, 0 or more; any number (a refund makes revenue
 * negative). `help` is the help text's key in the KPI messages, shown in the sheet's language.
 */
export interface KpiInputCheck {
  rule: 'whole_count' | 'non_negative' | 'signed';
  help: Extract<KpiMessageKey, `help_${string}`>;
}

/** One column, declared once: everything the tab, the import and the report do with it follows from here. */
export interface KpiColumn<Key extends string = KpiColumnKey> {
  key: Key;
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
  /**
   * Input columns the report reads: `figure`, one of a month's figures (KPI_INPUT_KEYS; the report reads it,
   * names a cell of it that is not a number, and a row holding one holds figures); `plan`, the month's plan.
   */
  group?: 'figure' | 'plan';
  /** Input columns: what a typed value must be. */
  check?: KpiInputCheck;
  /**
   * A figure the report's first screen shows as the month's total against the month before, under the
   * column's header (core/report/headline). The built-in figures (leads, cost, CPL, …) have their own lines.
   */
  headline?: boolean;
}

const NON_NEGATIVE = { rule: 'non_negative', help: 'help_non_negative' } as const satisfies KpiInputCheck;

/** The KPI tab's columns, in order. A new input column is one entry here and its words in kpi-messages. */
const DECLARED_COLUMNS = [
  { key: 'month', role: 'key', format: 'month', namedRange: 'KPI_Month' },
  { key: 'channel', role: 'key', format: 'text' },
  { key: 'spend', role: 'input', format: 'money', namedRange: 'KPI_Spend', group: 'figure', check: NON_NEGATIVE },
  {
    key: 'staff_cost',
    role: 'input',
    format: 'money',
    namedRange: 'KPI_StaffCost',
    group: 'figure',
    check: NON_NEGATIVE,
  },
  { key: 'total_cost', role: 'formula', format: 'money', namedRange: 'KPI_Cost' },
  {
    key: 'leads',
    role: 'input',
    format: 'count',
    namedRange: 'KPI_Leads',
    group: 'figure',
    check: { rule: 'whole_count', help: 'help_whole_count' },
  },
  {
    key: 'qualified_leads',
    role: 'input',
    format: 'count',
    namedRange: 'KPI_QualifiedLeads',
    group: 'figure',
    check: { rule: 'whole_count', help: 'help_qualified_leads' },
  },
  // Customers (and revenue) are credited to the month a deal was won (issue 13): the column's help says so on the tab.
  {
    key: 'customers',
    role: 'input',
    format: 'count',
    namedRange: 'KPI_Customers',
    group: 'figure',
    check: { rule: 'whole_count', help: 'help_customers' },
  },
  {
    key: 'revenue',
    role: 'input',
    format: 'money',
    namedRange: 'KPI_Revenue',
    group: 'figure',
    check: { rule: 'signed', help: 'help_revenue' },
  },
  // A target typed here wins for its row; blank uses the sidebar's target for the channel, else the month's blended CPL.
  { key: 'target_cpl', role: 'input', format: 'money_precise', namedRange: 'KPI_TargetCPL', check: NON_NEGATIVE },
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
  {
    key: 'plan_spend',
    role: 'input',
    format: 'money',
    namedRange: 'KPI_PlanSpend',
    since: 2,
    group: 'plan',
    check: NON_NEGATIVE,
  },
  {
    key: 'plan_leads',
    role: 'input',
    format: 'count',
    namedRange: 'KPI_PlanLeads',
    since: 2,
    group: 'plan',
    check: NON_NEGATIVE,
  },
  {
    key: 'plan_revenue',
    role: 'input',
    format: 'money',
    namedRange: 'KPI_PlanRevenue',
    since: 2,
    group: 'plan',
    check: NON_NEGATIVE,
  },
  { key: 'spend_of_plan', role: 'formula', format: 'percent', since: 2 },
  { key: 'leads_of_plan', role: 'formula', format: 'percent', since: 2 },
  { key: 'revenue_of_plan', role: 'formula', format: 'percent', since: 2 },
  { key: 'cac', role: 'formula', format: 'money', namedRange: 'KPI_CAC', since: 2 },
  { key: 'cost_per_qualified_lead', role: 'formula', format: 'money_precise', since: 2 },
] as const satisfies readonly KpiColumn<string>[];

type DeclaredColumn = (typeof DECLARED_COLUMNS)[number];

export type KpiColumnKey = DeclaredColumn['key'];

/** The month's figures a team types (spend, staff cost, leads, qualified leads, customers, revenue). */
export type KpiInputKey = Extract<DeclaredColumn, { group: 'figure' }>['key'];

/** The plan a team types per month and channel (optional, revenue the most). */
export type KpiPlanKey = Extract<DeclaredColumn, { group: 'plan' }>['key'];

/** The figures that are whole counts (leads, qualified leads, customers): the report names a row with 12.5 of one. */
export type KpiCountKey = Extract<DeclaredColumn, { group: 'figure'; check: { rule: 'whole_count' } }>['key'];

export const KPI_COLUMNS: readonly KpiColumn[] = DECLARED_COLUMNS;

/**
 * The keys of each kind, as literals rather than filters of KPI_COLUMNS:
 * every server call evaluates the server half's top level, which builds
 * nothing (tests/bundle/lazy-top-level.test.ts). Each list names only keys
 * of its kind (`satisfies`) and every one of them (`KpiKeyListsComplete`),
 * so a column declared above and left out below fails `tsc`; their order,
 * the declaration's, is checked by tests/core/kpi-column-keys.test.ts.
 */
type Unlisted<Keys extends string, List extends readonly string[]> = Exclude<Keys, List[number]>;
type NoneLeft<Keys extends never> = Keys;

export const KPI_INPUT_KEYS = [
  'spend',
  'staff_cost',
  'leads',
  'qualified_leads',
  'customers',
  'revenue',
] as const satisfies readonly KpiInputKey[];

export const KPI_PLAN_KEYS = ['plan_spend', 'plan_leads', 'plan_revenue'] as const satisfies readonly KpiPlanKey[];

export const KPI_COUNT_KEYS = ['leads', 'qualified_leads', 'customers'] as const satisfies readonly KpiCountKey[];

/** The three lists name every key of their kind, or `tsc` names the one left out (a type: nothing of it is in the bundle). */
export type KpiKeyListsComplete = NoneLeft<
  | Unlisted<KpiInputKey, typeof KPI_INPUT_KEYS>
  | Unlisted<KpiPlanKey, typeof KPI_PLAN_KEYS>
  | Unlisted<KpiCountKey, typeof KPI_COUNT_KEYS>
>;

/** The columns of tabs built before the table was anchored: the first 15 of KPI_COLUMNS, in this order. */
export const LEGACY_KPI_COLUMN_COUNT = 15;

/** 0-based position of a column. */
export function kpiColumnIndex(key: KpiColumnKey): number {
  return KPI_COLUMNS.findIndex((column) => column.key === key);
}

export const KPI_HEADER_ROWS = 1;
export const KPI_TAB_NAME = 'KPI';
