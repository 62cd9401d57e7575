import { describe, expect, it } from 'vitest';
import {
  addPerson,
  addRole,
  formFromTeam,
  isDirty,
  receiveTeam,
  removeRole,
  updatePerson,
  updateRole,
} from '../../src/sidebar/sections/team-roles/team-form';
import { draftToCandidate } from '../../src/sidebar/sections/team-roles/team-draft';
import { checkTeamDraft } from '../../src/sidebar/sections/team-roles/team-validation';
import { defaultTeamSettings } from '../../src/shared/team-settings';

const team = defaultTeamSettings('en');

describe('the team form', () => {
  it('gives new people and roles ids the schema accepts, unique in the team', () => {
    let form = formFromTeam(team);
    const first = addPerson(form);
    form = first!.form;
    const second = addPerson(form);
    form = second!.form;
    const role = addRole(form);
    expect([first?.personId, second?.personId, role?.roleId]).toEqual(['person-1', 'person-2', 'role-1']);
    form = updateRole(role!.form, 'role-1', { name: 'Designer', contractor: true });
    form = updatePerson(form, 'person-1', { name: 'Anna' });
    form = updatePerson(form, 'person-2', { name: 'Boris', roleId: 'role-1' });
    const check = checkTeamDraft(form.draft, 'en');
    expect(check.ok).toBe(true);
    expect(check.ok && check.team.people.map((p) => [p.roleId, p.employment])).toEqual([
      ['head', 'staff'],
      ['role-1', 'contractor'],
    ]);
  });

  it('keeps a role someone holds, and the last role', () => {
    let form = addPerson(formFromTeam(team))!.form;
    expect(removeRole(form, 'head').draft.roles).toHaveLength(4);
    form = { ...form, draft: { ...form.draft, people: [], roles: form.draft.roles.slice(0, 1) } };
    expect(removeRole(form, 'head').draft.roles).toHaveLength(1);
  });

  it('reads typed numbers the way people write them, and leaves an empty head count unknown', () => {
    const form = formFromTeam(team);
    const draft = { ...form.draft, companyHeadcount: '1 200', maxResponsible: '5' };
    expect(draftToCandidate(draft)).toMatchObject({ companyHeadcount: 1200, maxResponsible: 5 });
    expect(draftToCandidate({ ...draft, companyHeadcount: '' })).toMatchObject({ companyHeadcount: null });
    const check = checkTeamDraft({ ...draft, maxResponsible: '' }, 'en');
    expect(check.ok ? [] : check.problems).toEqual([
      { field: 'maxResponsible', message: 'Most directions per role (R): is missing' },
    ]);
  });

  it("keeps edits made while a save was on its way, and takes the server's team when untouched", () => {
    const form = addPerson(formFromTeam(team))!.form;
    const saved = {
      ...team,
      people: [
        { id: 'person-1', name: 'Anna', email: '', roleId: 'head', monthlyCost: null, employment: 'staff' as const },
      ],
    };
    const edited = receiveTeam(form, saved);
    expect(edited.draft.people[0]?.name).toBe('');
    expect(isDirty(edited)).toBe(true);
    expect(receiveTeam(formFromTeam(team), saved).draft.people[0]?.name).toBe('Anna');
    expect(receiveTeam(form, saved, form.draft).draft.people[0]?.name).toBe('Anna');
  });
});
