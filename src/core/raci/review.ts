import { checkDirections, type DirectionCheck, type DirectionFault } from './direction-check';
import type { RaciMatrix } from './raci-letter';
import { DEFAULT_MAX_RESPONSIBLE, roleLoads, type RoleLoad } from './role-load';
import { checkStaffing, type StaffingCheck } from './staffing';

export interface RaciReviewInput {
  matrix: RaciMatrix;
  /** R on more directions than this overloads a role; `DEFAULT_MAX_RESPONSIBLE` when omitted. */
  maxResponsible?: number;
  /** Leave out to skip the staffing check (the sizes are not known). */
  staffing?: { companyHeadcount: number; departmentPeople: number };
}

/** One thing to put right, as data; `explainFinding` words it. */
export type RaciFinding =
  | { topic: 'direction'; row: number; fault: DirectionFault }
  | { topic: 'role'; column: number; load: RoleLoad }
  | { topic: 'staffing'; check: StaffingCheck };

export interface RaciReview {
  directions: DirectionCheck[];
  roles: RoleLoad[];
  staffing: StaffingCheck | null;
  /** Directions' faults row by row, then overloaded roles, then staffing; empty when all is in order. */
  findings: RaciFinding[];
}

/** Every check over one matrix, for the sidebar and the Roles tab: the same rules the custom functions apply. */
export function reviewRaci({
  matrix,
  maxResponsible = DEFAULT_MAX_RESPONSIBLE,
  staffing,
}: RaciReviewInput): RaciReview {
  const directions = checkDirections(matrix);
  const roles = roleLoads(matrix, maxResponsible);
  const staffingCheck = staffing ? checkStaffing(staffing.companyHeadcount, staffing.departmentPeople) : null;
  const findings: RaciFinding[] = [
    ...directions.flatMap((check) =>
      check.faults.map((fault): RaciFinding => ({ topic: 'direction', row: check.row, fault })),
    ),
    ...roles
      .filter((load) => load.overloaded)
      .map((load): RaciFinding => ({ topic: 'role', column: load.column, load })),
    ...(staffingCheck && staffingCheck.verdict !== 'ok' ? [{ topic: 'staffing', check: staffingCheck } as const] : []),
  ];
  return { directions, roles, staffing: staffingCheck, findings };
}
