/**
 * The matrix's columns as the team asks for them: one per role, or one per
 * person. A column's id is stable across renames ("role:pr-manager",
 * "person:p-7f3a"), and says which kind of column it is, so a rebuild after
 * the user switched between roles and people knows where letters came from.
 */
import type { MatrixColumnMode, TeamSettings } from '../../shared/team-settings';

export interface TeamColumn {
  id: string;
  name: string;
  /** The role the column stands for: its own, or the person's. */
  roleId: string;
}

export type ColumnKind = 'role' | 'person';

export function roleColumnId(roleId: string): string {
  return `role:${roleId}`;
}

export function personColumnId(personId: string): string {
  return `person:${personId}`;
}

export function columnKind(id: string): ColumnKind | null {
  if (id.startsWith('role:')) return 'role';
  if (id.startsWith('person:')) return 'person';
  return null;
}

export function modeColumnKind(mode: MatrixColumnMode): ColumnKind {
  return mode === 'roles' ? 'role' : 'person';
}

/** In the team's order, which is the order of the Roles tab's columns. */
export function teamColumns(team: TeamSettings): TeamColumn[] {
  return team.matrixColumns === 'roles'
    ? team.roles.map((role) => ({ id: roleColumnId(role.id), name: role.name, roleId: role.id }))
    : team.people.map((person) => ({ id: personColumnId(person.id), name: person.name, roleId: person.roleId }));
}
