/**
 * Building the Roles tab on the emulator: the real server action, the real
 * custom functions evaluating in the cells, and what a rebuild keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, DIRECTIONS, defaultRaciMatrix, formatRaciCell } from '../../src/core/raci';
import { createEmulator, type Emulator } from '../../packages/preview/addon-emulator';
import { EmulatedRange } from 'sheets-emulator';
import { buildResponsibilityMatrix } from '../../src/server/actions/team-actions';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function emulatorWithGlobals(locale = 'en_US'): Emulator {
  const emulator = createEmulator({ owner: 'head@example.com', locale });
  uninstall = emulator.installGlobals();
  return emulator;
}

function person(id: string, name: string, roleId: string, extra: Partial<TeamMember> = {}): TeamMember {
  return { id, name, email: `${id}@example.com`, roleId, monthlyCost: 200_000, employment: 'staff', ...extra };
}

function teamWith(overrides: Partial<TeamSettings> = {}): TeamSettings {
  return { ...defaultTeamSettings('en'), ...overrides };
}

function tab(emulator: Emulator) {
  return emulator.snapshot('Roles');
}

/** The matrix block (rows 2–13, columns from B) as the sheet shows it. */
function matrixOf(emulator: Emulator, columns: number, rows = DIRECTIONS.length): unknown[][] {
  return tab(emulator)
    .values.slice(1, 1 + rows)
    .map((row) => row.slice(1, 1 + columns));
}

function sheet(emulator: Emulator) {
  const found = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
  if (!found) throw new Error('no Roles tab');
  return found;
}

describe('building the Roles tab', () => {
  it('writes the twelve directions × four roles, pre-filled from the role descriptions, and every check evaluates to OK', () => {
    const emulator = emulatorWithGlobals();
    const result = buildResponsibilityMatrix(teamWith());
    expect(result.message).toBe('Roles tab built: 12 directions × 4 columns, pre-filled from the role descriptions.');

    const snapshot = tab(emulator);
    expect(snapshot.values[0]?.slice(0, 6)).toEqual([
      'Direction',
      ...DEFAULT_ROLES.map((role) => role.name.en),
      'Check',
    ]);
    expect(snapshot.values.slice(1, 13).map((row) => row[0])).toEqual(DIRECTIONS.map((d) => d.name.en));
    expect(matrixOf(emulator, 4)).toEqual(defaultRaciMatrix().map((row) => row.map(formatRaciCell)));
    // A native check per direction and per column: no custom function anywhere on the tab.
    expect(snapshot.formulas[1]?.[5]).toMatch(/^=ARRAYFORMULA\(.*ISTEXT\(B2:E2\).*\$B\$1:\$E\$1/);
    expect(snapshot.formulas[12]?.[5]).toMatch(/ISTEXT\(B13:E13\)/);
    expect(snapshot.formulas.flat().join('\n')).not.toMatch(/RACI_CHECK|ROLE_LOAD|STAFFING_CHECK/);
    expect(snapshot.values.slice(1, 13).map((row) => row[5])).toEqual(new Array(12).fill('OK'));
    expect(snapshot.values[13]?.slice(0, 5)).toEqual([
      'Load (R · A)',
      'R 2 · A 11',
      'R 3 · A 1',
      'R 4 · A 0',
      'R 3 · A 0',
    ]);
    expect(snapshot.errors.flat().filter((error) => error !== null)).toEqual([]);
  });

  it('puts a drop-down on the matrix that allows other text, so the checks can name a bad cell', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const validation = tab(emulator).validations[1]?.[1];
    expect(validation).toMatchObject({
      criteriaType: 'VALUE_IN_LIST',
      criteriaValues: [['R', 'A', 'C', 'I', 'R/A'], true],
      allowInvalid: true,
    });
    expect(tab(emulator).validations[13]?.[1]).toBeNull();
    expect(tab(emulator).validations[1]?.[5]).toBeNull();
  });

  it('flags faults in words as the team edits cells, and reads lower case and "R/A"-style cells', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const roles = sheet(emulator);
    roles.getRange('B2:E2').setValues([['r', 'a', '', '']]); // Strategy: fine, typed in lower case
    roles.getRange('D8').setValue('A'); // PR: the PR manager now holds a second A, and no one is R
    roles.getRange('C4').setValue('A / R'); // Content marketing: the internet marketer answers and does
    const checks = tab(emulator)
      .values.slice(1, 13)
      .map((row) => row[5]);
    expect(checks[0]).toBe('OK');
    expect(checks[2]).toBe('OK');
    expect(checks[6]).toBe(
      '2 are accountable (A): Head of marketing, PR manager — keep exactly one; no one is responsible (R)',
    );
    // A cell the checks cannot read stops only its own direction and column, and says which.
    roles.getRange('C10').setValue('X');
    const after = tab(emulator).values;
    expect(after[9]?.[5]).toBe('Not R, A, C or I: Internet marketer — pick a letter from the drop-down');
    expect(after[13]?.[2]).toBe(`Not R, A, C or I: ${DIRECTIONS[8]?.name.en} — pick a letter from the drop-down`);
    expect(after[1]?.[5]).toBe('OK');
  });

  it('flags an overloaded role in the load row, at the limit the team chose', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith({ maxResponsible: 3 }));
    const load = tab(emulator).values[13]?.slice(1, 5);
    expect(load).toEqual(['R 2 · A 11', 'R 3 · A 1', 'R 4 · A 0 — overloaded (limit 3)', 'R 3 · A 0']);
    expect(tab(emulator).formulas[13]?.[1]).toMatch(/^=ARRAYFORMULA\(.*ISTEXT\(B\$2:B\$13\).*\$B\$18/);
  });

  it('checks the department size once the head count and people are known', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const staffing = () => tab(emulator).values[18]?.[1];
    expect(staffing()).toBe("Enter the company's head count and the department's people in the sidebar (Team & roles)");
    buildResponsibilityMatrix(
      teamWith({
        companyHeadcount: 120,
        people: [person('anna', 'Anna', 'head'), person('ivan', 'Ivan', 'internet-marketer')],
      }),
    );
    expect(staffing()).toMatch(/^2 people in the department for a company of 120 employees/);
    buildResponsibilityMatrix(
      teamWith({
        companyHeadcount: 120,
        people: [
          person('anna', 'Anna', 'head'),
          person('ivan', 'Ivan', 'internet-marketer'),
          person('vera', 'Vera', 'pr-manager'),
        ],
      }),
    );
    expect(staffing()).toBe('OK');
  });

  it('protects only its computed cells, with a warning, and never piles protections up', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    buildResponsibilityMatrix(teamWith());
    const protections = tab(emulator).protections;
    expect(protections.map((p) => [p.range, p.warningOnly])).toEqual([
      ['Roles!F1:F13', true],
      ['Roles!A14:F14', true],
      ['Roles!B16:B19', true],
    ]);
    expect(protections.every((p) => p.description.startsWith('Marketing KPI:'))).toBe(true);
    expect(emulator.spreadsheetSnapshot().namedRanges).toContainEqual({ name: 'RACI_Matrix', range: 'Roles!B2:E13' });
  });

  it('writes the direction names in the template language and Russian checks in a Russian spreadsheet', () => {
    const emulator = emulatorWithGlobals('ru_RU');
    buildResponsibilityMatrix(defaultTeamSettings('ru'));
    const snapshot = emulator.snapshot('Роли');
    expect(snapshot.values[0]?.[0]).toBe('Направление');
    expect(snapshot.values[1]?.[0]).toBe('Стратегия');
    expect(snapshot.values[1]?.[5]).toBe('ОК');
  });
});

describe('rebuilding the Roles tab', () => {
  it('keeps every letter a user set when a role is added and another renamed', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const roles = sheet(emulator);
    roles.getRange('E6').setValue('C'); // SMM × content engineer: was C, stays C
    roles.getRange('D9').setValue('r'); // Mobile × PR manager: typed in lower case
    roles.getRange('C3').setValue(''); // Analytics × internet marketer: cleared on purpose

    const team = teamWith();
    team.roles[2] = { id: 'pr-manager', name: 'Communications lead', contractor: false };
    team.roles.push({ id: 'designer', name: 'Designer', contractor: true });
    const result = buildResponsibilityMatrix(team);
    expect(result.message).toBe('Roles tab updated: 12 directions × 5 columns; every letter you set is kept.');

    const snapshot = tab(emulator);
    expect(snapshot.values[0]?.slice(1, 7)).toEqual([
      ...DEFAULT_ROLES.slice(0, 2).map((r) => r.name.en),
      'Communications lead',
      DEFAULT_ROLES[3]?.name.en,
      'Designer',
      'Check',
    ]);
    expect(snapshot.values[8]?.[3]).toBe('r');
    expect(snapshot.values[2]?.[2]).toBe('');
    expect(snapshot.values[5]?.[4]).toBe('C');
    expect(snapshot.values.slice(1, 13).map((row) => row[5])).toEqual(new Array(12).fill(''));
    expect(snapshot.formulas[1]?.[6]).toMatch(/ISTEXT\(B2:F2\).*\$B\$1:\$F\$1/);
    // Analytics now has no R: the user cleared it, and the check says so.
    expect(snapshot.values[2]?.[6]).toBe('No one is responsible (R)');
    expect(snapshot.validations[1]?.[5]).not.toBeNull();
    expect(snapshot.validations[1]?.[6]).toBeNull();
  });

  it('keeps a removed role whose column holds letters, flagged, and says so', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const team = teamWith();
    team.roles = team.roles.filter((role) => role.id !== 'content-engineer');
    const result = buildResponsibilityMatrix(team);
    expect(result.details).toContain(
      'Kept with their letters, though no longer in the team: Content engineer (contractor). They still count; clear a column to remove it.',
    );
    const snapshot = tab(emulator);
    expect(snapshot.values[0]?.[4]).toBe('Content engineer (contractor)');
    expect(snapshot.notes[0]?.[4]).toMatch(/Not in the team any more/);
    expect(snapshot.values[3]?.[4]).toBe('R');
  });

  it('keeps a direction row a person inserted, checked with the rest, and a column of their own between ours, never written nor checked', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const roles = sheet(emulator);
    roles.insertRowAfter(2);
    roles.getRange('A3:E3').setValues([['Events and conferences', 'A', '', 'R', '']]);
    roles.insertColumnAfter(3);
    roles.getRange('D1').setValue('Designer');
    roles.getRange('D11').setValue('R');
    const before = tab(emulator);
    const result = buildResponsibilityMatrix(teamWith());
    expect(result.details).toEqual(
      expect.arrayContaining(['Rows you added are kept and checked: Events and conferences.']),
    );
    expect(result.message).toMatch(/every letter you set is kept/);
    const snapshot = tab(emulator);
    // Nothing moved and nothing of the person's was written: the person's column D stays theirs.
    expect(snapshot.values.slice(0, 14).map((row) => row.slice(0, 6))).toEqual(
      before.values.slice(0, 14).map((row) => row.slice(0, 6)),
    );
    expect(snapshot.values[0]?.slice(0, 7)).toEqual([
      'Direction',
      'Head of marketing',
      'Internet marketer',
      'Designer',
      'PR manager',
      'Content engineer (contractor)',
      'Check',
    ]);
    expect(snapshot.values[2]?.[6]).toBe('OK');
    // The check reads the add-on's columns only, around the person's.
    expect(snapshot.formulas[2]?.[6]).toMatch(/ISTEXT\(\{B3:C3,E3:F3\}\).*\{\$B\$1:\$C\$1,\$E\$1:\$F\$1\}/);
    expect(snapshot.values[14]?.[0]).toBe('Load (R · A)');
    expect(snapshot.values[14]?.[3]).toBe('');
  });

  it('anchors a tab built before anchoring where it stands, then writes only its own cells: a teammate typing during the build loses nothing', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
    // A tab of the version before anchoring: no developer metadata anywhere.
    for (const metadata of spreadsheet.createDeveloperMetadataFinder().find()) metadata.remove();
    const roles = sheet(emulator);
    roles.insertColumnAfter(3);
    roles.getRange('D1').setValue('My notes');
    roles.getRange('D4').setValue('ask Ivan');
    roles.getRange('B5').setValue('c');
    const dashboard = spreadsheet.insertSheet('Dashboard');
    dashboard.getRange('A1').setFormula('=Roles!E7');
    dashboard.getRange('A2').setFormula('=Roles!D4');
    const pointedAt = roles.getRange('E7').getValue();
    const sheetId = roles.getSheetId();
    // A teammate types into two matrix cells right after the build has read the tab.
    const original = EmulatedRange.prototype.getValues;
    let typed = false;
    EmulatedRange.prototype.getValues = function (this: EmulatedRange) {
      const read = original.call(this);
      if (!typed && this.ref.sheetId === sheetId && read.length > 10) {
        typed = true;
        roles.getRange('C9').setValue('I');
        roles.getRange('D10').setValue('typed during the build');
      }
      return read;
    };
    let result: ReturnType<typeof buildResponsibilityMatrix> | undefined;
    try {
      result = buildResponsibilityMatrix(
        teamWith({ roles: [...teamWith().roles, { id: 'designer', name: 'Designer', contractor: true }] }),
      );
    } finally {
      EmulatedRange.prototype.getValues = original;
    }
    expect(typed).toBe(true);
    const snapshot = tab(emulator);
    expect(snapshot.values[0]?.slice(0, 8)).toEqual([
      'Direction',
      'Head of marketing',
      'Internet marketer',
      'My notes',
      'PR manager',
      'Content engineer (contractor)',
      'Designer',
      'Check',
    ]);
    expect([
      snapshot.values[3]?.[3],
      snapshot.values[4]?.[1],
      snapshot.values[8]?.[2],
      snapshot.values[9]?.[3],
    ]).toEqual(['ask Ivan', 'c', 'I', 'typed during the build']);
    // The person's column is not the matrix's: the check reads around it; the new role came by Sheets' insertion after the last role.
    expect(snapshot.formulas[1]?.[7]).toMatch(/ISTEXT\(\{B2:C2,E2:G2\}\)/);
    expect(emulator.snapshot('Dashboard').formulas.map((row) => row[0])).toEqual(['=Roles!E7', '=Roles!D4']);
    expect(emulator.snapshot('Dashboard').values.map((row) => row[0])).toEqual([pointedAt, 'ask Ivan']);
    expect(result.message).toMatch(/every letter you set is kept/);
    // From now on the tab is found by its anchors: renamed, it is still the one updated.
    roles.setName('Our RACI');
    buildResponsibilityMatrix(teamWith());
    expect(spreadsheet.getSheets().map((each) => each.getName())).toEqual(expect.not.arrayContaining(['Roles']));
  }, 60_000); // three builds: under a loaded machine more than the default 20 s

  it('keeps a comment column a user added to the right, moving it out of the way of a new role', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    sheet(emulator)
      .getRange('H1:H3')
      .setValues([['Comment'], [''], ['ask Ivan']]);
    const team = teamWith();
    team.roles.push({ id: 'designer', name: 'Designer', contractor: true });
    buildResponsibilityMatrix(team);
    const snapshot = tab(emulator);
    expect(snapshot.values[0]?.[8]).toBe('Comment');
    expect(snapshot.values[2]?.[8]).toBe('ask Ivan');
  });

  it("switches the columns to people, each starting from their role's letters as the sheet holds them", () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    sheet(emulator).getRange('D12').setValue('R'); // Web chat × PR manager
    const team = teamWith({
      matrixColumns: 'people',
      people: [
        person('anna', 'Anna', 'head'),
        person('ivan', 'Ivan', 'internet-marketer'),
        person('vera', 'Vera', 'pr-manager'),
        person('oleg', 'Oleg', 'content-engineer', { employment: 'contractor' }),
      ],
    });
    const result = buildResponsibilityMatrix(team);
    expect(result.details[0]).toBe("Columns are now people: each person's column starts from their role's letters.");
    const snapshot = tab(emulator);
    // The roles' columns stay where they are, hidden (the people's columns hold every letter); the people's come after them.
    expect(snapshot.values[0]?.slice(1, 10)).toEqual([
      ...DEFAULT_ROLES.map((role) => role.name.en),
      'Anna',
      'Ivan',
      'Vera',
      'Oleg',
      'Check',
    ]);
    expect(snapshot.hiddenColumns).toEqual([2, 3, 4, 5]);
    expect(snapshot.values[11]?.[3]).toBe('R');
    expect(snapshot.values[11]?.[7]).toBe('R');
    expect(snapshot.values.slice(1, 13).map((row) => row[9])).toEqual(new Array(12).fill('OK'));
  });

  it('writes hostile names as text, never as formulas or markup', () => {
    const emulator = emulatorWithGlobals();
    const team = teamWith();
    team.roles[0] = { id: 'head', name: '=IMPORTXML("http://evil.example", "//a")', contractor: false };
    team.roles[1] = { id: 'internet-marketer', name: '<script>alert(1)</script>', contractor: false };
    buildResponsibilityMatrix(team);
    const snapshot = tab(emulator);
    expect(snapshot.formulas[0]?.[1]).toBe('');
    expect(snapshot.values[0]?.[1]).toBe('=IMPORTXML("http://evil.example", "//a")');
    expect(snapshot.values[0]?.[2]).toBe('<script>alert(1)</script>');
    // And a rebuild still recognises the column by that name.
    sheet(emulator).getRange('B5').setValue('C');
    buildResponsibilityMatrix(team);
    expect(tab(emulator).values[4]?.[1]).toBe('C');
  });

  it('builds and rebuilds a column for each of 50 people with long names, keeping their letters', () => {
    const emulator = emulatorWithGlobals();
    const people = Array.from({ length: 50 }, (_, i) =>
      person(
        `person-${i + 1}`,
        `Екатерина Константинопольская-Александрова ${i + 1}`,
        DEFAULT_ROLES[i % 4]?.id ?? 'head',
      ),
    );
    const team = teamWith({ matrixColumns: 'people', people, maxResponsible: 12 });
    buildResponsibilityMatrix(team);
    sheet(emulator).getRange('AY2').setValue('C');
    buildResponsibilityMatrix(team);
    const snapshot = tab(emulator);
    expect(snapshot.values[0]?.[50]).toBe('Екатерина Константинопольская-Александрова 50');
    expect(snapshot.values[1]?.[50]).toBe('C');
    expect(snapshot.formulas[1]?.[51]).toMatch(/ISTEXT\(B2:AY2\).*\$B\$1:\$AY\$1/);
  });

  it('writes no value on either tab when nothing changed, and on the Team tab only the rows that change', () => {
    const emulator = emulatorWithGlobals();
    const team = teamWith({ people: [person('anna', 'Anna', 'head'), person('vera', 'Vera', 'pr-manager')] });
    buildResponsibilityMatrix(team);
    const writes = () =>
      ['Range.setValue', 'Range.setValues', 'Range.setFormula', 'Range.setFormulas'].reduce(
        (total, method) => total + emulator.calls.count(method),
        0,
      );
    emulator.calls.reset();
    buildResponsibilityMatrix(team);
    expect(writes()).toBe(0);
    const teamTab = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Team');
    const annaRow = teamTab?.getRange(2, 1, 1, 5).getValues();
    emulator.calls.reset();
    buildResponsibilityMatrix({
      ...team,
      people: team.people.map((p) => (p.id === 'vera' ? { ...p, monthlyCost: 180_000 } : p)),
    });
    expect(emulator.calls.count('Range.setValues')).toBe(1);
    expect(teamTab?.getRange(2, 1, 1, 5).getValues()).toEqual(annaRow);
    expect(emulator.snapshot('Team').values[2]).toContain(180_000);
  }, 60_000); // three builds, as above

  it("makes as many service calls for 3 roles as for 12 people: every column's metadata comes from one search", () => {
    const count = (team: TeamSettings) => {
      const emulator = emulatorWithGlobals();
      buildResponsibilityMatrix(team);
      emulator.calls.reset();
      buildResponsibilityMatrix(team);
      const total = emulator.calls.total;
      const finds = emulator.calls.count('DeveloperMetadataFinder.find');
      uninstall?.();
      uninstall = undefined;
      return { total, finds };
    };
    const few = teamWith();
    few.roles = few.roles.slice(0, 3);
    const people = Array.from({ length: 12 }, (_, i) =>
      person(`p${i}`, `Person ${i}`, DEFAULT_ROLES[i % 4]?.id ?? 'head'),
    );
    const many = count(teamWith({ matrixColumns: 'people', people }));
    expect(many).toEqual(count(few));
    // The Roles and Team tabs found by their sheet metadata, and the Roles tab's columns by one search.
    expect(many.finds).toBe(3);
  });

  it('stops before writing anything when the Check column or the load row is gone, naming it and how to restore it', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const roles = sheet(emulator);
    roles.deleteColumn(6);
    roles.getRange('B2').setValue('C');
    const before = tab(emulator);
    expect(() => buildResponsibilityMatrix(teamWith())).toThrow(
      /The Roles tab has lost «Check».*nothing was changed\. Press «Restore the missing parts» in the sidebar/,
    );
    expect(tab(emulator).values).toEqual(before.values);
    expect(tab(emulator).formulas).toEqual(before.formulas);

    const other = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    sheet(other).deleteRow(14);
    expect(() => buildResponsibilityMatrix(teamWith())).toThrow(/«Load \(R · A\)»/);
  });
});
