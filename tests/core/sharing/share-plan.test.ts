import { describe, expect, it } from 'vitest';
import { copyLinkOf, planShare } from '../../../src/core/sharing/share-plan';
import type { TeamMember } from '../../../src/shared/team';

const person = (id: string, email: string, roleId = 'pr-manager'): TeamMember => ({
  id,
  name: id,
  email,
  roleId,
  monthlyCost: null,
  employment: 'staff',
});

describe('planning a share', () => {
  const people = [
    person('anna', 'Anna@example.com', 'head'),
    person('vera', 'vera@example.com'),
    person('oleg', ''),
    person('twin', 'vera@example.com'),
  ];

  it('adds each chosen email once, skips editors, names those without an email and ids nobody has', () => {
    const plan = planShare({
      people,
      selectedIds: ['anna', 'vera', 'oleg', 'twin', 'ghost', 'vera'],
      editors: ['owner@example.com', 'anna@example.com'],
      previouslyShared: [],
    });
    expect(plan.toAdd.map((p) => p.id)).toEqual(['vera']);
    expect(plan.alreadyEditors.map((p) => p.id)).toEqual(['anna']);
    expect(plan.withoutEmail.map((p) => p.id)).toEqual(['oleg']);
    expect(plan.unknownIds).toEqual(['ghost']);
    expect(plan.sharedWith).toEqual(['vera@example.com']);
  });

  it('remembers whom it shared with while they are editors, and names those who left the team', () => {
    const plan = planShare({
      people: [person('vera', 'vera@example.com')],
      selectedIds: [],
      editors: ['owner@example.com', 'vera@example.com', 'boris@example.com'],
      previouslyShared: ['vera@example.com', 'boris@example.com', 'gone@example.com'],
    });
    expect(plan.leftTeam).toEqual(['boris@example.com']);
    expect(plan.sharedWith).toEqual(['vera@example.com', 'boris@example.com']);
  });

  it("links to the spreadsheet's copy page", () => {
    expect(copyLinkOf('1AbC-d_E')).toBe('https://docs.google.com/spreadsheets/d/1AbC-d_E/copy');
  });
});
