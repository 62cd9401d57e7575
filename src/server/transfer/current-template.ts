/**
 * This spreadsheet's template as a file would hold it: the saved settings
 * and team, and the Roles tab's matrix read through the plan a rebuild
 * would make (so renames are followed and every letter a user set counts).
 */
import type { Lang } from '../../core/i18n/lang';
import { planRolesMatrix } from '../../core/roles-tab/plan-roles-matrix';
import type { CurrentTemplate } from '../../core/template-transfer/import-changes';
import { matrixDocumentOf, personCellsOf } from '../../core/template-transfer/matrix-export';
import { defaultTeamSettings } from '../../shared/team-settings';
import { readBuiltRolesLayout } from '../roles/roles-layout-store';
import { findRolesSheet, readSheetRegion } from '../roles/roles-tab';
import { readSettings } from '../settings-store';
import { readTeamSettings } from '../team-store';
import { templateLocaleOf } from '../template-lang';

export function readCurrentTemplate(userLang: Lang): CurrentTemplate {
  const settings = readSettings();
  const team = readTeamSettings();
  const { lang } = templateLocaleOf(settings, userLang);
  const sheet = findRolesSheet(lang);
  if (!sheet) return { settings, team, matrix: null };
  const planned = planRolesMatrix({
    team: team ?? defaultTeamSettings(lang),
    lang,
    existing: readSheetRegion(sheet),
    previous: readBuiltRolesLayout(),
  });
  if (!planned.ok) return { settings, team, matrix: null };
  return { settings, team, matrix: matrixDocumentOf(planned.plan), personCells: personCellsOf(planned.plan) };
}
