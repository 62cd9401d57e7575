/**
 * The KPI tab's computed cells as native Sheets formulas, one row each
 * (English function names and commas, as Apps Script writes them in every
 * locale). A row with no figures shows blanks, not zeros or errors. Cells
 * are named one by one (`C5,D5`, never `C5:D5`), so a column a person
 * inserts between two of ours never joins a sum. Columns are wherever the
 * tab's column metadata found them (`letter`).
 */
import { a1Cell, columnLetters } from '../a1-notation';
import { blendedCplFormula, nativeVerdictFormula } from '../verdict-formula';
import { MONEY_TOLERANCE } from '../metrics';
import type { Verdict } from '../verdict';
import type { KpiColumnKey } from './kpi-columns';

/** 1-based sheet column of each KPI column on this tab. */
export type KpiColumnPlaces = ReadonlyMap<KpiColumnKey, number>;

function cellAt(places: KpiColumnPlaces, key: KpiColumnKey, row: number): string {
  const column = places.get(key);
  if (column === undefined) throw new Error(`KPI column ${key} has no place`);
  return a1Cell(row, column);
}

export interface KpiRowFormulaRules {
  minLeads: number;
  /** The row's target ROMI (a ratio). */
  targetRomi: number;
  /** The channel's target CPL from the settings, used when the row's Target CPL cell is blank. */
  settingsTargetCpl: number | null;
  verdictLabels: Readonly<Record<Verdict, string>>;
}

/** Named ranges the formulas read: they cover exactly the table's rows (see kpi-tab-plan). */
export const MONTH_RANGE_NAME = 'KPI_Month';
export const COST_RANGE_NAME = 'KPI_Cost';
export const LEADS_RANGE_NAME = 'KPI_Leads';

export function kpiRowFormulas(
  places: KpiColumnPlaces,
  row: number,
  rules: KpiRowFormulaRules,
): Partial<Record<KpiColumnKey, string>> {
  const at = (key: KpiColumnKey) => cellAt(places, key, row);
  const spend = at('spend');
  const staff = at('staff_cost');
  const cost = at('total_cost');
  const leads = at('leads');
  const customers = at('customers');
  const revenue = at('revenue');
  const typedTarget = at('target_cpl');
  const month = at('month');
  // The month's blended CPL, once per row, so the verdict formula itself stays short.
  const blended = `IFERROR(${blendedCplFormula(COST_RANGE_NAME, LEADS_RANGE_NAME, `${MONTH_RANGE_NAME},${month}`)},"")`;
  const fallback = rules.settingsTargetCpl === null ? blended : String(rules.settingsTargetCpl);
  return {
    total_cost: `=IF(COUNT(${spend},${staff})=0,"",SUM(${spend},${staff}))`,
    cpl: `=IF(AND(ISNUMBER(${leads}),${leads}>0),SUM(${cost})/${leads},"")`,
    // As core/metrics' ROMI: a gain within a tenth of a cent is break-even, 0, so the ROMI < 0 colour never marks rounding.
    romi: `=IF(AND(ISNUMBER(${revenue}),SUM(${cost})>0),IF(ABS(${revenue}-${cost})<=${MONEY_TOLERANCE},0,(${revenue}-${cost})/${cost}),"")`,
    conversion: `=IF(AND(ISNUMBER(${leads}),${leads}>0,ISNUMBER(${customers})),${customers}/${leads},"")`,
    target_used: `=IF(ISNUMBER(${typedTarget}),${typedTarget},${fallback})`,
    // As core/metrics: costPerLead, customerAcquisitionCost, costPerQualifiedLead, shareOfPlan.
    cac: perCount(cost, customers),
    cost_per_qualified_lead: perCount(cost, at('qualified_leads')),
    spend_of_plan: ofPlan(spend, at('plan_spend')),
    leads_of_plan: ofPlan(leads, at('plan_leads')),
    revenue_of_plan: ofPlan(revenue, at('plan_revenue')),
    verdict: nativeVerdictFormula(
      { leads, cost, revenue, targetCpl: at('target_used') },
      { minLeads: rules.minLeads, targetRomi: rules.targetRomi },
      rules.verdictLabels,
    ),
  };
}

/** Total cost per counted item (customers, qualified leads); blank without any. */
function perCount(cost: string, count: string): string {
  return `=IF(AND(ISNUMBER(${count}),${count}>0),SUM(${cost})/${count},"")`;
}

/** A figure's share of its plan; blank until both are entered (a plan of 0 has no share). */
function ofPlan(actual: string, plan: string): string {
  return `=IF(AND(ISNUMBER(${plan}),${plan}>0,ISNUMBER(${actual})),${actual}/${plan},"")`;
}

/** The data cells of a column, absolute, as a named range's A1 text would read them. */
export function columnSpan(column: number, firstRow: number, lastRow: number): string {
  return `${columnLetters(column)}${firstRow}:${columnLetters(column)}${lastRow}`;
}
