/**
 * The "Team & roles" form: the draft being edited and the team it started
 * from, with the edits the sidebar offers. Every operation returns a new
 * form and leaves the old one untouched.
 */
import { MAX_PEOPLE } from '../../../shared/team';
import { MAX_ROLES, type MatrixColumnMode, type TeamSettings } from '../../../shared/team-settings';
import { draftFromTeam, sameDraft, type PersonDraft, type RoleDraft, type TeamDraft } from './team-draft';

export interface TeamForm {
  readonly draft: TeamDraft;
  /** What the server last said is stored (or the defaults it offered); the draft is dirty when it differs. */
  readonly baseline: TeamDraft;
}

export type TeamScalarField = 'companyHeadcount' | 'maxResponsible';

export function formFromTeam(team: TeamSettings): TeamForm {
  const draft = draftFromTeam(team);
  return { draft, baseline: draft };
}

export function isDirty(form: TeamForm): boolean {
  return !sameDraft(form.draft, form.baseline);
}

function withDraft(form: TeamForm, change: Partial<TeamDraft>): TeamForm {
  return { ...form, draft: { ...form.draft, ...change } };
}

export function setScalar(form: TeamForm, field: TeamScalarField, value: string): TeamForm {
  return withDraft(form, { [field]: value });
}

export function setMatrixColumns(form: TeamForm, mode: MatrixColumnMode): TeamForm {
  return withDraft(form, { matrixColumns: mode });
}

export function canAddPerson(form: TeamForm): boolean {
  return form.draft.people.length < MAX_PEOPLE;
}

/**
 * Appends a person in the first role nobody holds yet (the gap a new hire
 * usually fills), else the first role, employed as that role is. The id
 * comes back so the view can focus the name.
 */
export function addPerson(form: TeamForm): { form: TeamForm; personId: string } | null {
  if (!canAddPerson(form)) return null;
  const held = new Set(form.draft.people.map((person) => person.roleId));
  const role = form.draft.roles.find((candidate) => !held.has(candidate.id)) ?? form.draft.roles[0];
  const personId = newId(
    'person',
    form.draft.people.map((person) => person.id),
  );
  const person: PersonDraft = {
    id: personId,
    name: '',
    email: '',
    roleId: role?.id ?? '',
    monthlyCost: '',
    employment: role?.contractor ? 'contractor' : 'staff',
  };
  return { form: withDraft(form, { people: [...form.draft.people, person] }), personId };
}

export function removePerson(form: TeamForm, id: string): TeamForm {
  return withDraft(form, { people: form.draft.people.filter((person) => person.id !== id) });
}

/** A change of role brings the role's usual employment with it; the user may change it back. */
export function updatePerson(form: TeamForm, id: string, change: Partial<Omit<PersonDraft, 'id'>>): TeamForm {
  const roleOf = (roleId: string) => form.draft.roles.find((role) => role.id === roleId);
  return withDraft(form, {
    people: form.draft.people.map((person) => {
      if (person.id !== id) return person;
      const role = change.roleId !== undefined && change.roleId !== person.roleId ? roleOf(change.roleId) : undefined;
      return { ...person, ...(role ? { employment: role.contractor ? 'contractor' : 'staff' } : {}), ...change };
    }),
  });
}

export function canAddRole(form: TeamForm): boolean {
  return form.draft.roles.length < MAX_ROLES;
}

export function addRole(form: TeamForm): { form: TeamForm; roleId: string } | null {
  if (!canAddRole(form)) return null;
  const roleId = newId(
    'role',
    form.draft.roles.map((role) => role.id),
  );
  return {
    form: withDraft(form, { roles: [...form.draft.roles, { id: roleId, name: '', contractor: false }] }),
    roleId,
  };
}

/** The people who hold a role: while there are any, the role cannot go (they would be left with none). */
export function holdersOf(form: TeamForm, roleId: string): readonly PersonDraft[] {
  return form.draft.people.filter((person) => person.roleId === roleId);
}

export function removeRole(form: TeamForm, id: string): TeamForm {
  if (holdersOf(form, id).length > 0 || form.draft.roles.length <= 1) return form;
  return withDraft(form, { roles: form.draft.roles.filter((role) => role.id !== id) });
}

export function updateRole(form: TeamForm, id: string, change: Partial<Omit<RoleDraft, 'id'>>): TeamForm {
  return withDraft(form, { roles: form.draft.roles.map((role) => (role.id === id ? { ...role, ...change } : role)) });
}

export function discardChanges(form: TeamForm): TeamForm {
  return { ...form, draft: form.baseline };
}

/**
 * A new team from the server. An untouched form, or one still exactly as it
 * was sent, takes it as it is; a form edited since keeps the user's edits,
 * and only the baseline moves.
 */
export function receiveTeam(form: TeamForm, team: TeamSettings, sentDraft?: TeamDraft): TeamForm {
  const untouched = !isDirty(form) || (sentDraft !== undefined && sameDraft(form.draft, sentDraft));
  if (untouched) return formFromTeam(team);
  return { draft: form.draft, baseline: draftFromTeam(team) };
}

/** `person-1`, `role-3`: unique in the team, never changed by a rename, and within the schema's `[a-z0-9-]`. */
function newId(prefix: 'person' | 'role', taken: readonly string[]): string {
  const used = new Set(taken);
  for (let number = 1; ; number += 1) {
    const id = `${prefix}-${number}`;
    if (!used.has(id)) return id;
  }
}
