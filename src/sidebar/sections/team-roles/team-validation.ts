/**
 * Checks the draft with the very schema the server uses and words each
 * problem as the server would (src/shared/team-issues.ts), tied to the
 * field it concerns so it can show beside it.
 */
import type { Lang } from '../../../core/i18n/lang';
import { check } from '../../../shared/schema';
import { describeTeamIssue } from '../../../shared/team-issues';
import { teamSettingsSchema, type TeamSettings } from '../../../shared/team-settings';
import { draftToCandidate, type TeamDraft } from './team-draft';

/** A field of the form; a person's or role's fields are named by its id, which survives edits. */
export type TeamFieldKey =
  | 'companyHeadcount'
  | 'maxResponsible'
  | 'matrixColumns'
  | 'people'
  | 'roles'
  | `person:${string}:${string}`
  | `role:${string}:${string}`;

export interface TeamProblem {
  readonly field: TeamFieldKey;
  readonly message: string;
}

export type TeamDraftCheck = { ok: true; team: TeamSettings } | { ok: false; problems: readonly TeamProblem[] };

export function personField(personId: string, key: string): TeamFieldKey {
  return `person:${personId}:${key}`;
}

export function roleField(roleId: string, key: string): TeamFieldKey {
  return `role:${roleId}:${key}`;
}

export function checkTeamDraft(draft: TeamDraft, lang: Lang): TeamDraftCheck {
  const candidate = draftToCandidate(draft);
  const result = check(teamSettingsSchema(), candidate);
  if (result.success) return { ok: true, team: result.data };
  const problems: TeamProblem[] = [];
  const seen = new Set<TeamFieldKey>();
  for (const issue of result.issues) {
    const field = fieldOf(issue.path, draft);
    // One message per field: the first is the one to fix first.
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: describeTeamIssue(issue, candidate, lang) });
  }
  return { ok: false, problems };
}

function fieldOf(path: readonly PropertyKey[], draft: TeamDraft): TeamFieldKey {
  const [head, index, key] = path;
  if (head === 'people' && typeof index === 'number') {
    const person = draft.people[index];
    return person ? personField(person.id, typeof key === 'string' ? key : 'name') : 'people';
  }
  if (head === 'roles' && typeof index === 'number') {
    const role = draft.roles[index];
    return role ? roleField(role.id, typeof key === 'string' ? key : 'name') : 'roles';
  }
  switch (head) {
    case 'companyHeadcount':
    case 'maxResponsible':
    case 'matrixColumns':
    case 'people':
    case 'roles':
      return head;
    default:
      return 'people';
  }
}
