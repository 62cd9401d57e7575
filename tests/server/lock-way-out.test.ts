/**
 * Nobody is locked out for good (issue 11 item 4). Google may not say who
 * the user is (a blank `Session.getActiveUser().getEmail()`), a shared
 * drive has no owner (`getOwner()` is null), and people type an alias of
 * their address; so the sidebar shows which address the add-on sees, the
 * release of the lock is in the sidebar as well as the menu and is decided
 * by Sheets' own `Protection.canEdit`, and, while locked, a team that
 * leaves no head with an email is refused before anything is saved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../packages/preview/addon-emulator';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { releaseStructureLock } from '../../src/server/actions/release-lock-actions';
import { shareWithTeam } from '../../src/server/actions/share-actions';
import { getSidebarState, saveSettings } from '../../src/server/actions/sidebar-state-actions';
import { buildResponsibilityMatrix, saveTeam } from '../../src/server/actions/team-actions';
import { applyImport, exportTemplate, previewImport } from '../../src/server/actions/transfer-actions';
import { loadPushedCode } from '../../packages/preview/pushed-code';
import { readSettings } from '../../src/server/settings-store';
import { readTeamMembers } from '../../src/server/team-store';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { readCodeJs } from '../bundle/load-bundle';
import { userMessage } from '../support/user-message';
import { testSettings } from './kpi-emulator-fixture';

const OWNER = 'owner@example.com';
const ANNA: TeamMember = {
  id: 'anna',
  name: 'Anna',
  email: 'anna@example.com',
  roleId: 'head',
  monthlyCost: null,
  employment: 'staff',
};
const VERA: TeamMember = {
  id: 'vera',
  name: 'Vera',
  email: 'vera@example.com',
  roleId: 'pr-manager',
  monthlyCost: null,
  employment: 'staff',
};

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function teamWith(people: TeamMember[]): TeamSettings {
  return { ...defaultTeamSettings('en'), people };
}

/** The owner builds the template for Anna (head) and Vera, and shares it with both: the structure is locked. */
function lockedTemplate(options: { inSharedDrive?: boolean } = {}): Emulator {
  const emulator = createEmulator({ owner: OWNER, id: 'locked', ...options });
  uninstall = emulator.installGlobals();
  buildKpiTemplate(testSettings());
  buildResponsibilityMatrix(teamWith([ANNA, VERA]));
  // In a shared drive Sheets names no owner: the head shares.
  if (options.inSharedDrive) emulator.setActiveUser(ANNA.email);
  shareWithTeam({ personIds: ['anna', 'vera'] });
  emulator.setActiveUser(OWNER);
  expect(getSidebarState().sharing.shared).toBe(true);
  return emulator;
}

const NEEDS_HEAD =
  /^The template is shared with the team and its structure is locked to the heads and the owner, so the team must keep at least one person with the Head role and an email\. .* Nothing was saved\.$/;

describe('a team that would leave nobody to change the locked structure', () => {
  it('is refused from the team, the matrix and an import (its preview too), and nothing is saved', () => {
    lockedTemplate();
    const file = exportTemplate({ includeEmails: true }).json;
    const headless = [{ ...ANNA, roleId: 'pr-manager' }, VERA];
    expect(() => saveTeam(teamWith(headless))).toThrow(userMessage(NEEDS_HEAD));
    // A head without an email counts for nothing: nobody could be told apart as them.
    expect(() => buildResponsibilityMatrix(teamWith([{ ...ANNA, email: '' }, VERA]))).toThrow(userMessage(NEEDS_HEAD));
    const headlessFile = file
      .replace('"roleId": "head"', '"roleId": "pr-manager"')
      .replace('"roleId":"head"', '"roleId":"pr-manager"');
    expect(headlessFile).not.toBe(file);
    expect(() => previewImport(headlessFile)).toThrow(userMessage(NEEDS_HEAD));
    expect(() => applyImport(headlessFile, 'whatever')).toThrow();
    expect(readTeamMembers().map((person) => person.roleId)).toEqual(['head', 'pr-manager']);

    // A team that keeps a head is saved as before, and so is the same change once the lock is released.
    saveTeam(teamWith([ANNA, { ...VERA, name: 'Vera P.' }]));
    expect(readTeamMembers()[1]?.name).toBe('Vera P.');
    releaseStructureLock();
    saveTeam(teamWith(headless));
    expect(readTeamMembers().map((person) => person.roleId)).toEqual(['pr-manager', 'pr-manager']);
  });

  it("is refused in the person's language", () => {
    const emulator = lockedTemplate();
    emulator.setActiveUser(OWNER, { locale: 'ru' });
    expect(() => saveTeam(teamWith([VERA]))).toThrow(userMessage(/^Шаблон открыт команде, .* Ничего не сохранено\.$/));
  });

  it('before sharing, a team without a head is saved: nothing is locked', () => {
    const emulator = createEmulator({ owner: OWNER });
    uninstall = emulator.installGlobals();
    saveTeam(teamWith([VERA]));
    expect(readTeamMembers()).toEqual([VERA]);
  });
});

describe('which address the add-on sees', () => {
  it("is shown in the sidebar's state, blank when Google does not tell it", () => {
    const emulator = lockedTemplate();
    expect(getSidebarState().sharing).toMatchObject({ activeEmail: OWNER, canShare: true });
    // Anna typed an alias in the team; Google tells her main address, which is the one that counts.
    emulator.setActiveUser('anna.main@example.com');
    expect(getSidebarState().sharing).toMatchObject({
      activeEmail: 'anna.main@example.com',
      canShare: false,
      canChangeStructure: false,
    });
    emulator.setActiveUser('guest@other.example', { emailHidden: true });
    expect(getSidebarState().sharing).toMatchObject({ activeEmail: '', canShare: false });
    expect(() => saveSettings(testSettings({ departmentName: 'Guests' }))).toThrow(
      userMessage(/^Google did not tell the add-on who you are, /),
    );
  });
});

describe('the release of the lock, from the sidebar', () => {
  it('is offered to the owner, even when Google hides their email, and not to a teammate, whom the server refuses', () => {
    const emulator = lockedTemplate();
    expect(getSidebarState().sharing.canReleaseLock).toBe(true);
    emulator.setActiveUser(VERA.email);
    expect(getSidebarState().sharing.canReleaseLock).toBe(false);
    expect(() => releaseStructureLock()).toThrow(
      userMessage(
        /^Only the spreadsheet's owner, the head of the department or, in a shared drive, a manager of the drive can release/,
      ),
    );
    expect(getSidebarState().sharing.shared).toBe(true);

    emulator.setActiveUser(OWNER, { emailHidden: true });
    expect(getSidebarState().sharing).toMatchObject({ activeEmail: '', canReleaseLock: true, canShare: false });
    expect(releaseStructureLock().message).toBe(
      'The structure lock is released: every editor can change the template again.',
    );
    expect(getSidebarState().sharing).toMatchObject({ shared: false, canReleaseLock: false });
    emulator.setActiveUser(VERA.email);
    saveSettings(testSettings({ departmentName: 'Open again' }));
    expect(readSettings()?.departmentName).toBe('Open again');
  });

  it('is offered to a head, and in a shared drive, with no owner, to its manager', () => {
    const emulator = lockedTemplate({ inSharedDrive: true });
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getOwner()).toBeNull();
    emulator.setActiveUser(ANNA.email);
    expect(getSidebarState().sharing.canReleaseLock).toBe(true);
    emulator.setActiveUser(VERA.email);
    expect(getSidebarState().sharing.canReleaseLock).toBe(false);
    // The first user of the emulator stands for the drive's managers, who can always edit protections.
    emulator.setActiveUser(OWNER);
    expect(getSidebarState().sharing.canReleaseLock).toBe(true);
    expect(releaseStructureLock().message).toBe(
      'The structure lock is released: every editor can change the template again.',
    );
  });

  it('is a top-level function of the pushed dist/Code.js the sidebar can call', () => {
    const emulator = createEmulator({ owner: OWNER, id: 'pushed' });
    const code = loadPushedCode(readCodeJs(), (scope) => {
      emulator.installGlobals(scope);
    });
    code.execute('buildResponsibilityMatrix', [teamWith([ANNA, VERA])]);
    code.execute('shareWithTeam', [{ personIds: ['anna', 'vera'] }]);
    emulator.setActiveUser(OWNER, { emailHidden: true });
    const state = code.execute('getSidebarState', []) as {
      sharing: { shared: boolean; canReleaseLock: boolean; activeEmail: string };
    };
    expect(state.sharing).toMatchObject({ shared: true, canReleaseLock: true, activeEmail: '' });
    expect((code.execute('releaseStructureLock', []) as { message: string }).message).toBe(
      'The structure lock is released: every editor can change the template again.',
    );
  });
});
