/**
 * The department's ROI counts salaries (article 001: the whole department's
 * cost must not exceed the revenue of the clients it brought). Which costs
 * are counted is decided once and said in words, and salaries are never
 * counted twice: when the Team has monthly costs they replace the KPI tab's
 * "Staff & contractor cost" column, otherwise that column is the salaries.
 */
import type { TeamMember } from '../../shared/team';
import { teamMonthlyCost } from '../../shared/team';
import { returnOnMarketingInvestment } from '../metrics';
import type { MonthTotals } from './month-totals';

export type DepartmentCostBasis =
  /** Channel spend + the Team's monthly costs (today's, applied to every month compared). */
  | { kind: 'team'; teamMonthlyCost: number; membersCounted: number; membersWithoutCost: number }
  /** Channel spend + the KPI tab's Staff & contractor cost column. */
  | { kind: 'staff_column'; members: number };

export function departmentCostBasis(team: readonly TeamMember[]): DepartmentCostBasis {
  const { total, counted } = teamMonthlyCost(team);
  if (counted > 0) return { kind: 'team', teamMonthlyCost: total, membersCounted: counted, membersWithoutCost: team.length - counted };
  return { kind: 'staff_column', members: team.length };
}

/** The department's cost in a month; `null` when the month has no figures. */
export function departmentCost(totals: MonthTotals, basis: DepartmentCostBasis): number | null {
  if (!totals.hasData) return null;
  const spend = totals.spend ?? 0;
  return basis.kind === 'team' ? spend + basis.teamMonthlyCost : spend + (totals.staffCost ?? 0);
}

/** (Revenue − department cost) / department cost; `null` without revenue or cost. */
export function departmentRoi(totals: MonthTotals, basis: DepartmentCostBasis): number | null {
  const cost = departmentCost(totals, basis);
  if (cost === null || totals.revenue === null) return null;
  return returnOnMarketingInvestment(totals.revenue, cost);
}
