/**
 * Is the department big enough? Article 001: a company of 50 or more staff
 * needs an internet-marketing department of three people or more; and one
 * specialist cannot cover every direction "even in a small startup".
 */
export const MIN_DEPARTMENT_PEOPLE = 3;
export const MID_SIZE_COMPANY_HEADCOUNT = 50;

/**
 * - `understaffed`: fewer than three people in a company of 50 or more;
 * - `single_specialist`: at most one person in a smaller company — the
 *   articles' one-person-does-everything failure, short of the hard rule;
 * - `ok`: otherwise.
 */
export type StaffingVerdict = 'ok' | 'understaffed' | 'single_specialist';

export interface StaffingCheck {
  verdict: StaffingVerdict;
  companyHeadcount: number;
  /** Everyone working in the department, contractors included (the articles recommend widening the team with them). */
  departmentPeople: number;
  minimumPeople: number;
}

/** Both counts are whole numbers, 0 or more; the caller checks that. */
export function checkStaffing(companyHeadcount: number, departmentPeople: number): StaffingCheck {
  const result = { companyHeadcount, departmentPeople, minimumPeople: MIN_DEPARTMENT_PEOPLE };
  if (companyHeadcount >= MID_SIZE_COMPANY_HEADCOUNT && departmentPeople < MIN_DEPARTMENT_PEOPLE) {
    return { verdict: 'understaffed', ...result };
  }
  if (companyHeadcount < MID_SIZE_COMPANY_HEADCOUNT && departmentPeople <= 1)
    return { verdict: 'single_specialist', ...result };
  return { verdict: 'ok', ...result };
}
