/**
 * The department's figures of a month (or of several months added up: the
 * year to date), as the report's first screen, its 12-month table and its
 * year-to-date line show them. One definition each:
 * - marketing cost = channel budgets + the one staff cost (department-cost);
 * - CPL = marketing cost / leads; CAC = marketing cost / customers;
 * - ROMI = (revenue − channel budgets) / channel budgets: what the money
 *   put into channels returned, before salaries;
 * - the department's ROI = (revenue − marketing cost) / marketing cost:
 *   whether the department, salaries included, earns more than it costs.
 * Ratios of several months are computed from their sums, never averaged.
 */
import { KPI_INPUT_KEYS } from '../kpi/kpi-columns';
import type { MonthKey } from '../kpi/month';
import { costPerLead, customerAcquisitionCost, returnOnMarketingInvestment } from '../metrics';
import { staffCostOf, type DepartmentCostBasis } from './department-cost';
import { type ChannelInputs, emptyChannelInputs } from './kpi-records';
import type { MonthPlan, MonthTotals } from './month-totals';

export interface MonthFigures {
  /** The month, or the last month of a sum. */
  month: MonthKey;
  hasData: boolean;
  leads: number | null;
  qualifiedLeads: number | null;
  customers: number | null;
  spend: number | null;
  staffCost: number | null;
  /** Channel budgets + staff cost; `null` when neither is known. */
  marketingCost: number | null;
  revenue: number | null;
  cpl: number | null;
  cac: number | null;
  romi: number | null;
  departmentRoi: number | null;
  /** The plan of the month (or the plans of the months added up). */
  plan: MonthPlan;
  /** Every figure column's total (month-totals), for the headline figures a column declares. */
  inputTotals: ChannelInputs;
}

function addUp(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

function withRatios(base: Omit<MonthFigures, 'cpl' | 'cac' | 'romi' | 'departmentRoi'>): MonthFigures {
  const { leads, customers, spend, marketingCost, revenue } = base;
  return {
    ...base,
    cpl: costPerLead(marketingCost ?? 0, leads ?? 0),
    cac: customerAcquisitionCost(marketingCost, customers),
    romi: revenue === null ? null : returnOnMarketingInvestment(revenue, spend ?? 0),
    departmentRoi: revenue === null ? null : returnOnMarketingInvestment(revenue, marketingCost ?? 0),
  };
}

export function monthFigures(totals: MonthTotals, basis: DepartmentCostBasis): MonthFigures {
  if (!totals.hasData)
    return withRatios({
      month: totals.month,
      hasData: false,
      leads: null,
      qualifiedLeads: null,
      customers: null,
      spend: null,
      staffCost: null,
      marketingCost: null,
      revenue: null,
      plan: totals.plan,
      inputTotals: emptyChannelInputs(),
    });
  const staffCost = staffCostOf(totals, basis);
  return withRatios({
    month: totals.month,
    hasData: true,
    leads: totals.leads,
    qualifiedLeads: totals.qualifiedLeads,
    customers: totals.customers,
    spend: totals.spend,
    staffCost,
    marketingCost: addUp(totals.spend, staffCost),
    revenue: totals.revenue,
    plan: totals.plan,
    inputTotals: totals.inputTotals,
  });
}

/** Several months added up (months without figures add nothing), ratios from the sums. */
export function sumOfMonths(months: readonly MonthFigures[], last: MonthKey): MonthFigures {
  const filled = months.filter((figures) => figures.hasData);
  const sum = (pick: (figures: MonthFigures) => number | null) =>
    filled.reduce<number | null>((total, figures) => addUp(total, pick(figures)), null);
  return withRatios({
    month: last,
    hasData: filled.length > 0,
    leads: sum((figures) => figures.leads),
    qualifiedLeads: sum((figures) => figures.qualifiedLeads),
    customers: sum((figures) => figures.customers),
    spend: sum((figures) => figures.spend),
    staffCost: sum((figures) => figures.staffCost),
    marketingCost: sum((figures) => figures.marketingCost),
    revenue: sum((figures) => figures.revenue),
    // Every month's plan counts, filled or not: the year's plan to date does not shrink with a month left blank.
    plan: {
      spend: months.reduce<number | null>((total, figures) => addUp(total, figures.plan.spend), null),
      leads: months.reduce<number | null>((total, figures) => addUp(total, figures.plan.leads), null),
      revenue: months.reduce<number | null>((total, figures) => addUp(total, figures.plan.revenue), null),
    },
    inputTotals: summedInputs(filled),
  });
}

function summedInputs(months: readonly MonthFigures[]): ChannelInputs {
  const totals = emptyChannelInputs();
  for (const key of KPI_INPUT_KEYS)
    totals[key] = months.reduce<number | null>((total, figures) => addUp(total, figures.inputTotals[key]), null);
  return totals;
}
