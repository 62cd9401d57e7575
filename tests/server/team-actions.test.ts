/**
 * The team's server actions on the emulator: saving and reading the team
 * (the one source of truth other features read), the Team tab written from
 * it, refused payloads, the findings the sidebar shows, the menu item.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../packages/preview/addon-emulator';
import {
  buildResponsibilityMatrix,
  getMatrixFindings,
  getTeamState,
  saveTeam,
} from '../../src/server/actions/team-actions';
import { getSidebarState, setUserLang } from '../../src/server/actions/sidebar-state-actions';
import { onOpen } from '../../src/server/menu';
import { menuBuildResponsibilityMatrix } from '../../src/server/menu-actions';
import { PROPERTY_KEYS } from '../../src/server/property-keys';
import { readChunkedProperty, writeChunkedProperty } from '../../src/server/chunked-property';
import { readTeamMembers } from '../../src/server/team-store';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { defaultTemplateSettings } from '../../src/shared/template-settings';
import { saveSettings } from '../../src/server/actions/sidebar-state-actions';
import { userMessage } from '../support/user-message';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function emulatorWithGlobals(options: { locale?: string } = {}): Emulator {
  const emulator = createEmulator({ owner: 'head@example.com', ...options });
  uninstall = emulator.installGlobals();
  return emulator;
}

const ANNA: TeamMember = {
  id: 'anna',
  name: 'Anna',
  email: 'anna@example.com',
  roleId: 'head',
  monthlyCost: 250_000,
  employment: 'staff',
};
const OLEG: TeamMember = {
  id: 'oleg',
  name: 'Oleg',
  email: '',
  roleId: 'content-engineer',
  monthlyCost: null,
  employment: 'contractor',
};

function teamWith(overrides: Partial<TeamSettings> = {}): TeamSettings {
  return { ...defaultTeamSettings('en'), companyHeadcount: 60, people: [ANNA, OLEG], ...overrides };
}

describe('the team in document properties', () => {
  it('is offered as the four default roles until saved, in the template language', () => {
    emulatorWithGlobals();
    saveSettings({ ...defaultTemplateSettings('ru', 2026) });
    const state = getSidebarState().team;
    expect(state).toMatchObject({ teamSaved: false, currency: 'RUB', rolesTabExists: false });
    expect(state.team.roles.map((role) => role.name)).toEqual([
      'Руководитель отдела',
      'Интернет-маркетолог',
      'PR-менеджер',
      'Контент-инженер (подряд)',
    ]);
    expect(readTeamMembers()).toEqual([]);
  });

  it('is saved once for every collaborator, versioned, and read back by readTeamMembers', () => {
    const emulator = emulatorWithGlobals();
    const state = saveTeam(teamWith());
    expect(state.team.teamSaved).toBe(true);
    const stored = JSON.parse(
      readChunkedProperty(emulator.PropertiesService.getDocumentProperties(), PROPERTY_KEYS.team) ?? '{}',
    );
    expect(stored.schemaVersion).toBe(1);
    emulator.setActiveUser('vera@example.com');
    expect(readTeamMembers()).toEqual([ANNA, OLEG]);
    expect(getTeamState().team.people).toHaveLength(2);
  });

  it('holds a department of 50 with long Russian names, beyond the 9 KB one property allows, and drops parts it no longer needs', () => {
    const emulator = emulatorWithGlobals();
    const people = Array.from({ length: 50 }, (_, i) => ({
      ...ANNA,
      id: `person-${i + 1}`,
      name: `Екатерина Александровна Константинопольская ${i + 1}`,
      email: `ekaterina.konstantinopolskaya.${i + 1}@marketing-department.example.com`,
    }));
    saveTeam(teamWith({ people }));
    const properties = emulator.PropertiesService.getDocumentProperties();
    expect(Number(properties.getProperty(PROPERTY_KEYS.team))).toBeGreaterThan(1);
    expect(readTeamMembers()).toEqual(people);
    saveTeam(teamWith());
    expect(properties.getProperty(PROPERTY_KEYS.team)).toBe('1');
    expect(properties.getProperty(`${PROPERTY_KEYS.team}.2`)).toBeNull();
    expect(readTeamMembers()).toEqual([ANNA, OLEG]);
  });

  it('refuses a bad email or an unknown role with a message naming the field, and saves nothing', () => {
    const emulator = emulatorWithGlobals();
    expect(() => saveTeam(teamWith({ people: [{ ...ANNA, email: 'anna@' }] }))).toThrow(
      'The team is not valid: Person 1 (Anna), email: "anna@" is not an email address',
    );
    expect(() => buildResponsibilityMatrix(teamWith({ people: [{ ...ANNA, roleId: 'astrologer' }] }))).toThrow(
      'The team is not valid: Person 1 (Anna), role: "astrologer" is not one of the team\'s roles',
    );
    expect(() => saveTeam('{"people": "everyone"}')).toThrow(userMessage(/^The team is not valid: /));
    expect(emulator.PropertiesService.getDocumentProperties().getProperty(PROPERTY_KEYS.team)).toBeNull();
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles')).toBeNull();
  });

  it("words the refusal in the user's language", () => {
    emulatorWithGlobals();
    setUserLang('ru');
    expect(() => saveTeam(teamWith({ people: [{ ...ANNA, monthlyCost: -1 }] }))).toThrow(
      'Команда заполнена неверно: Человек 1 (Anna), затраты в месяц: должно быть не меньше 0',
    );
  });

  it('falls back to the defaults when the stored team no longer reads', () => {
    const emulator = emulatorWithGlobals();
    writeChunkedProperty(
      emulator.PropertiesService.getDocumentProperties(),
      PROPERTY_KEYS.team,
      '{"schemaVersion": 99}',
    );
    expect(getTeamState().teamSaved).toBe(false);
    expect(readTeamMembers()).toEqual([]);
  });
});

describe('the Team tab', () => {
  it('counts the people it lists in words that agree with the number', () => {
    emulatorWithGlobals();
    expect(buildResponsibilityMatrix(teamWith({ people: [ANNA] })).details.at(-1)).toBe('Team tab lists 1 person.');
    setUserLang('ru');
    expect(buildResponsibilityMatrix(teamWith({ people: [ANNA, OLEG] })).details.at(-1)).toBe(
      'На листе «Команда» — 2 человека.',
    );
  });

  it('lists the people with role names, costs in the currency, written as text, protected with a warning', () => {
    const emulator = emulatorWithGlobals();
    const hostile = { ...OLEG, name: '=IMPORTXML("http://evil.example", "//a")' };
    const result = buildResponsibilityMatrix(teamWith({ people: [ANNA, hostile] }));
    expect(result.details.at(-1)).toBe('Team tab lists 2 people.');
    // The Team tab is inserted after the Roles tab, yet the matrix the person asked for is the one shown.
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Roles');
    const tab = emulator.snapshot('Team');
    expect(tab.values.slice(0, 3)).toEqual([
      ['Name', 'Email', 'Role', 'Monthly cost', 'Staff or contractor'],
      ['Anna', 'anna@example.com', 'Head of marketing', 250000, 'Staff'],
      ['=IMPORTXML("http://evil.example", "//a")', '', 'Content engineer (contractor)', '', 'Contractor'],
    ]);
    expect(tab.formulas[2]?.[0]).toBe('');
    expect(tab.displayValues[1]?.[3]).toBe('$250,000');
    expect(tab.protections).toEqual([expect.objectContaining({ range: 'Team!A1:E3', warningOnly: true })]);
  });

  it('is rewritten from the team on every build, leaving what a user wrote under it', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    const team = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Team');
    team?.getRange('A6').setValue('Hiring a designer in May');
    buildResponsibilityMatrix(teamWith({ people: [OLEG] }));
    const values = emulator.snapshot('Team').values;
    expect(values.slice(1, 3).map((row) => row[0])).toEqual(['Oleg', '']);
    expect(values[5]?.[0]).toBe('Hiring a designer in May');
  });
});

describe('the findings the sidebar shows', () => {
  it("asks for a build first, then tells what to put right, each with why, in the user's language", () => {
    const emulator = emulatorWithGlobals();
    expect(getMatrixFindings()).toEqual({
      rolesTabExists: false,
      summary: 'Build the responsibility matrix first: its checks appear here.',
      findings: [],
    });
    buildResponsibilityMatrix(teamWith({ people: [ANNA] }));
    expect(getMatrixFindings()).toMatchObject({
      rolesTabExists: true,
      findings: [{ text: expect.stringMatching(/^1 person in the department for a company of 60/) }],
    });

    const roles = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
    roles?.getRange('D8').setValue('');
    setUserLang('ru');
    const findings = getMatrixFindings();
    expect(findings.summary).toBe('Исправить: 2');
    expect(findings.findings[0]).toEqual({
      text: 'PR: нет исполнителя (R)',
      why: 'Исполнитель (R) делает работу. Направление без R — работа, которую никто не делает: поручите её кому-то из отдела или подрядчику.',
    });
  });
});

describe('building', () => {
  it('leaves alone a Roles tab it did not make, and says so', () => {
    const emulator = emulatorWithGlobals();
    const mine = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Roles');
    mine.getRange('A1:B2').setValues([
      ['Who', 'What'],
      ['me', 'SEO'],
    ]);
    expect(() => buildResponsibilityMatrix(teamWith())).toThrow(
      'A tab named "Roles" already exists and was not made by Marketing KPI, so it was left alone. Rename it, then build again.',
    );
    expect(emulator.snapshot('Roles').values).toEqual([
      ['Who', 'What'],
      ['me', 'SEO'],
    ]);
  });

  it('builds the matrix but leaves alone a Team tab it did not make, saying so', () => {
    const emulator = emulatorWithGlobals();
    const mine = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Team');
    mine.getRange('A1:B2').setValues([
      ['Sprint', 'Goal'],
      [12, 'Ship the site'],
    ]);
    const result = buildResponsibilityMatrix(teamWith());
    expect(result.details.at(-1)).toBe(
      'A tab named "Team" already exists and was not made by Marketing KPI, so the people were not listed there. Rename it to get the Team tab.',
    );
    expect(emulator.snapshot('Team').values).toEqual([
      ['Sprint', 'Goal'],
      [12, 'Ship the site'],
    ]);
    expect(emulator.snapshot('Roles').values[0]?.[0]).toBe('Direction');
  });

  it('renames its tabs when the template language changes, but reading the state renames nothing', () => {
    const emulator = emulatorWithGlobals();
    buildResponsibilityMatrix(teamWith());
    saveSettings(defaultTemplateSettings('ru', 2026));
    expect(getSidebarState().team.rolesTabExists).toBe(true);
    getMatrixFindings();
    const names = () =>
      emulator.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
    expect(names()).toEqual(expect.arrayContaining(['Roles', 'Team']));
    buildResponsibilityMatrix(teamWith());
    expect(names()).toEqual(expect.arrayContaining(['Роли', 'Команда']));
    expect(names()).not.toContain('Roles');
    expect(emulator.snapshot('Роли').values[1]?.[0]).toBe('Стратегия');
    expect(emulator.snapshot('Команда').values[0]?.[0]).toBe('Имя');
  });

  it('waits for another build holding the document lock', () => {
    const emulator = emulatorWithGlobals();
    const release = emulator.holdDocumentLockAsAnotherExecution();
    expect(() => buildResponsibilityMatrix(teamWith())).toThrow(/Another change to the template is running/);
    release();
    buildResponsibilityMatrix(teamWith());
    expect(emulator.LockService.getDocumentLock().hasLock()).toBe(false);
  });

  it('runs from the menu with the saved team, and shows the outcome as a toast', () => {
    const emulator = emulatorWithGlobals();
    onOpen();
    const entries = emulator.ui.menus.at(-1)?.entries ?? [];
    expect(entries).toContainEqual({
      kind: 'item',
      caption: 'Build the responsibility matrix',
      functionName: 'menuBuildResponsibilityMatrix',
    });
    saveTeam(teamWith());
    menuBuildResponsibilityMatrix();
    expect(emulator.ui.toasts.at(-1)?.message).toMatch(/^Roles tab built: 12 directions × 4 columns/);
    expect(emulator.snapshot('Team').values[1]?.[0]).toBe('Anna');
  });
});
