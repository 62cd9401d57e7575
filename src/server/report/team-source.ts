/**
 * The Team's members, for the department's ROI (their monthly costs). The
 * Team store is being added separately; until it is, there are no members,
 * and the report counts the KPI tab's "Staff & contractor cost" column
 * instead (and says so). To wire it up, return the store's members here.
 */
import type { TeamMember } from '../../shared/team';

export function readTeamForReport(): TeamMember[] {
  return [];
}
