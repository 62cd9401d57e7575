/**
 * The checks a marketing head expects of the counts on the KPI tab, defined
 * once: leads, qualified leads and customers are whole numbers, 0 or more;
 * qualified leads are some of the leads, so more of them than leads in a row
 * is a typing mistake. Customers above leads in a month is not: a deal
 * closed this month may come from last quarter's lead (sales cycles), so it
 * is only noted.
 *
 * The same rules as native formulas, for the tab's data validation and
 * conditional colour (tested against these predicates in HyperFormula).
 * Formulas are written for the first data row with relative references, as
 * Sheets reads a custom formula for every cell of its range; English names
 * and commas, as Apps Script stores them in every locale.
 */
import { a1Cell } from '../a1-notation';
import type { KpiColumnKey } from './kpi-columns';
import type { KpiColumnPlaces } from './kpi-formulas';

/** A count as it may stand in a cell: a whole number, 0 or more. */
export function isWholeCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** More qualified leads than leads in one row. Leads not entered yet are a gap the report names on its own, not this mistake. */
export function qualifiedAboveLeads(qualified: number | null, leads: number | null): boolean {
  return qualified !== null && leads !== null && qualified > leads;
}

/** More customers than leads in a month: possible (deals from earlier leads), worth a note, never an error. */
export function customersAboveLeads(customers: number | null, leads: number | null): boolean {
  return customers !== null && leads !== null && customers > leads;
}

function cell(places: KpiColumnPlaces, key: KpiColumnKey, row: number): string {
  const column = places.get(key);
  if (column === undefined) throw new Error(`KPI column ${key} has no place`);
  return a1Cell(row, column);
}

/**
 * The data validation of a count column (declared `whole_count` in kpi-columns): true for a whole number, 0 or
 * more, and for qualified leads also not above the row's leads.
 */
export function countValidationFormula(places: KpiColumnPlaces, key: KpiColumnKey, firstRow: number): string {
  const own = cell(places, key, firstRow);
  // IF first: AND evaluates every argument, and INT of a text is an error rather than FALSE.
  const whole = `${own}>=0,${own}=INT(${own})`;
  if (key !== 'qualified_leads') return `=IF(ISNUMBER(${own}),AND(${whole}),FALSE())`;
  const leads = cell(places, 'leads', firstRow);
  return `=IF(ISNUMBER(${own}),AND(${whole},OR(NOT(ISNUMBER(${leads})),${own}<=${leads})),FALSE())`;
}

/** The conditional colour of the qualified-leads column: true where the cell holds more than the row's leads. */
export function qualifiedAboveLeadsFormula(places: KpiColumnPlaces, firstRow: number): string {
  const qualified = cell(places, 'qualified_leads', firstRow);
  const leads = cell(places, 'leads', firstRow);
  return `=AND(ISNUMBER(${qualified}),ISNUMBER(${leads}),${qualified}>${leads})`;
}
