/**
 * Sharing the template with the team, on the emulator with several users:
 * one template for everyone, the structure locked to the heads and the
 * owner once shared (the server refuses, and so does Sheets), data entry
 * open to every editor, protections made again rather than piled up, and
 * hostile input refused or written as text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { PROTECTED_CELL_MESSAGE, createEmulator, type Emulator } from '../../packages/preview/addon-emulator';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { shareWithTeam } from '../../src/server/actions/share-actions';
import { getSidebarState, saveSettings, setUserLang } from '../../src/server/actions/sidebar-state-actions';
import { buildResponsibilityMatrix, saveTeam } from '../../src/server/actions/team-actions';
import { menuBuildKpiTemplate, menuReleaseStructureLock } from '../../src/server/menu-actions';
import { releaseStructureLock } from '../../src/server/actions/release-lock-actions';
import { readSettings } from '../../src/server/settings-store';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { testSettings } from './kpi-emulator-fixture';
import { userMessage } from '../support/user-message';
import { kpiCell, kpiSpan } from '../support/kpi-cell';

const OWNER = 'owner@example.com';
const ANNA: TeamMember = {
  id: 'anna',
  name: 'Anna',
  email: 'anna@example.com',
  roleId: 'head',
  monthlyCost: 250_000,
  employment: 'staff',
};
const VERA: TeamMember = {
  id: 'vera',
  name: 'Vera',
  email: 'vera@example.com',
  roleId: 'pr-manager',
  monthlyCost: 150_000,
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
  return emulator
    .snapshot(tab)
    .protections.map((p) => ({ range: p.range, warningOnly: p.warningOnly, editors: p.editors }));
}

const HEAD_ONLY = /only the head of the department \(Anna\) or the spreadsheet's owner can change its structure/;

describe('one template for every collaborator', () => {
  it("is read from document properties by everyone; the sidebar language is each user's own", () => {
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

  it("offers the team with who has access, and the spreadsheet's /copy link", () => {
    builtTemplate();
    const sharing = getSidebarState().sharing;
    expect(sharing.copyUrl).toBe('https://docs.google.com/spreadsheets/d/sheet-42/copy');
    expect(sharing.canShare).toBe(true);
    expect(sharing.people).toEqual([
      {
        id: 'anna',
        name: 'Anna',
        email: 'anna@example.com',
        roleName: 'Head of marketing',
        isHead: true,
        hasAccess: false,
      },
      { id: 'vera', name: 'Vera', email: 'vera@example.com', roleName: 'PR manager', isHead: false, hasAccess: false },
      {
        id: 'oleg',
        name: 'Oleg',
        email: '',
        roleName: 'Content engineer (contractor)',
        isHead: false,
        hasAccess: false,
      },
    ]);
  });
});

describe('sharing with the team', () => {
  it('adds the chosen people as editors one by one (Google emails each), names who could not be shared with, and locks the structure', () => {
    const emulator = builtTemplate();
    const result = shareWithTeam({ personIds: ['anna', 'vera', 'oleg'] });
    expect(result.message).toBe('Shared with 2: Anna, Vera.');
    expect(result.details).toContain('Google emailed each of them a link.');
    expect(result.details).toContain('Not shared, no email in Team & roles: Oleg.');
    expect(result.details.at(-1)).toMatch(/^The structure is protected \(KPI, Roles, Team\)/);
    expect(emulator.spreadsheetSnapshot().editors).toEqual([OWNER, ANNA.email, VERA.email]);
    expect(emulator.sharingEmails).toEqual([
      { email: ANNA.email, via: 'sheets' },
      { email: VERA.email, via: 'sheets' },
    ]);
    expect(emulator.calls.count('Spreadsheet.addEditor')).toBe(2);
    expect(emulator.calls.count('Spreadsheet.addEditors')).toBe(0);

    const kpi = protectionsOf(emulator, KPI_TAB_NAME);
    expect(kpi.map((p) => p.range)).toEqual(
      [
        kpiSpan('total_cost', 'total_cost', 1, 37),
        kpiSpan('cpl', 'verdict', 1, 37),
        kpiSpan('target_used', 'target_used', 1, 37),
        kpiSpan('spend_of_plan', 'cost_per_qualified_lead', 1, 37),
        kpiSpan('status', 'status', 1, 37),
        kpiSpan('month', 'channel', 1, 37),
        kpiSpan('channel_id', 'channel_id', 1, 37),
        kpiSpan('spend', 'staff_cost', 1, 1),
        kpiSpan('leads', 'target_cpl', 1, 1),
        kpiSpan('note', 'note', 1, 1),
        kpiSpan('plan_spend', 'plan_revenue', 1, 1),
      ].map((range) => `KPI!${range}`),
    );
    expect(kpi.every((p) => !p.warningOnly && p.editors.join() === [OWNER, ANNA.email].join())).toBe(true);
    expect(protectionsOf(emulator, 'Roles')).toEqual([
      { range: 'Roles!A1:F25', warningOnly: false, editors: [OWNER, ANNA.email] },
    ]);
    expect(protectionsOf(emulator, 'Team')).toEqual([
      { range: 'Team!A1:E4', warningOnly: false, editors: [OWNER, ANNA.email] },
    ]);
    expect(getSidebarState().sharing.people.map((person) => person.hasAccess)).toEqual([true, true, false]);
  });

  it("locks the Roles tab's own columns after sharing, and leaves a column a person inserted between them open", () => {
    const emulator = builtTemplate();
    const roles = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
    if (!roles) throw new Error('no Roles tab');
    roles.insertColumnAfter(3);
    roles.getRange('D1').setValue('Comments');
    shareWithTeam({ personIds: ['anna', 'vera'] });
    expect(protectionsOf(emulator, 'Roles')).toEqual([
      { range: 'Roles!A1:C25', warningOnly: false, editors: [OWNER, ANNA.email] },
      { range: 'Roles!E1:G25', warningOnly: false, editors: [OWNER, ANNA.email] },
    ]);
    emulator.setActiveUser(VERA.email);
    roles.getRange('D5').setValue('Vera: ask the agency');
    expect(() => roles.getRange('C5').setValue('R')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(emulator.snapshot('Roles').values[4]?.[3]).toBe('Vera: ask the agency');
  });

  it('keeps a non-head editor out of the structure, in the sheet and on the server, and lets them fill in the figures', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'] });
    const before = emulator.snapshot(KPI_TAB_NAME);
    emulator.setActiveUser(VERA.email);
    const sheet = kpiSheet(emulator);

    // Sheets itself stops her at the channel, its id, the target used, the formulas and the header …
    expect(() => sheet.getRange(kpiCell('channel', 2)).setValue('TikTok')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange(kpiCell('channel_id', 2)).setValue('x')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange(kpiCell('target_used', 2)).setValue(1)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange(kpiCell('cpl', 2)).setValue(0)).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => sheet.getRange(kpiCell('spend', 1)).setValue('Money')).toThrow(PROTECTED_CELL_MESSAGE);
    expect(() => emulator.SpreadsheetApp.getActiveSpreadsheet().getRange('Roles!B2').setValue('R')).toThrow(
      PROTECTED_CELL_MESSAGE,
    );
    // … and lets her type the month's spend, leads and revenue.
    sheet.getRange(kpiSpan('spend', 'staff_cost', 2, 2)).setValues([[120_000, 30_000]]);
    sheet.getRange(kpiSpan('leads', 'revenue', 2, 2)).setValues([[100, 60, 8, 400_000]]);
    const row = emulator.snapshot(KPI_TAB_NAME).values[1] ?? [];
    const typed = ['spend', 'staff_cost', 'leads', 'qualified_leads', 'customers', 'revenue'] as const;
    expect(typed.map((key) => row[kpiColumnIndex(key)])).toEqual([120_000, 30_000, 100, 60, 8, 400_000]);
    expect(row[kpiColumnIndex('total_cost')]).toBe(150_000);

    // The server refuses every structural action, whatever the sidebar sends, and names the head.
    expect(() => buildKpiTemplate(testSettings({ year: 2030 }))).toThrow(HEAD_ONLY);
    expect(() => saveSettings(testSettings({ year: 2030 }))).toThrow(HEAD_ONLY);
    expect(() => fillSampleData()).toThrow(HEAD_ONLY);
    expect(() => saveTeam(teamWith([{ ...VERA, roleId: 'head' }]))).toThrow(HEAD_ONLY);
    expect(() => buildResponsibilityMatrix(teamWith([VERA]))).toThrow(HEAD_ONLY);
    expect(() => shareWithTeam({ personIds: ['vera'] })).toThrow(/Only the head of the department .* can share/);
    expect(readSettings()?.year).toBe(2026);
    expect(getSidebarState().team.team.people.map((person) => person.roleId)).toEqual([
      'head',
      'pr-manager',
      'content-engineer',
    ]);
    expect(getSidebarState().sharing).toMatchObject({ shared: true, canShare: false, canChangeStructure: false });
    expect(emulator.snapshot(KPI_TAB_NAME).values[1]?.[kpiColumnIndex('channel')]).toBe(
      before.values[1]?.[kpiColumnIndex('channel')],
    );

    // The menu says the same in an alert.
    menuBuildKpiTemplate();
    expect(emulator.ui.alerts.at(-1)?.prompt).toMatch(HEAD_ONLY);
  });

  it('lets the head, who is not the owner, change protected cells and rebuild', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'] });
    emulator.setActiveUser(ANNA.email);
    kpiSheet(emulator).getRange(kpiCell('target_cpl', 2)).setValue(900);
    expect(buildKpiTemplate(testSettings({ departmentName: 'Growth marketing' })).message).toMatch(/^KPI tab updated/);
    expect(buildResponsibilityMatrix(teamWith()).message).toMatch(/^Roles tab updated/);
    expect(
      protectionsOf(emulator, KPI_TAB_NAME).every(
        (p) => !p.warningOnly && p.editors.join() === [OWNER, ANNA.email].join(),
      ),
    ).toBe(true);
  });

  it('leaves one protection per range however often it is shared or rebuilt', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna'] });
    const once = ['KPI', 'Roles', 'Team'].map((tab) => protectionsOf(emulator, tab));
    shareWithTeam({ personIds: ['anna', 'vera'] });
    shareWithTeam({ personIds: [] });
    buildKpiTemplate(testSettings());
    expect(['KPI', 'Roles', 'Team'].map((tab) => protectionsOf(emulator, tab))).toEqual(once);
    const ranges = emulator.spreadsheetSnapshot().sheets.flatMap((sheet) => sheet.protections.map((p) => p.range));
    expect(new Set(ranges).size).toBe(ranges.length);
  });

  it('takes the protected-range rights of a head who left the team away, at once and when shared again', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'] });
    // Vera takes over as head: a locked team must keep one (tests/server/lock-way-out.test.ts).
    saveTeam(teamWith([{ ...VERA, roleId: 'head' }, OLEG]));
    expect(protectionsOf(emulator, KPI_TAB_NAME).every((p) => p.editors.join() === [OWNER, VERA.email].join())).toBe(
      true,
    );

    const again = shareWithTeam({ personIds: ['vera'] });
    expect(again.details).toContain(
      'No longer in the team but still editors of the spreadsheet: anna@example.com. They have lost any right to change the structure; remove them under File → Share if they should lose access too.',
    );
    expect(
      emulator
        .spreadsheetSnapshot()
        .sheets.flatMap((sheet) => sheet.protections)
        .every((p) => !p.editors.includes(ANNA.email)),
    ).toBe(true);
    emulator.setActiveUser(ANNA.email);
    expect(() => kpiSheet(emulator).getRange(kpiCell('channel', 2)).setValue('Mine now')).toThrow(
      PROTECTED_CELL_MESSAGE,
    );
    expect(() => buildKpiTemplate(testSettings())).toThrow(
      /only the head of the department \(Vera\) or the spreadsheet's owner can change its structure/,
    );
  });

  it('gives a newly appointed head the rights at once', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'] });
    saveTeam(teamWith([ANNA, { ...VERA, roleId: 'head' }, OLEG]));
    emulator.setActiveUser(VERA.email);
    kpiSheet(emulator).getRange(kpiCell('channel', 2)).setValue('PPC');
    expect(buildKpiTemplate(testSettings()).message).toMatch(/^KPI tab updated/);
  });
});

describe('refused or harmless input', () => {
  it('refuses a bad email or an unknown role in the team, and a request that is not a list of ids', () => {
    builtTemplate();
    expect(() => saveTeam(teamWith([{ ...VERA, email: 'vera@' }]))).toThrow(
      'Person 1 (Vera), email: "vera@" is not an email address',
    );
    expect(() => saveTeam(teamWith([{ ...VERA, roleId: 'astrologer' }]))).toThrow(
      'role: "astrologer" is not one of the team\'s roles',
    );
    expect(() => shareWithTeam({ personIds: ['=IMPORTXML("http://evil.example", "//a")'] })).toThrow(
      userMessage(
        /^The sharing request is not valid: person 1: "=IMPORTXML\("http:\/\/evil\.example", "\/\/a"\)" is not a valid id/,
      ),
    );
    expect(() => shareWithTeam({ personIds: 'vera' })).toThrow(
      userMessage(/^The sharing request is not valid: people to share with: must be a list$/),
    );
    expect(() => shareWithTeam({ personIds: ['nobody'] })).toThrow('These people are no longer in the team: nobody.');
  });

  it('writes hostile names and addresses as text that never runs, and shows them as they are', () => {
    const hostile: TeamMember = {
      ...VERA,
      id: 'eve',
      name: '=IMPORTXML("http://evil.example", "//a")',
      email: '=HYPERLINK("http://evil.example")@evil.example',
    };
    const script: TeamMember = {
      ...OLEG,
      id: 'mallory',
      name: '<script>alert(1)</script>',
      email: 'mallory@example.com',
    };
    const emulator = builtTemplate([ANNA, hostile, script]);
    const result = shareWithTeam({ personIds: ['eve', 'mallory'] });
    expect(result.message).toBe('Shared with 2: =IMPORTXML("http://evil.example", "//a"), <script>alert(1)</script>.');
    const team = emulator.snapshot('Team');
    expect(team.values.slice(2, 4).map((row) => row.slice(0, 2))).toEqual([
      ['=IMPORTXML("http://evil.example", "//a")', '=HYPERLINK("http://evil.example")@evil.example'],
      ['<script>alert(1)</script>', 'mallory@example.com'],
    ]);
    expect(team.formulas.flat().every((formula) => formula === '')).toBe(true);
  });

  it("names who has no Google account, in the user's language, and shares with the others", () => {
    const emulator = builtTemplate();
    emulator.withoutGoogleAccount(VERA.email);
    const result = shareWithTeam({ personIds: ['vera', 'anna'] });
    expect(result.message).toBe('Shared with 1: Anna.');
    expect(result.details).toContain(
      'Not shared with Vera (vera@example.com): this address has no Google account, and Google shares a spreadsheet only with one. Put their Google address in Team & roles, or ask them to create a Google account for this address, then share again.',
    );
    expect(emulator.spreadsheetSnapshot().editors).toEqual([OWNER, ANNA.email]);
    expect(getSidebarState().sharing.people.map((person) => person.hasAccess)).toEqual([true, false, false]);
    expect(getSidebarState().sharing.shared).toBe(true);

    setUserLang('ru');
    const again = shareWithTeam({ personIds: ['vera'] });
    expect(again.details[0]).toMatch(
      /^Доступ для Vera \(vera@example\.com\) не открыт: у этого адреса нет аккаунта Google/,
    );
  });

  it('locks nothing when Google refused everyone, and says why', () => {
    const emulator = builtTemplate();
    emulator.withoutGoogleAccount(VERA.email, ANNA.email);
    const before = protectionsOf(emulator, KPI_TAB_NAME);
    const result = shareWithTeam({ personIds: ['anna', 'vera', 'oleg'] });
    expect(result.message).toBe('Nobody was given access.');
    expect(result.details.filter((detail) => detail.includes('has no Google account'))).toHaveLength(2);
    expect(result.details).toContain('Not shared, no email in Team & roles: Oleg.');
    expect(result.details.at(-1)).toBe(
      'The structure stays open to every editor until at least one person of the team can edit the spreadsheet.',
    );
    expect(getSidebarState().sharing.shared).toBe(false);
    expect(protectionsOf(emulator, KPI_TAB_NAME)).toEqual(before);
    expect(emulator.spreadsheetSnapshot().editors).toEqual([OWNER]);
  });

  it('a head without a Google account stops no build: the others are protected, and the result names the head', () => {
    const emulator = builtTemplate();
    emulator.withoutGoogleAccount(ANNA.email);
    const result = shareWithTeam({ personIds: ['anna', 'vera'] });
    expect(result.message).toBe('Shared with 1: Vera.');
    expect(result.details).toContain(
      'Heads who cannot edit the spreadsheet, so the protected structure is not theirs to change yet: Anna. Share with them (with a Google address), then share again.',
    );
    expect(result.details.at(-1)).toMatch(/^The structure is protected \(KPI, Roles, Team\)/);
    const locked = [KPI_TAB_NAME, 'Roles', 'Team'].flatMap((tab) => protectionsOf(emulator, tab));
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.every((p) => !p.warningOnly && p.editors.join() === OWNER)).toBe(true);
    expect(buildKpiTemplate(testSettings({ departmentName: 'Growth' })).message).toMatch(/^KPI tab updated/);
  });

  it('asks for a saved team first', () => {
    emulatorWithGlobals();
    expect(() => shareWithTeam({ personIds: [] })).toThrow(
      "Add the department's people in Team & roles and save the team first; then share with them.",
    );
  });
});

describe('nobody locked out for good', () => {
  it('the owner releases the lock from the menu even when Google hides their email; a teammate may not', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'] });
    emulator.setActiveUser(VERA.email);
    menuReleaseStructureLock();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      "Only the spreadsheet's owner, the head of the department or, in a shared drive, a manager of the drive can release the structure lock. Ask one of them.",
    );
    expect(getSidebarState().sharing.shared).toBe(true);

    emulator.setActiveUser(OWNER, { emailHidden: true });
    expect(emulator.Session.getActiveUser().getEmail()).toBe('');
    menuReleaseStructureLock();
    expect(emulator.ui.toasts.at(-1)?.message).toMatch(
      /^The structure lock is released: every editor can change the template again\./,
    );
    expect(getSidebarState().sharing.shared).toBe(false);
    expect(
      [KPI_TAB_NAME, 'Roles', 'Team'].flatMap((tab) => protectionsOf(emulator, tab)).every((p) => p.warningOnly),
    ).toBe(true);

    emulator.setActiveUser(VERA.email);
    expect(() => saveSettings(testSettings({ departmentName: "Vera's growth team" }))).not.toThrow();
    expect(readSettings()?.departmentName).toBe("Vera's growth team");
  });

  it('tells a user whose email Google hides why the change is refused, and what to do', () => {
    const emulator = builtTemplate();
    shareWithTeam({ personIds: ['anna', 'vera'] });
    emulator.setActiveUser('guest@other.example', { emailHidden: true });
    expect(() => saveSettings(testSettings({ departmentName: 'Guests' }))).toThrow(
      userMessage(
        /^Google did not tell the add-on who you are, .* signed in to one Google account only .* Release the structure lock, or the same button under Share with the team in the sidebar\.$/,
      ),
    );
  });

  it("in a shared drive, with no owner, the drive's manager can release it", () => {
    const emulator = createEmulator({ owner: 'manager@example.com', inSharedDrive: true });
    uninstall = emulator.installGlobals();
    buildKpiTemplate(testSettings());
    buildResponsibilityMatrix(teamWith());
    emulator.setActiveUser(ANNA.email);
    shareWithTeam({ personIds: ['vera'] });
    emulator.setActiveUser('manager@example.com');
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getOwner()).toBeNull();
    expect(releaseStructureLock().message).toBe(
      'The structure lock is released: every editor can change the template again.',
    );
    expect(releaseStructureLock().message).toBe('The structure is not locked: every editor can change the template.');
  });
});
