/**
 * The department's people: the Team table later features read from (the
 * monthly report's department ROI counts their monthly costs; sharing uses
 * their emails). Stored in document properties beside the template settings.
 */
import * as v from 'valibot';
import { choice, finiteNumber, type Infer } from './schema';

export const MAX_PEOPLE = 50;

function buildTeamMemberSchema() {
  return v.object({
    /** Stable across renames. */
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[a-z0-9-]+$/)),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
    /** Blank when the person has no Google account to share with yet. */
    email: v.pipe(v.string(), v.trim(), v.maxLength(120), v.regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/)),
    /** A role id: one of the default roles or a custom role of the matrix. */
    roleId: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
    /** Salary or contract fee per month, in the template's currency; `null` when not entered. */
    monthlyCost: v.nullable(v.pipe(finiteNumber(), v.minValue(0))),
    employment: choice(['staff', 'contractor']),
  });
}

let teamMember: ReturnType<typeof buildTeamMemberSchema> | undefined;
/** Built on first use, like every schema: each custom-function call loads the whole script, and none needs one. */
export function teamMemberSchema(): ReturnType<typeof buildTeamMemberSchema> {
  return (teamMember ??= buildTeamMemberSchema());
}

export type TeamMember = Infer<ReturnType<typeof teamMemberSchema>>;

export { teamMonthlyCost } from '../core/report/team-monthly-cost';
