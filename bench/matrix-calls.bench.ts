/**
 * Apps Script service calls to build the responsibility matrix — 12
 * directions × 6 roles — on the emulator, the whole server action included
 * (properties, lock, Roles and Team tabs). Every call is a round trip in
 * Apps Script, so this is the figure that decides how long the build takes;
 * it must not grow with roles or people.
 */
import { createEmulator } from '../packages/preview/addon-emulator';
import { buildResponsibilityMatrix } from '../src/server/actions/team-actions';
import { defaultTeamSettings } from '../src/shared/team-settings';
import type { BenchResults } from './measure';

function sixRoleTeam() {
  const team = defaultTeamSettings('en');
  team.roles.push(
    { id: 'designer', name: 'Designer', contractor: true },
    { id: 'copywriter', name: 'Copywriter', contractor: true },
  );
  team.people = team.roles.map((role, index) => ({
    id: `person-${index + 1}`,
    name: `Person ${index + 1}`,
    email: `person${index + 1}@example.com`,
    roleId: role.id,
    monthlyCost: 150_000,
    employment: role.contractor ? ('contractor' as const) : ('staff' as const),
  }));
  team.companyHeadcount = 80;
  return team;
}

/** A rebuild with nothing changed, its columns one per person: every column's metadata comes from one search, so 12 people cost what 3 do. */
function peopleRebuildCalls(count: number): number {
  const emulator = createEmulator({ owner: 'head@example.com' });
  const uninstall = emulator.installGlobals();
  try {
    const team = sixRoleTeam();
    team.matrixColumns = 'people';
    team.people = Array.from({ length: count }, (_, index) => ({
      ...team.people[index % team.people.length]!,
      id: `person-${index + 1}`,
      name: `Person ${index + 1}`,
      email: `person${index + 1}@example.com`,
    }));
    buildResponsibilityMatrix(team);
    emulator.calls.reset();
    buildResponsibilityMatrix(team);
    return emulator.calls.total;
  } finally {
    uninstall();
  }
}

export function benchMatrixCalls(): BenchResults {
  const emulator = createEmulator({ owner: 'head@example.com' });
  const uninstall = emulator.installGlobals();
  let built: BenchResults;
  try {
    const team = sixRoleTeam();
    emulator.calls.reset();
    buildResponsibilityMatrix(team);
    const matrixCalls = emulator.calls.total;
    emulator.calls.reset();
    buildResponsibilityMatrix(team);
    built = { matrix_calls: matrixCalls, matrix_rebuild_calls: emulator.calls.total };
  } finally {
    uninstall();
  }
  return {
    ...built,
    matrix_rebuild_calls_3_people: peopleRebuildCalls(3),
    matrix_rebuild_calls_12_people: peopleRebuildCalls(12),
  };
}
