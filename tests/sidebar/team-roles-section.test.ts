import { describe, expect, it } from 'vitest';
import {
  TEAM_IDS,
  personInputId,
  personRemoveId,
  roleInputId,
  roleRemoveId,
} from '../../src/sidebar/sections/team-roles/team-roles-ids';
import { settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';
import { createMonthlyReportSection } from '../../src/sidebar/sections/monthly-report/monthly-report-section';
import { SIDEBAR_SECTIONS } from '../../src/sidebar/sections/registry';
import { startSidebar as startWholeSidebar, type StartOptions } from './support/start-sidebar';
import { allByTestId, byId, findById, fire, isDisabled, textOf } from './support/vnode-query';

/** Without the monthly report section, whose own server calls (reading its months) are not counted here. */
const startSidebar = (options: StartOptions = {}) =>
  startWholeSidebar({
    sections: SIDEBAR_SECTIONS.filter((section) => section !== createMonthlyReportSection),
    ...options,
  });

type Sidebar = Awaited<ReturnType<typeof startSidebar>>;

const click = (sidebar: Sidebar, id: string) => fire(byId(sidebar.view(), id), 'click');
const type = (sidebar: Sidebar, id: string, value: string) => fire(byId(sidebar.view(), id), 'input', value);
const choose = (sidebar: Sidebar, id: string, value: string) => fire(byId(sidebar.view(), id), 'change', value);
const personIds = (sidebar: Sidebar) =>
  allByTestId(sidebar.view(), 'team-person').map((row) => String(row.attrs['data-person-id']));
const roleIds = (sidebar: Sidebar) =>
  allByTestId(sidebar.view(), 'team-role').map((row) => String(row.attrs['data-role-id']));

/** Adds a person and fills in the name (and whatever else is given). */
function addPerson(
  sidebar: Sidebar,
  name: string,
  fields: { email?: string; roleId?: string; monthlyCost?: string } = {},
): string {
  click(sidebar, TEAM_IDS.addPerson);
  const id = personIds(sidebar).at(-1)!;
  type(sidebar, personInputId(id, 'name'), name);
  if (fields.email !== undefined) type(sidebar, personInputId(id, 'email'), fields.email);
  if (fields.roleId !== undefined) choose(sidebar, personInputId(id, 'roleId'), fields.roleId);
  if (fields.monthlyCost !== undefined) type(sidebar, personInputId(id, 'monthlyCost'), fields.monthlyCost);
  return id;
}

describe('the Team & roles section', () => {
  it('opens with the four default roles, nobody listed, and no extra server call', async () => {
    const sidebar = await startSidebar();
    expect(roleIds(sidebar)).toEqual(['head', 'internet-marketer', 'pr-manager', 'content-engineer']);
    expect(byId(sidebar.view(), roleInputId('content-engineer', 'contractor')).attrs.value).toBe('contractor');
    expect(personIds(sidebar)).toEqual([]);
    expect(byId(sidebar.view(), TEAM_IDS.maxResponsible).attrs.value).toBe('4');
    expect(byId(sidebar.view(), TEAM_IDS.matrixColumns).attrs.value).toBe('roles');
    expect(textOf(byId(sidebar.view(), TEAM_IDS.state))).toBe(
      'Default roles, not saved yet. There is no Roles tab yet.',
    );
    expect(findById(sidebar.view(), TEAM_IDS.checks)).toBeUndefined();
    expect(sidebar.connection.callNames()).toEqual(['getSidebarState']);
  });

  it("adds a person in the first role nobody holds, focuses the name, and follows the role's employment", async () => {
    const sidebar = await startSidebar();
    click(sidebar, TEAM_IDS.addPerson);
    const anna = personIds(sidebar)[0]!;
    expect(sidebar.lastFocus()).toEqual({ id: personInputId(anna, 'name') });
    expect(byId(sidebar.view(), personInputId(anna, 'roleId')).attrs.value).toBe('head');
    const boris = addPerson(sidebar, 'Boris');
    expect(byId(sidebar.view(), personInputId(boris, 'roleId')).attrs.value).toBe('internet-marketer');
    choose(sidebar, personInputId(boris, 'roleId'), 'content-engineer');
    expect(byId(sidebar.view(), personInputId(boris, 'employment')).attrs.value).toBe('contractor');
    expect(textOf(byId(sidebar.view(), TEAM_IDS.unsaved))).toBe('Unsaved changes');
  });

  it('will not remove a role someone holds, and says who', async () => {
    const sidebar = await startSidebar();
    addPerson(sidebar, 'Anna');
    expect(isDisabled(byId(sidebar.view(), roleRemoveId('head')))).toBe(true);
    expect(textOf(byId(sidebar.view(), `${roleRemoveId('head')}-hint`))).toBe(
      'Head of marketing is held by Anna: give them another role before removing it.',
    );
    click(sidebar, roleRemoveId('pr-manager'));
    expect(roleIds(sidebar)).toEqual(['head', 'internet-marketer', 'content-engineer']);
    expect(sidebar.lastFocus()).toEqual({ id: roleRemoveId('content-engineer') });
  });

  it('adds a custom role that people can then hold', async () => {
    const sidebar = await startSidebar();
    click(sidebar, TEAM_IDS.addRole);
    const role = roleIds(sidebar).at(-1)!;
    expect(sidebar.lastFocus()).toEqual({ id: roleInputId(role, 'name') });
    type(sidebar, roleInputId(role, 'name'), 'Designer');
    const vera = addPerson(sidebar, 'Vera', { roleId: role });
    const options = byId(sidebar.view(), personInputId(vera, 'roleId')).children.map((option) => textOf(option));
    expect(options).toContain('Designer');
  });

  it('refuses a bad email before calling the server, naming the field, and focuses it', async () => {
    const sidebar = await startSidebar();
    const anna = addPerson(sidebar, 'Anna', { email: 'anna@' });
    click(sidebar, TEAM_IDS.build);
    expect(sidebar.connection.callNames()).toEqual(['getSidebarState']);
    expect(textOf(byId(sidebar.view(), `${personInputId(anna, 'email')}-error`))).toBe(
      'Person 1 (Anna), email: "anna@" is not an email address',
    );
    expect(sidebar.lastFocus()).toEqual({ id: personInputId(anna, 'email') });
    expect(textOf(byId(sidebar.view(), TEAM_IDS.status))).toContain('Fix these before going on:');
  });

  it("builds the matrix with the checked team, then shows the tab's findings with why each matters", async () => {
    const server = new InMemoryServer();
    server.findings = [{ text: 'SMM: no one is responsible (R)', why: 'Responsible (R) does the work.' }];
    const sidebar = await startSidebar({ server });
    type(sidebar, TEAM_IDS.companyHeadcount, '60');
    addPerson(sidebar, '=IMPORTXML("http://x", "//a")', { email: ' anna@example.com ', monthlyCost: '250 000' });
    choose(sidebar, TEAM_IDS.matrixColumns, 'people');
    click(sidebar, TEAM_IDS.build);
    expect(textOf(byId(sidebar.view(), TEAM_IDS.status))).toBe('Building the responsibility matrix…');
    await settle();
    await settle();

    const sent = sidebar.connection.calls.find((call) => call.name === 'buildResponsibilityMatrix')?.args[0];
    expect(sent).toMatchObject({
      companyHeadcount: 60,
      matrixColumns: 'people',
      people: [
        {
          name: '=IMPORTXML("http://x", "//a")',
          email: 'anna@example.com',
          roleId: 'head',
          monthlyCost: 250000,
          employment: 'staff',
        },
      ],
    });
    expect(sidebar.connection.callNames()).toEqual([
      'getSidebarState',
      'buildResponsibilityMatrix',
      'getSidebarState',
      'getMatrixFindings',
    ]);
    const view = sidebar.view();
    expect(textOf(byId(view, TEAM_IDS.status))).toBe('Roles tab built.' + '4 columns');
    expect(textOf(byId(view, TEAM_IDS.state))).toBe(
      'Team saved in this spreadsheet. The Roles tab exists: building again updates it and keeps every letter.',
    );
    expect(textOf(byId(view, TEAM_IDS.checksSummary))).toBe('To put right: 1');
    expect(allByTestId(view, 'team-finding').map(textOf)).toEqual([
      'SMM: no one is responsible (R)' + 'Responsible (R) does the work.',
    ]);
    // A name that looks like a formula or markup is only ever text in the page.
    expect(byId(view, personInputId(personIds(sidebar)[0]!, 'name')).attrs.value).toBe('=IMPORTXML("http://x", "//a")');
    expect(findById(view, TEAM_IDS.unsaved)).toBeUndefined();
  });

  it('checks again on request, and reads the findings when it opens on a spreadsheet that has the tab', async () => {
    const server = new InMemoryServer();
    server.rolesTabExists = true;
    const sidebar = await startSidebar({ server });
    await settle();
    expect(sidebar.connection.callNames()).toEqual(['getSidebarState', 'getMatrixFindings']);
    expect(textOf(byId(sidebar.view(), TEAM_IDS.checksSummary))).toBe('All in order.');

    server.findings = [
      { text: 'PR manager is responsible (R) for 6 directions, above the limit of 4', why: 'Down with multitasking.' },
    ];
    click(sidebar, TEAM_IDS.check);
    await settle();
    expect(allByTestId(sidebar.view(), 'team-finding')).toHaveLength(1);
    expect(sidebar.lastFocus()).toEqual({ id: TEAM_IDS.check, onlyIfLost: true });
  });

  it('offers to restore a part the Roles tab lost, restores it, and reads the findings again', async () => {
    const server = new InMemoryServer();
    server.rolesTabExists = true;
    server.rolesTabLostPart = true;
    const sidebar = await startSidebar({ server });
    await settle();
    expect(textOf(byId(sidebar.view(), TEAM_IDS.checksSummary))).toBe('The Roles tab has lost «Check».');
    expect(textOf(byId(sidebar.view(), TEAM_IDS.restore))).toBe('Restore the missing parts');
    expect(byId(sidebar.view(), TEAM_IDS.restore).attrs['aria-describedby']).toBe(`${TEAM_IDS.restore}-hint`);

    click(sidebar, TEAM_IDS.restore);
    expect(isDisabled(byId(sidebar.view(), TEAM_IDS.restore))).toBe(true);
    await settle();
    await settle();
    expect(sidebar.connection.callNames()).toEqual([
      'getSidebarState',
      'getMatrixFindings',
      'restoreRolesTab',
      'getSidebarState',
      'getMatrixFindings',
    ]);
    expect(textOf(byId(sidebar.view(), TEAM_IDS.status))).toBe('Roles tab restored: 1 part put back («Check»).');
    expect(findById(sidebar.view(), TEAM_IDS.restore)).toBeUndefined();
    expect(textOf(byId(sidebar.view(), TEAM_IDS.checksSummary))).toBe('All in order.');
  });

  it('asks for the findings again in the new language after a switch', async () => {
    const server = new InMemoryServer();
    server.rolesTabExists = true;
    const sidebar = await startSidebar({ server });
    await settle();
    click(sidebar, 'lang-ru');
    await settle();
    await settle();
    expect(sidebar.connection.callNames()).toEqual([
      'getSidebarState',
      'getMatrixFindings',
      'setUserLang',
      'getMatrixFindings',
    ]);
    expect(textOf(byId(sidebar.view(), TEAM_IDS.title))).toBe('Команда и роли');
  });

  it('saves the team, and discards edits back to what was saved', async () => {
    const sidebar = await startSidebar();
    addPerson(sidebar, 'Anna');
    click(sidebar, TEAM_IDS.save);
    await settle();
    expect(sidebar.server.team?.people.map((p) => p.name)).toEqual(['Anna']);
    expect(textOf(byId(sidebar.view(), TEAM_IDS.status))).toBe('Team saved.');
    expect(isDisabled(byId(sidebar.view(), TEAM_IDS.save))).toBe(true);

    const anna = personIds(sidebar)[0]!;
    click(sidebar, personRemoveId(anna));
    expect(personIds(sidebar)).toEqual([]);
    expect(sidebar.lastFocus()).toEqual({ id: TEAM_IDS.addPerson });
    click(sidebar, TEAM_IDS.discard);
    expect(personIds(sidebar)).toEqual([anna]);
  });

  it('needs people before a column per person', async () => {
    const sidebar = await startSidebar();
    choose(sidebar, TEAM_IDS.matrixColumns, 'people');
    click(sidebar, TEAM_IDS.build);
    expect(textOf(byId(sidebar.view(), `${TEAM_IDS.matrixColumns}-error`))).toBe(
      'Matrix columns: a column per person needs at least one person in the team',
    );
  });
});
