/**
 * The KPI tab's computed columns as native Sheets formulas (English function
 * names and commas, as Apps Script writes them in every locale). A row with
 * no figures shows blanks, not zeros or errors.
 */
import type { Verdict } from '../verdict';
import { nativeVerdictFormula, type VerdictFormulaRules } from '../verdict-formula';
import { kpiColumnLetter as col } from './kpi-columns';

export function totalCostFormula(row: number): string {
  const range = `${col('spend')}${row}:${col('staff_cost')}${row}`;
  return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
}

export function cplFormula(row: number): string {
  const leads = `${col('leads')}${row}`;
  return `=IF(AND(ISNUMBER(${leads}),${leads}>0),SUM(${col('total_cost')}${row})/${leads},"")`;
}

export function romiFormula(row: number): string {
  const cost = `${col('total_cost')}${row}`;
  const revenue = `${col('revenue')}${row}`;
  return `=IF(AND(ISNUMBER(${revenue}),SUM(${cost})>0),(${revenue}-${cost})/${cost},"")`;
}

export function conversionFormula(row: number): string {
  const leads = `${col('leads')}${row}`;
  const customers = `${col('customers')}${row}`;
  return `=IF(AND(ISNUMBER(${leads}),${leads}>0,ISNUMBER(${customers})),${customers}/${leads},"")`;
}

/**
 * The row's verdict by the one rule set, as a native formula (no custom
 * function, so it works for a teammate without the add-on): judged against
 * the row's target CPL, else the blended CPL of its month's rows
 * `firstRow`…`lastRow`, and the row's target ROMI.
 */
export function verdictFormula(row: number, firstRow: number, lastRow: number, rules: VerdictFormulaRules, labels: Readonly<Record<Verdict, string>>): string {
  const period = (key: Parameters<typeof col>[0]) => `${col(key)}$${firstRow}:${col(key)}$${lastRow}`;
  return nativeVerdictFormula(
    {
      leads: `${col('leads')}${row}`,
      cost: `${col('total_cost')}${row}`,
      revenue: `${col('revenue')}${row}`,
      targetCpl: `${col('target_cpl')}${row}`,
      periodLeads: period('leads'),
      periodCost: period('total_cost'),
    },
    rules,
    labels,
  );
}
