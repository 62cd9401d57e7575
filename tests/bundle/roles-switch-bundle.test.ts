/**
 * Switching the Roles tab's columns between roles and people, on the pushed
 * bundle in the emulator: every letter a person typed is still there, at
 * the same direction and the same role (or person), or the sidebar names the
 * cells it could not map and they stay visible. And the Team tab: a person's
 * edit there is never accepted and then silently reverted.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, DIRECTIONS } from '../../src/core/raci';
import type { ActionResult } from '../../src/shared/server-api';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { bundleOnEmulator, type BundleOnEmulator } from './bundle-on-emulator';

function person(id: string, name: string, roleId: string): TeamMember {
  return { id, name, email: `${id}@example.com`, roleId, monthlyCost: 150_000, employment: 'staff' };
}

const PEOPLE = [
  person('anna', 'Anna', 'head'),
  person('ivan', 'Ivan', 'internet-marketer'),
  person('vera', 'Vera', 'pr-manager'),
  person('oleg', 'Oleg', 'content-engineer'),
];

function team(mode: TeamSettings['matrixColumns'], people: TeamMember[] = PEOPLE): TeamSettings {
  return { ...defaultTeamSettings('en'), people, matrixColumns: mode };
}

function build(app: BundleOnEmulator, settings: TeamSettings): ActionResult {
  return app.run('buildResponsibilityMatrix', settings) as ActionResult;
}

/**
 * Letter cells of the matrix by direction × column header, as the tab shows them now: a column the build
 * hid beside the matrix (every letter it holds is in the matrix too) is not shown, and not listed.
 */
function lettersByIdentity(app: BundleOnEmulator): Map<string, unknown> {
  const snapshot = app.emulator.snapshot('Roles');
  const values = snapshot.values;
  const header = values[0] ?? [];
  const hidden = new Set(snapshot.hiddenColumns);
  const cells = new Map<string, unknown>();
  DIRECTIONS.forEach((_, index) => {
    const row = values[1 + index] ?? [];
    header.forEach((name, column) => {
      if (column > 0 && name !== 'Check' && name !== '' && !hidden.has(column + 1))
        cells.set(`${String(row[0])} × ${String(name)}`, row[column]);
    });
  });
  return cells;
}

function typeIn(app: BundleOnEmulator, a1: string, value: string): void {
  const sheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
  sheet?.getRange(a1).setValue(value);
}

describe('switching the matrix between roles and people (pushed bundle)', () => {
  it('roles → people → roles keeps a second A a person typed, and every other letter, where it was', () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    // PR × PR manager: the head already holds the A; a person gives the PR manager one too (a fault the check shows).
    const prRow = 2 + DIRECTIONS.findIndex((direction) => direction.id === 'pr');
    typeIn(app, `D${prRow}`, 'R/A');
    typeIn(app, 'E2', 'C');
    const before = lettersByIdentity(app);
    expect(before.get('PR × PR manager')).toBe('R/A');

    const toPeople = build(app, team('people'));
    expect(toPeople.details.join(' ')).not.toMatch(/could not/i);
    const people = lettersByIdentity(app);
    expect(people.get('PR × Vera')).toBe('R/A');
    expect(people.get('PR × Anna')).toBe('A');
    expect(people.get('Strategy × Oleg')).toBe('C');

    build(app, team('roles'));
    expect(lettersByIdentity(app)).toEqual(before);
  });

  it("gives a role's A to its first person only, and gathers it back, so a round trip changes nothing", () => {
    const app = bundleOnEmulator();
    const two = [...PEOPLE, person('boris', 'Boris', 'head')];
    build(app, team('roles', two));
    const before = lettersByIdentity(app);
    build(app, team('people', two));
    const people = lettersByIdentity(app);
    expect(people.get('Strategy × Anna')).toBe('R/A');
    expect(people.get('Strategy × Boris')).toBe('R');
    build(app, team('roles', two));
    expect(lettersByIdentity(app)).toEqual(before);
  });

  it("keeps the people's columns visible and names the cells when people of one role hold different letters", () => {
    const app = bundleOnEmulator();
    const two = [...PEOPLE, person('boris', 'Boris', 'head')];
    build(app, team('people', two));
    // Anna and Boris are both heads of marketing; Boris now does the SEO analytics himself.
    const values = app.emulator.snapshot('Roles').values;
    const borisColumn = (values[0] ?? []).indexOf('Boris');
    const analyticsRow = 2 + DIRECTIONS.findIndex((direction) => direction.id === 'analytics');
    typeIn(app, `${String.fromCharCode(65 + borisColumn)}${analyticsRow}`, 'R');
    const typed = lettersByIdentity(app);

    const result = build(app, team('roles', two));
    const said = result.details.join('\n');
    expect(said).toContain('Anna, Boris');
    expect(said).toContain('Analytics');
    // Every letter is where it was, and the check of the tab read back says so.
    expect(result.message).toMatch(/every letter you set is kept/);
    const after = lettersByIdentity(app);
    // Their columns are still there, every cell as it was; the role's column starts empty.
    for (const [key, value] of typed) {
      if (key.endsWith('× Anna') || key.endsWith('× Boris')) expect(after.get(key), key).toBe(value);
    }
    const head = DEFAULT_ROLES[0]?.name.en ?? '';
    expect(DIRECTIONS.map((direction) => after.get(`${direction.name.en} × ${head}`))).toEqual(
      DIRECTIONS.map(() => ''),
    );
    // The others' letters moved to their roles.
    expect(after.get('PR × PR manager')).toBe('R');
  });
});

describe('the Team tab (pushed bundle)', () => {
  const teamSheet = (app: BundleOnEmulator) =>
    app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Team');

  it("leaves a person's edit on the tab as it is and says the team is edited in the sidebar, never reverting it silently", () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    expect(app.emulator.snapshot('Team').notes[0]?.[0]).toMatch(/edited in the sidebar/);
    // Protected as the add-on's other cells: a warning before the spreadsheet is shared, saying where the team is edited.
    const protection = app.emulator.snapshot('Team').protections;
    expect(protection.map((p) => [p.range, p.warningOnly])).toEqual([['Team!A1:E5', true]]);
    expect(protection[0]?.description).toMatch(/the team is edited in the sidebar/);
    teamSheet(app)?.getRange('B3').setValue('ivan.petrov@example.com');
    const result = build(app, team('roles'));
    expect(result.details.at(-1)).toMatch(
      /^The Team tab was changed by hand \(B3\), so it was left as it is: the team is edited in the sidebar/,
    );
    expect(app.emulator.snapshot('Team').values[2]?.[1]).toBe('ivan.petrov@example.com');

    // The same change made in the sidebar: the tab and the team agree, and the next build writes the tab again.
    const fixed = team(
      'roles',
      PEOPLE.map((member) => (member.id === 'ivan' ? { ...member, email: 'ivan.petrov@example.com' } : member)),
    );
    fixed.people.push(person('boris', 'Boris', 'head'));
    const rebuilt = build(app, fixed);
    expect(rebuilt.details.at(-1)).toBe('Team tab lists 5 people.');
    expect(
      app.emulator
        .snapshot('Team')
        .values.slice(1, 6)
        .map((row) => row[1]),
    ).toEqual([
      'anna@example.com',
      'ivan.petrov@example.com',
      'vera@example.com',
      'oleg@example.com',
      'boris@example.com',
    ]);
  });

  it("counts a row typed right under the table as a person's when the table would grow over it, and writes afresh once the tab is deleted", () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    teamSheet(app)?.getRange('A6').setValue('Total');
    const grown = team('roles', [...PEOPLE, person('boris', 'Boris', 'head')]);
    expect(build(app, grown).details.at(-1)).toMatch(/\(A6\)/);
    expect(app.emulator.snapshot('Team').values[5]?.[0]).toBe('Total');

    const spreadsheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = teamSheet(app);
    if (sheet) spreadsheet.deleteSheet(sheet);
    expect(build(app, grown).details.at(-1)).toBe('Team tab lists 5 people.');
    expect(app.emulator.snapshot('Team').values[5]?.[0]).toBe('Boris');
  });

  it('reads "ru" messages for a Russian user', () => {
    const app = bundleOnEmulator({ locale: 'ru_RU' });
    const russian = team('roles');
    app.run('buildResponsibilityMatrix', russian);
    const sheetName = 'Команда';
    app.emulator.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(sheetName)
      ?.getRange('A2')
      .setValue('Анна Иванова');
    const result = app.run('buildResponsibilityMatrix', russian) as ActionResult;
    expect(result.details.at(-1)).toMatch(/^Лист «Команда» изменён вручную \(A2\)/);
  });
});

describe('names that look like numbers (pushed bundle)', () => {
  it('stay the text typed in the Roles and Team tabs, and a rebuild still finds their columns', () => {
    const app = bundleOnEmulator();
    const settings = team('roles');
    settings.roles = [
      ...settings.roles,
      { id: 'ten', name: '10%', contractor: false },
      { id: 'date', name: '01/02/2025', contractor: true },
    ];
    settings.people = [...PEOPLE, { ...person('zero', '00123', 'ten'), email: 'zero@example.com' }];
    build(app, settings);
    const header = () => (app.emulator.snapshot('Roles').values[0] ?? []).slice(5, 7);
    expect(header()).toEqual(['10%', '01/02/2025']);
    typeIn(app, 'F3', 'R');
    const result = build(app, settings);
    expect(result.message).toMatch(/every letter you set is kept/);
    expect(header()).toEqual(['10%', '01/02/2025']);
    expect(app.emulator.snapshot('Roles').values[2]?.[5]).toBe('R');
    expect(app.emulator.snapshot('Team').values[5]?.slice(0, 3)).toEqual(['00123', 'zero@example.com', '10%']);
  });
});

describe('renamed tabs (pushed bundle)', () => {
  it('finds the Roles and Team tabs a person renamed, keeps their names and their letters, and makes no new tab', () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    const spreadsheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName('Roles')?.setName('RACI 2026');
    spreadsheet.getSheetByName('Team')?.setName('Our people');
    spreadsheet.getSheetByName('RACI 2026')?.getRange('E3').setValue('C');
    const result = build(app, team('roles'));
    expect(result.message).toMatch(/^Roles tab updated: .*every letter you set is kept/);
    expect(
      spreadsheet
        .getSheets()
        .map((sheet) => sheet.getName())
        .sort(),
    ).toEqual(['Our people', 'RACI 2026', 'Sheet1']);
    expect(app.emulator.snapshot('RACI 2026').values[2]?.[4]).toBe('C');
    expect(app.emulator.snapshot('Our people').values[1]?.[0]).toBe('Anna');
    // The sidebar's checks read the renamed tab too.
    const findings = app.run('getMatrixFindings') as { rolesTabExists: boolean };
    expect(findings.rolesTabExists).toBe(true);
  });

  it('leaves alone a tab of the old name that someone else made, and keeps building the renamed one', () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    const spreadsheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName('Roles')?.setName('RACI');
    spreadsheet.insertSheet('Roles').getRange('A1').setValue('my own notes');
    build(app, team('roles'));
    expect(app.emulator.snapshot('Roles').values).toEqual([['my own notes']]);
    expect(app.emulator.snapshot('RACI').values[0]?.[0]).toBe('Direction');
  });
});

describe("a person's notes on the Roles tab (pushed bundle)", () => {
  it("stay on the direction and header cells through rebuilds, beside the add-on's own notes", () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    const sheet = () => app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
    sheet()?.getRange('A3').setNote('Ivan takes this over in May');
    sheet()?.getRange('B1').setNote('Anna until the autumn');
    const fewer = team('roles');
    fewer.roles = fewer.roles.filter((role) => role.id !== 'content-engineer');
    fewer.people = fewer.people.filter((member) => member.roleId !== 'content-engineer');
    build(app, fewer);
    const notes = app.emulator.snapshot('Roles').notes;
    expect(notes[2]?.[0]).toBe('Ivan takes this over in May');
    expect(notes[0]?.[1]).toBe('Anna until the autumn');
    // The removed role's column is kept with the add-on's note; back in the team, the note goes.
    expect(notes[0]?.[4]).toMatch(/^Not in the team any more/);
    build(app, team('roles'));
    expect(app.emulator.snapshot('Roles').notes[0]?.[4]).toBe('');
    expect(app.emulator.snapshot('Roles').notes[2]?.[0]).toBe('Ivan takes this over in May');
  });
});

describe('the cells around the matrix (pushed bundle)', () => {
  it('are checked after the build too: a comment column and a block under the tab arrive where the build put them', () => {
    const app = bundleOnEmulator();
    build(app, team('roles'));
    const sheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
    sheet?.getRange('H1:H3').setValues([['Comment'], [''], ['ask Ivan']]);
    sheet?.getRange('A30:B30').setValues([['Our own total', "'00123"]]);
    const bigger = team('roles');
    bigger.roles = [...bigger.roles, { id: 'designer', name: 'Designer', contractor: true }];
    const result = build(app, bigger);
    expect(result.message).toMatch(/every letter you set is kept/);
    const values = app.emulator.snapshot('Roles').values;
    expect(values[2]?.[8]).toBe('ask Ivan');
    expect(values[29]?.slice(0, 2)).toEqual(['Our own total', '00123']);
  });
});
