import type { MatrixColumnMode } from '../../shared/team-settings';

/**
 * What the last build wrote into the Roles tab's header, stored beside the
 * team (document properties) so the next build can follow a rename: the tab
 * still shows the old name, the team the new one, and the id joins them.
 */
export interface BuiltColumn {
  /** `role:…` or `person:…`; `null` for a column a user added in the sheet. */
  id: string | null;
  /** The header as the build wrote it. */
  name: string;
  /** The role the column stood for (a person's role), so letters can move when columns switch between roles and people. */
  roleId: string | null;
  /** Kept only because it holds letters: no longer in the team. */
  kept: boolean;
}

export interface BuiltRolesLayout {
  mode: MatrixColumnMode;
  columns: BuiltColumn[];
  /** Ids of the columns beside the matrix this build hid (every letter they hold is in the matrix), so a later build shows only those again. */
  hidden?: string[];
}
