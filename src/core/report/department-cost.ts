/**
 * Which staff cost the report counts: ONE figure, from one source, named once
 * in the report's "How we count". When the Team has monthly costs they are
 * the department's salaries (the whole department, article 001), and the KPI
 * tab's "Staff & contractor cost" column is not added again; otherwise that
 * column is the staff cost. Salaries are never counted twice.
 */
import type { TeamMember } from '../../shared/team';
import { teamMonthlyCost } from './team-monthly-cost';
import type { MonthTotals } from './month-totals';

export type DepartmentCostBasis =
  /** The Team's monthly costs (today's, applied to every month the report shows). */
  | { kind: 'team'; teamMonthlyCost: number; membersCounted: number; membersWithoutCost: number }
  /** The KPI tab's Staff & contractor cost column. */
  | { kind: 'staff_column'; members: number };

export function departmentCostBasis(team: readonly TeamMember[]): DepartmentCostBasis {
  const { total, counted } = teamMonthlyCost(team);
  if (counted > 0)
    return { kind: 'team', teamMonthlyCost: total, membersCounted: counted, membersWithoutCost: team.length - counted };
  return { kind: 'staff_column', members: team.length };
}

/** The month's staff cost by the basis; `null` when the month has no figures (or, from the column, none entered). */
export function staffCostOf(totals: MonthTotals, basis: DepartmentCostBasis): number | null {
  if (!totals.hasData) return null;
  return basis.kind === 'team' ? basis.teamMonthlyCost : totals.staffCost;
}
