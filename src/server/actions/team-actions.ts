/**
 * The sidebar's "Team & roles" actions: read and save the team, build or
 * update the Roles and Team tabs, and read the matrix's findings.
 */
import { translate } from '../../core/i18n/catalog';
import { teamMessages } from '../../core/i18n/team-messages';
import { rolesTabMessages } from '../../core/i18n/roles-tab-messages';
import { missingPartNames } from '../../core/roles-tab/missing-parts';
import type { RolesMatrixPlan } from '../../core/roles-tab/plan-roles-matrix';
import { rolesTabFindings } from '../../core/roles-tab/roles-tab-findings';
import type { Lang } from '../../core/i18n/lang';
import { defaultTeamSettings, type TeamSettings } from '../../shared/team-settings';
import type { ActionResult, MatrixFindings, SidebarState, TeamState } from '../../shared/server-api';
import { withDocumentLock } from '../document-lock';
import { parseTeamSettings } from '../parse-team';
import { readBuiltRolesLayout } from '../roles/roles-layout-store';
import { ROLES_ANCHORS, buildRolesTab, buildTeamTab, findRolesSheet, type TeamTabResult } from '../roles/roles-tab';
import { readRolesTabView } from '../roles/roles-tab-view-reader';
import { moveBackDeletedColumns, repairRolesTab } from '../roles/restore-roles-tab';
import { findAnchoredSheet, readColumnAnchors } from '../anchored/anchored-sheet';
import { columnLetters } from '../../core/a1-notation';
import { readTeamSettings, teamTexts, writeTeamSettings } from '../team-store';
import { assertDocumentPropertiesHold } from '../property-room';
import { readTemplateLocale } from '../template-lang';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { authorizeStructureChange, followTeamHeads, refuseHeadlessTeamWhileLocked } from '../sharing/structure-access';
import { getSidebarState } from './sidebar-state-actions';
import { readTeamState } from './team-state';
import { checkedCall, entryPointCall } from '../entry-point-spec';
import { teamSettingsSchema } from '../../shared/team-settings';

/** The team alone, for a caller that needs no more of the sidebar's state. */
export function getTeamState(): TeamState {
  return readTeamState();
}

export function saveTeam(input: unknown): SidebarState {
  const lang = currentUserLang();
  const team = parseTeamSettings(input, lang);
  withDocumentLock(lang, () => {
    const access = authorizeStructureChange(lang);
    refuseHeadlessTeamWhileLocked(team, lang);
    assertDocumentPropertiesHold(teamTexts(team), lang);
    writeTeamSettings(team);
    followTeamHeads(access, team);
  });
  return getSidebarState();
}

export function buildResponsibilityMatrix(input: unknown): ActionResult {
  const userLang = currentUserLang();
  const team = parseTeamSettings(input, userLang);
  return withDocumentLock(userLang, () => {
    const access = authorizeStructureChange(userLang);
    refuseHeadlessTeamWhileLocked(team, userLang);
    assertDocumentPropertiesHold(teamTexts(team), userLang);
    writeTeamSettings(team);
    followTeamHeads(access, team);
    const { lang, currency } = readTemplateLocale(userLang);
    const policy = access.policyFor(team);
    const roles = buildRolesTab(team, lang, policy);
    if (!roles.ok) throw new UserFacingError(translate(teamMessages, userLang, 'foreign_tab', { name: roles.tabName }));
    // The matrix is built either way; only the list of people cannot go where a tab of that name is someone else's.
    const teamTab = buildTeamTab(team, lang, currency, policy);
    // A Team tab just inserted became the active one; the person asked for the matrix, so show it.
    roles.sheet.activate();
    return matrixResult(roles.plan, roles.created, roles.notKept, teamTab, team, userLang, roles.typedOver);
  });
}

export function getMatrixFindings(): MatrixFindings {
  const userLang = currentUserLang();
  const { lang } = readTemplateLocale(userLang);
  const anchored = findAnchoredSheet(ROLES_ANCHORS);
  const sheet = anchored ?? findRolesSheet(lang);
  const layout = readBuiltRolesLayout();
  const read = sheet ? readRolesTabView(sheet, layout, anchored !== null) : ({ kind: 'not_ours' } as const);
  if (read.kind === 'not_ours')
    return { rolesTabExists: false, summary: translate(teamMessages, userLang, 'findings_no_tab'), findings: [] };
  if (read.kind === 'missing') {
    // Worded as the build's stop, in the user's language, with the tab's own names for the parts; the sidebar offers the restore.
    const parts = missingPartNames(lang, read.missing);
    return {
      rolesTabExists: true,
      summary: translate(rolesTabMessages, userLang, 'missing_parts', { parts }),
      findings: [],
      restorable: true,
    };
  }
  const findings = rolesTabFindings(read.view, layout, userLang);
  return {
    rolesTabExists: true,
    summary:
      findings.length === 0
        ? translate(teamMessages, userLang, 'findings_none')
        : translate(teamMessages, userLang, 'findings_some', { count: findings.length }),
    findings,
  };
}

/**
 * Puts back the Roles tab's parts a person deleted (repair-roles-tab.ts),
 * then builds as always; says what came back only once the tab, read
 * again, shows every part in place and every cell of a person's as it was.
 */
export function restoreRolesTab(): ActionResult {
  const userLang = currentUserLang();
  const t = (key: keyof (typeof teamMessages)['en'], params?: Record<string, string | number>) =>
    translate(teamMessages, userLang, key, params);
  return withDocumentLock(userLang, () => {
    const access = authorizeStructureChange(userLang);
    const team = savedOrDefaultTeam();
    const { lang } = readTemplateLocale(userLang);
    const sheet = findAnchoredSheet(ROLES_ANCHORS);
    if (!sheet) throw new UserFacingError(t('restore_no_tab'));
    const policy = access.policyFor(team);
    const layout = readBuiltRolesLayout();
    const anchoredBefore = readColumnAnchors(sheet, ROLES_ANCHORS);
    const repair = repairRolesTab(sheet, team, lang, policy, ROLES_ANCHORS);
    if (repair.stuck) throw new UserFacingError(t('restore_label_lost'));
    if (repair.restored.length === 0) return { message: t('restore_nothing'), details: [] };
    let roles = buildRolesTab(team, lang, policy);
    if (!roles.ok) throw new UserFacingError(translate(teamMessages, userLang, 'foreign_tab', { name: roles.tabName }));
    // A role's (person's) column deleted with a part goes back where it was, not at the end where the build adds it.
    const columnsBack = repair.restored.includes('block')
      ? []
      : moveBackDeletedColumns(sheet, layout, anchoredBefore, team);
    if (columnsBack.length > 0) {
      roles = buildRolesTab(team, lang, policy);
      if (!roles.ok)
        throw new UserFacingError(translate(teamMessages, userLang, 'foreign_tab', { name: roles.tabName }));
    }
    roles.sheet.activate();
    const check = readRolesTabView(sheet, readBuiltRolesLayout(), true);
    if (check.kind !== 'view')
      throw new UserFacingError(
        t('restore_incomplete', {
          parts: missingPartNames(lang, check.kind === 'missing' ? check.missing : ['label', 'check']),
        }),
      );
    const notKept = [...repair.notKept, ...roles.notKept];
    const parts = repair.restored.filter((part): part is Exclude<typeof part, 'block'> => part !== 'block');
    const message = repair.restored.includes('block')
      ? t('restored_block', { columns: `A–${columnLetters(repair.blockColumns)}` })
      : t('restored_parts', {
          count: new Set(parts).size + columnsBack.length,
          parts: [missingPartNames(lang, parts), ...columnsBack.map((name) => `«${name}»`)].join(', '),
        });
    return {
      message,
      details: [notKept.length > 0 ? t('cells_not_kept', { cells: notKept.join(', ') }) : t('restored_kept')],
    };
  });
}

/** The saved team, or the default one: what the menu item builds from. */
export function savedOrDefaultTeam(): TeamSettings {
  return readTeamSettings() ?? defaultTeamSettings(readTemplateLocale().lang);
}

function matrixResult(
  plan: RolesMatrixPlan,
  created: boolean,
  notKept: readonly string[],
  teamTab: TeamTabResult,
  team: TeamSettings,
  lang: Lang,
  typedOver: readonly string[] = [],
): ActionResult {
  const t = (key: keyof (typeof teamMessages)['en'], params?: Record<string, string | number>) =>
    translate(teamMessages, lang, key, params);
  const counts = { directions: plan.rows.length, columns: plan.columns.length };
  const unmergedPeople = new Set(plan.unmerged.flatMap((role) => role.people));
  const kept = plan.columns.filter((column) => column.kept && !column.unmapped).map((column) => column.name);
  const unmapped = plan.columns
    .filter((column) => column.unmapped && !unmergedPeople.has(column.name))
    .map((column) => column.name);
  const custom = plan.rows.filter((row) => row.directionId === null).map((row) => row.name);
  const details = [
    ...(plan.switchedMode ? [t(plan.mode === 'people' ? 'columns_are_people' : 'columns_are_roles')] : []),
    ...plan.unmerged.map((role) =>
      t('unmerged_people', {
        role: role.roleName,
        people: role.people.join(', '),
        directions: role.directions.join(', '),
      }),
    ),
    ...(unmapped.length > 0 ? [t('unmapped_columns', { names: unmapped.join(', ') })] : []),
    ...(kept.length > 0 ? [t('kept_columns', { names: kept.join(', ') })] : []),
    ...(custom.length > 0 ? [t('custom_rows', { names: custom.join(', ') })] : []),
    ...(notKept.length > 0 ? [t('cells_not_kept', { cells: notKept.join(', ') })] : []),
    ...(typedOver.length > 0 ? [t('typed_over_checks', { cells: typedOver.join(', ') })] : []),
    teamTabDetail(teamTab, team, t),
  ];
  // "Every letter you set is kept" only once the tab, read back, showed it.
  const message = created ? 'matrix_built' : notKept.length === 0 ? 'matrix_updated' : 'matrix_updated_unchecked';
  return { message: t(message, counts), details };
}

function teamTabDetail(
  teamTab: TeamTabResult,
  team: TeamSettings,
  t: (key: keyof (typeof teamMessages)['en'], params?: Record<string, string | number>) => string,
): string {
  if (!teamTab.ok) return t('team_tab_foreign', { name: teamTab.tabName });
  if (teamTab.edited.length > 0) return t('team_tab_edited', { cells: teamTab.edited.join(', ') });
  return t('team_tab_written', { people: team.people.length });
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  getTeamState: entryPointCall(getTeamState, [], 'Sidebar: the team, its roles and the matrix settings.'),
  saveTeam: checkedCall(saveTeam, ['team'], 'Sidebar: checks and saves the team.', [teamSettingsSchema]),
  buildResponsibilityMatrix: checkedCall(
    buildResponsibilityMatrix,
    ['team'],
    'Sidebar: saves the team and builds or updates the Roles and Team tabs.',
    [teamSettingsSchema],
  ),
  getMatrixFindings: entryPointCall(
    getMatrixFindings,
    [],
    "Sidebar: the Roles tab's checks, each with a short explanation.",
  ),
  /** Puts back the Roles tab's parts a person deleted, keeping every other cell; says what came back, after checking. */
  restoreRolesTab: entryPointCall(
    restoreRolesTab,
    [],
    "Sidebar: puts back the Roles tab's parts a person deleted, keeping every other cell.",
  ),
});
