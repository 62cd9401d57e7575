/**
 * Team & roles in the browser (issue 5): a person added in the sidebar, the
 * responsibility matrix built from it, the Roles tab checking itself, and a
 * second accountable (A) typed into the grid flagged by the tab's
 * the tab's native check formulas and by the sidebar's findings. Writes docs/roles-tab-en.png and
 * docs/sidebar-team-en.png for the README.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { raciMessages } from '../../src/core/i18n/raci-messages';
import { rolesTabMessages } from '../../src/core/i18n/roles-tab-messages';
import { teamMessages } from '../../src/core/i18n/team-messages';
import { DEFAULT_ROLES, DIRECTIONS } from '../../src/core/raci';
import { TEAM_IDS, personInputId } from '../../src/sidebar/sections/team-roles/team-roles-ids';
import { useBrowserSession } from './support/browser-session';
import type { PreviewPage } from './support/preview-page';

const DOCS = join(import.meta.dirname, '../../docs');
const ROLES = rolesTabMessages.en.tab_name;
const ROLE_NAMES = DEFAULT_ROLES.map((role) => role.name.en);

const session = useBrowserSession();
let sheets: PreviewPage;

beforeAll(async () => {
  ({ sheets } = await session.open());
});

const id = (value: string) => `#${value}`;

describe('Team & roles in the browser', () => {
  it('adds a person, builds the matrix and shows the Roles tab with the twelve directions, every check OK', async () => {
    const { sidebar } = sheets;
    expect(await sheets.tab(ROLES).count()).toBe(0);

    await sidebar.locator(id(TEAM_IDS.addPerson)).click();
    const personId = await sidebar.locator('[data-testid="team-person"]').last().getAttribute('data-person-id');
    if (!personId) throw new Error('the added person has no id');
    // The new person's name field has the focus, as after any "Add".
    await sidebar.locator(`${id(personInputId(personId, 'name'))}:focus`).waitFor();
    await sidebar.locator(id(personInputId(personId, 'name'))).fill('Anna Smith');
    await sidebar.locator(id(personInputId(personId, 'email'))).fill('anna@example.com');
    await sidebar.locator(id(personInputId(personId, 'roleId'))).selectOption({ label: ROLE_NAMES[1] ?? '' });

    await sidebar.locator(id(TEAM_IDS.build)).click();
    const built = translate(teamMessages, 'en', 'matrix_built', { directions: 12, columns: ROLE_NAMES.length });
    await sidebar.locator(id(TEAM_IDS.status)).filter({ hasText: built }).waitFor();
    expect(await sidebar.locator(id(TEAM_IDS.status)).textContent()).toContain('Team tab lists 1 person.');

    // The tab the person asked for is the one shown, with a column per role and the check column after them.
    await sheets.page.locator(`#grid[data-sheet="${ROLES}"]`).waitFor();
    expect(await sheets.tab('Team').count()).toBe(1);
    expect(await sheets.cellText('A1')).toBe(rolesTabMessages.en.col_direction);
    expect(await Promise.all(['B1', 'C1', 'D1', 'E1'].map((a1) => sheets.cellText(a1)))).toEqual(ROLE_NAMES);
    const checkColumn = 'F';
    expect(await sheets.cellText(`${checkColumn}1`)).toBe(rolesTabMessages.en.col_check);
    const directions = await Promise.all(Array.from({ length: 12 }, (_, row) => sheets.cellText(`A${row + 2}`)));
    expect(directions).toEqual(DIRECTIONS.map((direction) => direction.name.en));
    expect(await sheets.cellText('A14')).toBe(rolesTabMessages.en.load_label);
    const checks = await Promise.all(
      Array.from({ length: 12 }, (_, row) => sheets.cellText(`${checkColumn}${row + 2}`)),
    );
    expect(checks).toEqual(Array(12).fill(raciMessages.en.ok));

    // The sidebar read the tab's findings after the build: none.
    await sidebar
      .locator(id(TEAM_IDS.checksSummary))
      .filter({ hasText: translate(teamMessages, 'en', 'findings_none') })
      .waitFor();
    expect(await sidebar.locator(id(TEAM_IDS.findingList)).count()).toBe(0);
  });

  it('flags a second A typed into the grid, on the tab at once and in the sidebar after "Check again"', async () => {
    const { sidebar } = sheets;
    // Analytics and research (row 3): the head is accountable, the internet marketer responsible, the PR manager informed.
    expect(await sheets.cellText('A3')).toBe(DIRECTIONS[1]?.name.en);
    expect([await sheets.cellText('B3'), await sheets.cellText('D3')]).toEqual(['A', 'I']);

    await sheets.typeInCell('D3', 'A');
    await sheets.waitForCellText('D3', 'A');
    const flagged = translate(raciMessages, 'en', 'several_accountable_named', {
      count: 2,
      names: `${ROLE_NAMES[0]}, ${ROLE_NAMES[2]}`,
    });
    const cellFlag = flagged.charAt(0).toUpperCase() + flagged.slice(1);
    await sheets.waitForCellText('F3', cellFlag);
    // Only that direction: the others stay OK.
    expect(await sheets.cellText('F2')).toBe(raciMessages.en.ok);
    expect(await sheets.cellText('F4')).toBe(raciMessages.en.ok);
    // Each check cell holds its own native formula over its row: no custom function.
    await sheets.cell('F2').click();
    expect(await sheets.page.locator('#formula-content').textContent()).toMatch(/^=ARRAYFORMULA\(.*B2:E2/);
    await sheets.screenshotSheet(join(DOCS, 'roles-tab-en.png'));

    // The sidebar still shows what it read before the edit, until it is asked again.
    expect(await sidebar.locator(id(TEAM_IDS.findingList)).count()).toBe(0);
    await sidebar.locator(id(TEAM_IDS.check)).click();
    await sidebar
      .locator(id(TEAM_IDS.checksSummary))
      .filter({ hasText: translate(teamMessages, 'en', 'findings_some', { count: 1 }) })
      .waitFor();
    const findings = sidebar.locator('[data-testid="team-finding"]');
    expect(await findings.count()).toBe(1);
    expect(await findings.locator('.finding-text').textContent()).toBe(
      translate(raciMessages, 'en', 'direction_finding', { direction: DIRECTIONS[1]?.name.en ?? '', faults: flagged }),
    );
    expect(await findings.locator('.finding-why').textContent()).toBe(raciMessages.en.why_several_accountable);

    // The section's lower part: the build, its outcome and the findings.
    await sheets.screenshotSidebarDownTo(id(TEAM_IDS.checks), join(DOCS, 'sidebar-team-en.png'));
  });
});
