import { describe, expect, it } from 'vitest';
import { check, parse } from '../../src/shared/schema';
import { describeTeamIssues } from '../../src/shared/team-issues';
import { defaultTeamSettings, teamMembers, teamSettingsSchema } from '../../src/shared/team-settings';

const valid = () => ({
  ...defaultTeamSettings('en'),
  companyHeadcount: 60,
  people: [
    { id: 'anna', name: 'Anna', email: 'anna@example.com', roleId: 'head', monthlyCost: 250000, employment: 'staff' },
    { id: 'boris', name: 'Boris', email: '', roleId: 'content-engineer', monthlyCost: null, employment: 'contractor' },
  ],
});

/** What the server would say about `input`, or null when it is valid. */
function problems(input: unknown, lang: 'en' | 'ru' = 'en'): string | null {
  const parsed = check(teamSettingsSchema(), input);
  return parsed.success ? null : describeTeamIssues(parsed.issues, input, lang);
}

describe('the team schema', () => {
  it('accepts the default team, the four roles of the articles with the content engineer a contractor', () => {
    const team = defaultTeamSettings('en');
    expect(problems(team)).toBeNull();
    expect(team.roles.map((role) => [role.id, role.contractor])).toEqual([
      ['head', false],
      ['internet-marketer', false],
      ['pr-manager', false],
      ['content-engineer', true],
    ]);
    expect(team.maxResponsible).toBe(4);
    expect(problems(valid())).toBeNull();
  });

  it('refuses a bad email, naming the person and the field', () => {
    const team = valid();
    team.people[1] = { ...team.people[1]!, email: 'boris@' };
    expect(problems(team)).toBe('Person 2 (Boris), email: "boris@" is not an email address');
    expect(problems(team, 'ru')).toBe('Человек 2 (Boris), почта: «boris@» — не адрес электронной почты');
  });

  it("refuses a person whose role is not one of the team's", () => {
    const team = valid();
    team.people[0] = { ...team.people[0]!, roleId: 'astrologer' };
    expect(problems(team)).toBe('Person 1 (Anna), role: "astrologer" is not one of the team\'s roles');
  });

  it('refuses two roles or two people of the same name, whatever the case', () => {
    const team = valid();
    team.roles.push({ id: 'copywriter', name: 'pr MANAGER', contractor: true });
    team.people.push({ ...team.people[0]!, id: 'anna-2', name: 'anna ' });
    expect(problems(team)).toBe(
      'Role 5 (pr MANAGER), name: another role is already called "pr MANAGER"; ' +
        'Person 3 (anna), name: another person is already called "anna ": tell them apart, e.g. by an initial',
    );
  });

  it('words field problems: empty name, negative cost, fractional head count, unknown mode', () => {
    const input = {
      ...valid(),
      companyHeadcount: 12.5,
      matrixColumns: 'teams',
      people: [{ ...valid().people[0], name: '  ', monthlyCost: -5 }],
    };
    expect(problems(input)).toBe(
      [
        'Company head count: must be a whole number',
        'Person 1, name: is empty',
        'Person 1, monthly cost: must be at least 0',
        'Matrix columns: must be one of: roles, people',
      ].join('; '),
    );
  });

  it('needs people for a column per person, and at least one role', () => {
    expect(problems({ ...defaultTeamSettings('en'), matrixColumns: 'people' })).toBe(
      'Matrix columns: a column per person needs at least one person in the team',
    );
    expect(problems({ ...defaultTeamSettings('en'), roles: [] })).toBe('Roles: needs at least 1');
  });

  it('hands the people to the features that read them, as copies', () => {
    const team = parse(teamSettingsSchema(), valid());
    const members = teamMembers(team);
    expect(members.map((m) => m.email)).toEqual(['anna@example.com', '']);
    members[0]!.name = 'changed';
    expect(team.people[0]?.name).toBe('Anna');
    expect(teamMembers(null)).toEqual([]);
  });
});
