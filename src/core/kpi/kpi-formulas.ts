/**
 * The KPI tab's computed columns as native Sheets formulas (English function
 * names and commas, as Apps Script writes them in every locale). A row with
 * no figures shows blanks, not zeros or errors.
 */
import { MONEY_TOLERANCE } from '../metrics';
import { kpiColumnLetter as col } from './kpi-columns';

export function totalCostFormula(row: number): string {
  const range = `${col('spend')}${row}:${col('staff_cost')}${row}`;
  return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
}

export function cplFormula(row: number): string {
  const leads = `${col('leads')}${row}`;
  return `=IF(AND(ISNUMBER(${leads}),${leads}>0),SUM(${col('total_cost')}${row})/${leads},"")`;
}

/** As core/metrics' ROMI: a gain within a tenth of a cent is break-even, 0, so it is not painted as a loss. */
export function romiFormula(row: number): string {
  const cost = `${col('total_cost')}${row}`;
  const revenue = `${col('revenue')}${row}`;
  return `=IF(AND(ISNUMBER(${revenue}),SUM(${cost})>0),IF(ABS(${revenue}-${cost})<=${MONEY_TOLERANCE},0,(${revenue}-${cost})/${cost}),"")`;
}

export function conversionFormula(row: number): string {
  const leads = `${col('leads')}${row}`;
  const customers = `${col('customers')}${row}`;
  return `=IF(AND(ISNUMBER(${leads}),${leads}>0,ISNUMBER(${customers})),${customers}/${leads},"")`;
}

/**
 * One CHANNEL_VERDICT call per month, spilling a verdict down the month's
 * rows. `targetRomis` has one target per row: one number when they are all
 * the same (the usual case), else an array literal with one per row
 * (`{1;1.5;1}`: semicolons stack rows in the formula syntax Apps Script writes).
 */
export function verdictFormula(firstRow: number, lastRow: number, minLeads: number, targetRomis: readonly number[]): string {
  const span = (key: Parameters<typeof col>[0]) => `${col(key)}${firstRow}:${col(key)}${lastRow}`;
  const first = targetRomis[0];
  const targetRomi = first !== undefined && targetRomis.every((target) => target === first) ? String(first) : `{${targetRomis.join(';')}}`;
  return `=CHANNEL_VERDICT(${span('leads')},${span('total_cost')},${span('revenue')},${span('target_cpl')},${minLeads},${targetRomi})`;
}
