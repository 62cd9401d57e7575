/**
 * The team as the form holds it while the user edits: numbers stay the text
 * that was typed until the schema checks them, so nothing typed is silently
 * changed or lost.
 */
import { TEAM_SETTINGS_VERSION, type MatrixColumnMode, type TeamSettings } from '../../../shared/team-settings';
import type { TeamMember } from '../../../shared/team';
import { formNumberText, readFormNumber } from '../../../core/number-text';

export interface PersonDraft {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roleId: string;
  /** '' means not entered. */
  readonly monthlyCost: string;
  readonly employment: TeamMember['employment'];
}

export interface RoleDraft {
  readonly id: string;
  readonly name: string;
  readonly contractor: boolean;
}

export interface TeamDraft {
  /** '' means not entered yet. */
  readonly companyHeadcount: string;
  readonly people: readonly PersonDraft[];
  readonly roles: readonly RoleDraft[];
  readonly matrixColumns: MatrixColumnMode;
  readonly maxResponsible: string;
}

export function draftFromTeam(team: TeamSettings): TeamDraft {
  return {
    companyHeadcount: team.companyHeadcount === null ? '' : formNumberText(team.companyHeadcount),
    people: team.people.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      roleId: person.roleId,
      monthlyCost: person.monthlyCost === null ? '' : formNumberText(person.monthlyCost),
      employment: person.employment,
    })),
    roles: team.roles.map((role) => ({ id: role.id, name: role.name, contractor: role.contractor })),
    matrixColumns: team.matrixColumns,
    maxResponsible: formNumberText(team.maxResponsible),
  };
}

/** The draft in the shape the schema checks; it is only `TeamSettings` once the schema says so. */
export function draftToCandidate(draft: TeamDraft): unknown {
  return {
    schemaVersion: TEAM_SETTINGS_VERSION,
    companyHeadcount: readFormNumber(draft.companyHeadcount),
    people: draft.people.map((person) => ({ ...person, monthlyCost: readFormNumber(person.monthlyCost) })),
    roles: draft.roles.map((role) => ({ ...role })),
    matrixColumns: draft.matrixColumns,
    // An empty required number becomes `undefined`, which the schema reports as missing.
    maxResponsible: readFormNumber(draft.maxResponsible) ?? undefined,
  };
}

export function sameDraft(a: TeamDraft, b: TeamDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
