/**
 * The "Team & roles" section: the company's head count, the department's
 * people and roles, how the matrix is laid out, the build of the Roles tab,
 * and the tab's findings with a short explanation of each. Holds the form,
 * decides when problems show, and runs the server actions through the host.
 * The drawing is in team-roles-view.ts.
 */
import type { Lang } from '../../../core/i18n/lang';
import { MATRIX_COLUMN_MODES, type MatrixColumnMode, type TeamSettings } from '../../../shared/team-settings';
import type { MatrixFindings, TeamState } from '../../../shared/server-api';
import { IDLE } from '../../action-status';
import type { VElement } from '../../view/vnode';
import { createFormController } from '../form-controller';
import type { SectionDeclaration, SectionHost, SidebarSection } from '../section';
import type { PersonDraft, TeamDraft } from './team-draft';
import {
  addPerson,
  addRole,
  discardChanges,
  formFromTeam,
  receiveTeam,
  removePerson,
  removeRole,
  setMatrixColumns,
  setScalar,
  updatePerson,
  updateRole,
  type TeamForm,
} from './team-form';
import {
  TEAM_IDS,
  personInputId,
  personRemoveId,
  roleInputId,
  roleRemoveId,
  teamFieldElementId,
} from './team-roles-ids';
import { teamRolesPlaceholderView, teamRolesView, type TeamRolesHandlers } from './team-roles-view';
import { checkTeamDraft, type TeamFieldKey } from './team-validation';

const TEAM_ROLES_SECTION_ID = 'team-roles';

function isMatrixColumnMode(value: string): value is MatrixColumnMode {
  return (MATRIX_COLUMN_MODES as readonly string[]).includes(value);
}

function isEmployment(value: string): value is PersonDraft['employment'] {
  return value === 'staff' || value === 'contractor';
}

export function createTeamRolesSection(host: SectionHost): SidebarSection {
  let serverState: Omit<TeamState, 'team'> = { teamSaved: false, currency: 'USD', rolesTabExists: false };
  const controller = createFormController<TeamForm, TeamDraft, TeamSettings, TeamFieldKey>(host, {
    check: (draft, lang) => {
      const check = checkTeamDraft(draft, lang);
      return check.ok ? { ok: true, value: check.team } : check;
    },
    elementId: teamFieldElementId,
    discard: discardChanges,
  });
  const { edit } = controller;
  let findings: MatrixFindings | null = null;
  /** The language the findings are worded in: a switch asks for them again. */
  let findingsLang: Lang | undefined;

  async function loadFindings(): Promise<void> {
    const lang = host.lang();
    findings = await host.callServer('getMatrixFindings');
    findingsLang = lang;
  }

  /** After a build or a restore: the state every section shows, then the tab's findings; "Check again" reads them if this fails. */
  async function refreshAfterBuild(): Promise<void> {
    await host.refreshState();
    await loadFindings().catch(() => undefined);
  }

  /** Without the busy state: a quiet read when the sidebar opens or changes language; a failure leaves "Check again". */
  function loadFindingsQuietly(): void {
    loadFindings()
      .catch(() => undefined)
      .finally(() => host.render());
  }

  const handlers: TeamRolesHandlers = {
    setScalar(field, value) {
      edit((current) => setScalar(current, field, value));
    },
    setMatrixColumns(value) {
      if (!isMatrixColumnMode(value)) return;
      edit((current) => setMatrixColumns(current, value));
    },
    touch(field) {
      controller.touch(field);
    },
    updatePerson(personId, part, value) {
      if (part === 'employment' && !isEmployment(value)) return;
      edit((current) => updatePerson(current, personId, { [part]: value }));
    },
    removePerson(personId) {
      const form = controller.form();
      if (!form) return;
      const people = form.draft.people;
      const index = people.findIndex((person) => person.id === personId);
      const neighbour = people[index + 1] ?? people[index - 1];
      edit((current) => removePerson(current, personId), {
        id: neighbour ? personRemoveId(neighbour.id) : TEAM_IDS.addPerson,
      });
    },
    addPerson() {
      const form = controller.form();
      if (!form) return;
      const added = addPerson(form);
      if (added) edit(() => added.form, { id: personInputId(added.personId, 'name') });
    },
    renameRole(roleId, name) {
      edit((current) => updateRole(current, roleId, { name }));
    },
    setRoleContractor(roleId, value) {
      if (!isEmployment(value)) return;
      edit((current) => updateRole(current, roleId, { contractor: value === 'contractor' }));
    },
    removeRole(roleId) {
      const form = controller.form();
      if (!form) return;
      const roles = form.draft.roles;
      const index = roles.findIndex((role) => role.id === roleId);
      const neighbour = roles[index + 1] ?? roles[index - 1];
      edit((current) => removeRole(current, roleId), { id: neighbour ? roleRemoveId(neighbour.id) : TEAM_IDS.addRole });
    },
    addRole() {
      const form = controller.form();
      if (!form) return;
      const added = addRole(form);
      if (added) edit(() => added.form, { id: roleInputId(added.roleId, 'name') });
    },
    build() {
      controller.submit({
        busy: 'busy_building_matrix',
        focusAfter: { id: TEAM_IDS.build, onlyIfLost: true },
        run: async (team) => {
          const result = await host.callServer('buildResponsibilityMatrix', team).catch(async (error: unknown) => {
            // A build that stopped on a part the tab lost: the findings name it and offer to restore it.
            await loadFindings().catch(() => undefined);
            throw error;
          });
          await refreshAfterBuild();
          return { kind: 'done', result };
        },
      });
    },
    save() {
      controller.submit({
        busy: 'busy_saving_team',
        focusAfter: { id: TEAM_IDS.build, onlyIfLost: true },
        run: async (team) => {
          host.adoptState(await host.callServer('saveTeam', team));
          return { kind: 'confirmed', message: 'team_saved' };
        },
      });
    },
    discard() {
      controller.discard({ id: TEAM_IDS.build });
    },
    restore() {
      controller.perform({
        busy: 'busy_restoring_roles',
        focusAfter: { id: TEAM_IDS.check, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('restoreRolesTab');
          await refreshAfterBuild();
          return { kind: 'done', result };
        },
      });
    },
    check() {
      controller.perform({
        busy: 'busy_checking_matrix',
        focusAfter: { id: TEAM_IDS.check, onlyIfLost: true },
        run: async () => {
          await loadFindings();
          return IDLE;
        },
      });
    },
  };

  return {
    id: TEAM_ROLES_SECTION_ID,
    receiveState(state) {
      const { team, ...rest } = state.team;
      serverState = rest;
      controller.receive((form, sentDraft) => (form ? receiveTeam(form, team, sentDraft) : formFromTeam(team)));
      // Findings are worded in the user's language; a tab that appeared (a teammate built it) has some to show.
      const stale = findings === null || findingsLang !== state.userLang;
      if (rest.rolesTabExists && stale && !host.isBusy()) loadFindingsQuietly();
    },
    view(): VElement {
      const lang = host.lang();
      const form = controller.form();
      if (!form) return teamRolesPlaceholderView(lang);
      return teamRolesView({
        lang,
        busy: host.isBusy(),
        form,
        serverState,
        ...controller.shown(lang),
        findings,
        handlers,
      });
    },
  };
}

export const section: SectionDeclaration = { order: 30, create: createTeamRolesSection };
