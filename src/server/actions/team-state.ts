import { defaultTeamSettings } from '../../shared/team-settings';
import type { TeamState } from '../../shared/server-api';
import { findRolesSheet } from '../roles/roles-tab';
import { readTeamSettings } from '../team-store';
import { readTemplateLocale, type TemplateLocale } from '../template-lang';

/** The saved team (or the default four roles, named in the template's language, for they go into the sheet). */
export function readTeamState(locale: TemplateLocale = readTemplateLocale()): TeamState {
  const saved = readTeamSettings();
  return {
    team: saved ?? defaultTeamSettings(locale.lang),
    teamSaved: saved !== null,
    currency: locale.currency,
    rolesTabExists: findRolesSheet(locale.lang) !== null,
  };
}
