/**
 * Apps Script's property limits (9 KB a value, 500 KB a store; the emulator
 * enforces both, docs/emulator.md "Property limits") against everything the
 * add-on stores: each value that grows with what people type is stored in
 * parts, the largest template the add-on accepts fits in one store, and a
 * save or an import that would not fit is refused up front, saying what to
 * shorten — the import preview included, so it never passes a file that
 * then fails to save. The same save runs on the pushed dist/Code.js.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../packages/preview/addon-emulator';
import { loadPushedCode } from '../../packages/preview/pushed-code';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { shareWithTeam } from '../../src/server/actions/share-actions';
import { getSidebarState, saveSettings } from '../../src/server/actions/sidebar-state-actions';
import { buildResponsibilityMatrix, saveTeam } from '../../src/server/actions/team-actions';
import { applyImport, exportTemplate, previewImport } from '../../src/server/actions/transfer-actions';
import { PROPERTY_KEYS } from '../../src/server/property-keys';
import { PROPERTY_STORE_BYTES, storedBytes } from '../../src/server/property-room';
import { readSettings } from '../../src/server/settings-store';
import { MAX_PEOPLE, type TeamMember } from '../../src/shared/team';
import { MAX_ROLES, defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { MAX_CHANNELS, type TemplateSettings } from '../../src/shared/template-settings';
import { readCodeJs } from '../bundle/load-bundle';
import { userMessage } from '../support/user-message';
import { testSettings } from './kpi-emulator-fixture';

const OWNER = 'owner@example.com';
/** Three UTF-8 bytes and one UTF-16 unit a character: the most bytes a length limit lets through. */
const WIDE = '字';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function spreadsheet(id = 'sheet'): Emulator {
  uninstall?.();
  const emulator = createEmulator({ owner: OWNER, id });
  uninstall = emulator.installGlobals();
  return emulator;
}

/** `length` characters of `WIDE` ending in `suffix`, so names stay distinct. */
function wide(length: number, suffix: string | number): string {
  const tail = String(suffix);
  return WIDE.repeat(length - tail.length) + tail;
}

/** Sixty channels, every name and the department's as long as the schema allows, in three-byte characters. */
function largestSettings(): TemplateSettings {
  return testSettings({
    departmentName: wide(100, ''),
    channels: Array.from({ length: MAX_CHANNELS }, (_, i) => ({
      id: `channel-${i + 1}`,
      name: wide(60, i + 1),
      targetCpl: 1_000 + i,
      targetRomi: 1.5,
    })),
  });
}

/** Fifty people and twenty roles, every name and email as long as the schema allows. */
function largestTeam(): TeamSettings {
  const roles = [
    ...defaultTeamSettings('en').roles.map((role) => ({ ...role, name: wide(60, role.id) })),
    ...Array.from({ length: MAX_ROLES - 4 }, (_, i) => ({
      id: `role-${i + 1}`,
      name: wide(60, `r${i + 1}`),
      contractor: i % 2 === 0,
    })),
  ];
  const people: TeamMember[] = Array.from({ length: MAX_PEOPLE }, (_, i) => ({
    id: `person-${i + 1}`,
    name: wide(80, i + 1),
    // 120 characters: the local part is wide, the domain plain.
    email: `${wide(120 - '@example.com'.length, i + 1)}@example.com`,
    roleId: i === 0 ? 'head' : (roles[i % roles.length]?.id ?? 'head'),
    monthlyCost: 123_456.78,
    employment: i % 3 === 0 ? 'contractor' : 'staff',
  }));
  return { ...defaultTeamSettings('en'), companyHeadcount: 9_999_999, people, roles, matrixColumns: 'people' };
}

/** Fills the document store with something else (an older version's leftovers, say) until only `free` bytes are left. */
function fillDocumentStore(emulator: Emulator, free: number): void {
  const properties = emulator.PropertiesService.getDocumentProperties();
  let bytes = PROPERTY_STORE_BYTES - free - storedBytes(properties.getProperties());
  for (let index = 0; bytes > 0; index++) {
    const key = `other.${index}`;
    const size = Math.min(9_000, bytes - key.length);
    properties.setProperty(key, 'x'.repeat(Math.max(size, 1)));
    bytes -= key.length + Math.max(size, 1);
  }
}

const TOO_LARGE =
  /^This is too much to store in the spreadsheet: the template would need \d+ KB, and Google keeps at most 500 KB of an add-on's data per spreadsheet \(\d+ KB of it hold the add-on's other data\)\. Shorten the names of channels, roles and people, or remove channels or people, and try again\. Nothing was changed\.$/;

describe('settings in document properties', () => {
  it('hold sixty channels with the longest names, beyond the 9 KB one property allows, and drop parts no longer needed', () => {
    const emulator = spreadsheet();
    const settings = largestSettings();
    expect(Buffer.byteLength(JSON.stringify(settings))).toBeGreaterThan(9 * 1024);
    saveSettings(settings);
    const properties = emulator.PropertiesService.getDocumentProperties();
    expect(Number(properties.getProperty(PROPERTY_KEYS.settings))).toBeGreaterThan(1);
    expect(readSettings()).toEqual(settings);
    expect(getSidebarState().settings).toEqual(settings);

    saveSettings(testSettings());
    expect(properties.getProperty(PROPERTY_KEYS.settings)).toBe('1');
    expect(properties.getProperty(`${PROPERTY_KEYS.settings}.2`)).toBeNull();
    expect(readSettings()).toEqual(testSettings());
  });

  it('are read when an earlier version stored them whole, and stored in parts at the next save', () => {
    const emulator = spreadsheet();
    const properties = emulator.PropertiesService.getDocumentProperties();
    properties.setProperty(PROPERTY_KEYS.settings, JSON.stringify(testSettings({ departmentName: 'Stored whole' })));
    expect(readSettings()?.departmentName).toBe('Stored whole');
    saveSettings(testSettings({ departmentName: 'Stored in parts' }));
    expect(properties.getProperty(PROPERTY_KEYS.settings)).toBe('1');
    expect(readSettings()?.departmentName).toBe('Stored in parts');
  });
});

describe('the 500 KB one store holds', () => {
  it("is enough for the largest template the add-on accepts: settings, channel names, team, the Roles tab's layout and sharing", () => {
    const emulator = spreadsheet();
    buildKpiTemplate(largestSettings());
    const team = largestTeam();
    buildResponsibilityMatrix(team);
    const shared = shareWithTeam({ personIds: team.people.slice(1).map((person) => person.id) });
    expect(shared.message).toMatch(/^Shared with 49: /);
    const stored = emulator.PropertiesService.getDocumentProperties().getProperties();
    for (const key of [
      PROPERTY_KEYS.settings,
      PROPERTY_KEYS.builtChannelNames,
      PROPERTY_KEYS.team,
      PROPERTY_KEYS.builtRolesLayout,
      PROPERTY_KEYS.sharing,
    ]) {
      expect(Number(stored[key]), key).toBeGreaterThanOrEqual(1);
    }
    // About a fifth of the store (96 645 bytes when written): room to spare for what later versions add.
    expect(storedBytes(stored)).toBeLessThan(PROPERTY_STORE_BYTES / 3);
    expect(getSidebarState().settings).toEqual(largestSettings());
    // Every tab is built twice (sharing rebuilds them), and the Roles tab's 62 native checks over 50 people evaluate in HyperFormula each time.
  }, 60_000);

  it('a save that would not fit is refused up front, saying what to shorten, and nothing changes', () => {
    const emulator = spreadsheet();
    saveSettings(testSettings());
    saveTeam({ ...defaultTeamSettings('en'), people: [] });
    fillDocumentStore(emulator, 12 * 1024);
    const before = emulator.PropertiesService.getDocumentProperties().getProperties();
    expect(() => saveSettings(largestSettings())).toThrow(userMessage(TOO_LARGE));
    expect(() => buildKpiTemplate(largestSettings())).toThrow(userMessage(TOO_LARGE));
    expect(() => saveTeam(largestTeam())).toThrow(userMessage(TOO_LARGE));
    expect(emulator.PropertiesService.getDocumentProperties().getProperties()).toEqual(before);
    // What fits is still saved.
    saveSettings(testSettings({ departmentName: 'Small' }));
    expect(readSettings()?.departmentName).toBe('Small');
  });

  it("says so in the person's language", () => {
    const emulator = spreadsheet();
    emulator.setActiveUser(OWNER, { locale: 'ru' });
    fillDocumentStore(emulator, 4 * 1024);
    expect(() => saveSettings(largestSettings())).toThrow(
      userMessage(
        /^Столько не сохранить в таблице: шаблону нужно \d+ КБ, а Google хранит не более 500 КБ .* Ничего не изменено\.$/,
      ),
    );
  });

  it('the import preview refuses a file that would not fit, as applying it would; a file that fits passes both', {
    timeout: 60_000,
  }, () => {
    spreadsheet('source');
    buildKpiTemplate(largestSettings());
    buildResponsibilityMatrix(largestTeam());
    const file = exportTemplate({ includeEmails: true }).json;

    const full = spreadsheet('full');
    fillDocumentStore(full, 20 * 1024);
    expect(() => previewImport(file)).toThrow(userMessage(TOO_LARGE));
    const before = full.PropertiesService.getDocumentProperties().getProperties();
    expect(() => applyImport(file, 'any confirmation')).toThrow();
    expect(full.PropertiesService.getDocumentProperties().getProperties()).toEqual(before);

    spreadsheet('empty');
    const preview = previewImport(file);
    expect(applyImport(file, preview.confirmation).message).toBe(
      'Template imported: 60 channels, 20 roles, 50 people.',
    );
    expect(readSettings()).toEqual(largestSettings());
  });
});

describe('on the pushed dist/Code.js', () => {
  it('saves and reads back sixty channels with the longest names, and refuses what would not fit', () => {
    const emulator = createEmulator({ owner: OWNER, id: 'pushed' });
    const code = loadPushedCode(readCodeJs(), (scope) => {
      emulator.installGlobals(scope);
    });
    const settings = largestSettings();
    const state = code.execute('saveSettings', [settings]) as { settings: TemplateSettings; settingsSaved: boolean };
    expect(state.settingsSaved).toBe(true);
    expect(state.settings).toEqual(settings);
    expect((code.execute('getSidebarState', []) as { settings: TemplateSettings }).settings).toEqual(settings);
    expect(
      Number(emulator.PropertiesService.getDocumentProperties().getProperty(PROPERTY_KEYS.settings)),
    ).toBeGreaterThan(1);

    fillDocumentStore(emulator, 4 * 1024);
    let refusal = '';
    try {
      code.execute('saveSettings', [testSettings({ channels: largestSettings().channels, departmentName: 'Again' })]);
    } catch (error) {
      refusal = String((error as { message?: unknown }).message);
    }
    expect(refusal).toMatch(userMessage(TOO_LARGE));
  });
});
