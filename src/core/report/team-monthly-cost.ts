import type { TeamMember } from '../../shared/team';

/** The sum of the monthly costs that are entered, and how many people have one. */
export function teamMonthlyCost(members: readonly TeamMember[]): { total: number; counted: number } {
  let total = 0;
  let counted = 0;
  for (const member of members) {
    if (member.monthlyCost !== null) {
      total += member.monthlyCost;
      counted += 1;
    }
  }
  return { total, counted };
}
