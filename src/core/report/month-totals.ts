/**
 * A channel's figures and a month's totals, computed the way the KPI tab's
 * formulas compute them: total cost = spend + staff and contractor cost,
 * CPL = total cost / leads, ROMI = (revenue − total cost) / total cost.
 */
import type { MonthKey } from '../kpi/month';
import { costPerLead, returnOnMarketingInvestment } from '../metrics';
import type { ChannelPeriod } from '../verdict';
import { KPI_INPUT_KEYS } from '../kpi/kpi-columns';
import {
  emptyChannelInputs,
  hasAnyInput,
  type ChannelInputs,
  type ChannelMonthRecord,
  type ChannelPlan,
  type KpiRecords,
} from './kpi-records';

/** What the verdict rules read: blank leads and costs count as 0, blank revenue is unknown. */
export function channelPeriod(inputs: ChannelInputs): ChannelPeriod {
  return {
    leads: inputs.leads ?? 0,
    cost: (inputs.spend ?? 0) + (inputs.staff_cost ?? 0),
    revenue: inputs.revenue,
  };
}

/** Total cost as the KPI tab shows it: blank when neither cost was entered. */
export function totalCost(inputs: ChannelInputs): number | null {
  return inputs.spend === null && inputs.staff_cost === null ? null : (inputs.spend ?? 0) + (inputs.staff_cost ?? 0);
}

export interface MonthTotals {
  month: MonthKey;
  hasData: boolean;
  /** Each total is `null` when no channel has that figure entered for the month. */
  leads: number | null;
  qualifiedLeads: number | null;
  customers: number | null;
  spend: number | null;
  staffCost: number | null;
  totalCost: number | null;
  revenue: number | null;
  /** Total cost / leads; `null` without leads. */
  cpl: number | null;
  /** (Revenue − total cost) / total cost; `null` without revenue or cost. */
  romi: number | null;
  /** The month's plan, summed over the channels that have one; `null` when none has. */
  plan: MonthPlan;
  /** Every figure column summed over the channels (`null` where none has it entered), for the declared headline figures. */
  inputTotals: ChannelInputs;
}

export interface MonthPlan {
  spend: number | null;
  leads: number | null;
  revenue: number | null;
}

function sumOf(
  records: readonly ChannelMonthRecord[],
  pick: (inputs: ChannelInputs, plan: ChannelPlan) => number | null,
): number | null {
  let total: number | null = null;
  for (const record of records) {
    const value = pick(record.inputs, record.plan);
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

export function monthRecords(records: KpiRecords, month: MonthKey): ChannelMonthRecord[] {
  return [...(records.byMonth.get(month)?.values() ?? [])];
}

/** Each figure column's sum over `records`. */
export function inputTotalsOf(records: readonly ChannelMonthRecord[]): ChannelInputs {
  const totals = emptyChannelInputs();
  for (const key of KPI_INPUT_KEYS) totals[key] = sumOf(records, (inputs) => inputs[key]);
  return totals;
}

export function monthTotals(records: KpiRecords, month: MonthKey): MonthTotals {
  const rows = monthRecords(records, month);
  const leads = sumOf(rows, (inputs) => inputs.leads);
  const cost = sumOf(rows, totalCost);
  const revenue = sumOf(rows, (inputs) => inputs.revenue);
  return {
    month,
    hasData: rows.some((record) => hasAnyInput(record.inputs)),
    leads,
    qualifiedLeads: sumOf(rows, (inputs) => inputs.qualified_leads),
    customers: sumOf(rows, (inputs) => inputs.customers),
    spend: sumOf(rows, (inputs) => inputs.spend),
    staffCost: sumOf(rows, (inputs) => inputs.staff_cost),
    totalCost: cost,
    revenue,
    cpl: costPerLead(cost ?? 0, leads ?? 0),
    romi: revenue === null ? null : returnOnMarketingInvestment(revenue, cost ?? 0),
    plan: {
      spend: sumOf(rows, (_, plan) => plan.plan_spend),
      leads: sumOf(rows, (_, plan) => plan.plan_leads),
      revenue: sumOf(rows, (_, plan) => plan.plan_revenue),
    },
    inputTotals: inputTotalsOf(rows),
  };
}
