/**
 * The "Team & roles" section's element ids: stable hooks for labels, focus
 * moves and the browser tests (ids double as data-testid).
 */
import type { TeamFieldKey } from './team-validation';

export const TEAM_IDS = {
  section: 'section-team-roles',
  title: 'team-title',
  state: 'team-state',
  form: 'team-form',
  companyHeadcount: 'team-company-headcount',
  people: 'team-people',
  personList: 'team-person-list',
  addPerson: 'team-add-person',
  roles: 'team-roles',
  roleList: 'team-role-list',
  addRole: 'team-add-role',
  matrixColumns: 'team-matrix-columns',
  maxResponsible: 'team-max-responsible',
  unsaved: 'team-unsaved',
  build: 'team-build',
  save: 'team-save',
  discard: 'team-discard',
  status: 'team-status',
  checks: 'team-checks',
  checksTitle: 'team-checks-title',
  checksSummary: 'team-checks-summary',
  findingList: 'team-finding-list',
  check: 'team-check',
  restore: 'team-restore',
} as const;

/** The part of a person that has an input. */
export type PersonPart = 'name' | 'email' | 'roleId' | 'monthlyCost' | 'employment';

export function personInputId(personId: string, part: PersonPart): string {
  return `team-person-${personId}-${part}`;
}

export function personRemoveId(personId: string): string {
  return `team-person-${personId}-remove`;
}

export type RolePart = 'name' | 'contractor';

export function roleInputId(roleId: string, part: RolePart): string {
  return `team-role-${roleId}-${part}`;
}

export function roleRemoveId(roleId: string): string {
  return `team-role-${roleId}-remove`;
}

const PERSON_PARTS: readonly string[] = ['name', 'email', 'roleId', 'monthlyCost', 'employment'];

/** The element that holds a field, for moving focus to the first problem. */
export function teamFieldElementId(field: TeamFieldKey): string {
  const person = /^person:([^:]+):(.+)$/.exec(field);
  if (person?.[1] !== undefined)
    return personInputId(person[1], (PERSON_PARTS.includes(person[2] ?? '') ? person[2] : 'name') as PersonPart);
  const role = /^role:([^:]+):(.+)$/.exec(field);
  if (role?.[1] !== undefined) return roleInputId(role[1], role[2] === 'contractor' ? 'contractor' : 'name');
  switch (field) {
    case 'companyHeadcount':
      return TEAM_IDS.companyHeadcount;
    case 'maxResponsible':
      return TEAM_IDS.maxResponsible;
    case 'matrixColumns':
      return TEAM_IDS.matrixColumns;
    case 'roles':
      return TEAM_IDS.addRole;
    default:
      return TEAM_IDS.addPerson;
  }
}
