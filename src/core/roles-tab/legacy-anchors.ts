/**
 * A Roles tab built before its columns carried developer metadata: which of
 * its matrix columns is which, by the names in its header, so each can be
 * anchored where it stands and the tab is from then on updated in place
 * like any other (anchored-roles-update.ts), never rewritten in one block.
 * A header is a team column's when it carries that column's current name or
 * the name the last build wrote for it; a column no name claims (one a
 * person inserted, or a header they typed) gets no anchor, so it is theirs.
 */
import type { TeamSettings } from '../../shared/team-settings';
import type { BuiltRolesLayout } from './built-layout';
import { personColumnId, roleColumnId } from './matrix-columns';
import { nameKey, type RolesTabStructure, type SheetRegion } from './read-roles-tab';

/** 0-based region column → the id its anchor gets; each id at most once, at its first column. */
export function legacyColumnIds(
  region: SheetRegion,
  structure: RolesTabStructure,
  team: TeamSettings,
  previous: BuiltRolesLayout | null,
): Map<number, string> {
  const idByName = new Map<string, string>();
  // The last build's names first, then the team's: a current name wins over a name another column had.
  for (const built of previous?.columns ?? []) if (built.id) idByName.set(built.name.trim().toLowerCase(), built.id);
  const current = team.matrixColumns === 'roles' ? 'roles' : 'people';
  const roles = team.roles.map((role) => [role.name, roleColumnId(role.id)] as const);
  const people = team.people.map((person) => [person.name, personColumnId(person.id)] as const);
  // The current kind's names last, so a person named like a role is the person when the matrix is by people.
  for (const [name, id] of current === 'roles' ? [...people, ...roles] : [...roles, ...people])
    idByName.set(name.trim().toLowerCase(), id);
  const ids = new Map<number, string>();
  const used = new Set<string>();
  for (let column = 1; column < structure.checkColumn; column++) {
    const id = idByName.get(nameKey(region.values[0]?.[column] ?? ''));
    if (id === undefined || used.has(id)) continue;
    ids.set(column, id);
    used.add(id);
  }
  return ids;
}
