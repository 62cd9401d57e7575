/**
 * The department's people: the Team table later features read from (the
 * monthly report's department ROI counts their monthly costs; sharing uses
 * their emails). Stored in document properties beside the template settings.
 */
import * as z from 'zod/mini';

export const TEAM_SCHEMA_VERSION = 1;
export const MAX_PEOPLE = 50;

export const teamMemberSchema = z.object({
  /** Stable across renames. */
  id: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** Blank when the person has no Google account to share with yet. */
  email: z.string().check(z.trim(), z.maxLength(120), z.regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/)),
  /** A role id: one of the default roles or a custom role of the matrix. */
  roleId: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Salary or contract fee per month, in the template's currency; `null` when not entered. */
  monthlyCost: z.nullable(z.number().check(z.gte(0))),
  employment: z.enum(['staff', 'contractor']),
});

export type TeamMember = z.infer<typeof teamMemberSchema>;

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
