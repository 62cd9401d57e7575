/**
 * Export and import of the template on the emulator: a round trip into a
 * fresh spreadsheet gives the same tabs; a file is refused, with a message
 * that names what is wrong, before anything changes; nothing is applied
 * without the preview's confirmation; who may import once shared.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { createEmulator, type Emulator, type SheetSnapshot } from '../../packages/preview/addon-emulator';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { shareWithTeam } from '../../src/server/actions/share-actions';
import { getSidebarState } from '../../src/server/actions/sidebar-state-actions';
import { buildResponsibilityMatrix, saveTeam } from '../../src/server/actions/team-actions';
import { applyImport, exportTemplate, previewImport } from '../../src/server/actions/transfer-actions';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import type { TemplateDocument } from '../../src/shared/template-document';
import { testSettings } from './kpi-emulator-fixture';
import { userMessage } from '../support/user-message';

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
const TABS = [KPI_TAB_NAME, 'Roles', 'Team'];

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** The spreadsheet the server code sees from now on (a test may switch between two). */
let current: Emulator | undefined;

function spreadsheet(owner: string, id: string): Emulator {
  uninstall?.();
  current = createEmulator({ owner, id });
  uninstall = current.installGlobals();
  return current;
}

function spreadsheetNow(): Emulator {
  if (!current) throw new Error('no spreadsheet');
  return current;
}

function teamWith(people: TeamMember[] = [ANNA, VERA], overrides: Partial<TeamSettings> = {}): TeamSettings {
  return { ...defaultTeamSettings('en'), companyHeadcount: 60, people, ...overrides };
}

/** The head's spreadsheet: the template built, a letter changed by hand, a direction the team added. */
function sourceSpreadsheet(): Emulator {
  const emulator = spreadsheet('owner@example.com', 'source');
  buildKpiTemplate(
    testSettings({
      departmentName: 'Growth',
      channels: [...testSettings().channels, { id: 'events', name: 'Events', targetCpl: 4_000, targetRomi: null }],
    }),
  );
  buildResponsibilityMatrix(teamWith());
  const roles = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
  if (!roles) throw new Error('no Roles tab');
  roles.getRange('C2').setValue('C');
  roles.insertRowAfter(13);
  roles.getRange('A14:E14').setValues([['Partner programme', 'A', 'R', '', '']]);
  buildResponsibilityMatrix(teamWith());
  return emulator;
}

/** What makes two tabs the same to a person: cells, formulas, formats, rules, notes, widths, protections' kind. */
function comparable(tab: SheetSnapshot) {
  return {
    name: tab.name,
    values: tab.values,
    formulas: tab.formulas,
    displayValues: tab.displayValues,
    numberFormats: tab.numberFormats,
    backgrounds: tab.backgrounds,
    notes: tab.notes,
    validations: tab.validations,
    conditionalFormatRules: tab.conditionalFormatRules,
    columnWidths: tab.columnWidths,
    frozen: [tab.frozenRows, tab.frozenColumns],
    protections: tab.protections.map((p) => [p.range, p.description, p.warningOnly]),
  };
}

function everything(emulator: Emulator) {
  return {
    sheets: emulator.spreadsheetSnapshot(),
    properties: emulator.PropertiesService.getDocumentProperties().getProperties(),
  };
}

/** Preview, then confirm what the preview showed, as the sidebar does. */
function importWithPreview(json: string) {
  const preview = previewImport(json);
  return { preview, result: applyImport(json, preview.confirmation) };
}

describe('a round trip', () => {
  it('export → import into a fresh spreadsheet gives identical tabs, properties and named ranges', () => {
    const source = sourceSpreadsheet();
    const exported = exportTemplate({ includeEmails: true });
    expect(exported.message).toBe('Template exported: 4 channels, 4 roles, 2 people.');
    const before = TABS.map((tab) => comparable(source.snapshot(tab)));
    const sourceProperties = source.PropertiesService.getDocumentProperties().getProperties();
    const sourceNames = source.spreadsheetSnapshot().namedRanges;

    const target = spreadsheet('someone@else.example', 'target');
    const { preview, result } = importWithPreview(exported.json);
    expect(preview.summary).toBe('Importing makes these changes. Nothing changes until you confirm.');
    expect(preview.sections.find((section) => section.title === 'Responsibility matrix')?.lines).toEqual([
      "The Roles tab is built with the file's letters: 13 rows × 4 columns.",
      'Directions the team added come along: Partner programme.',
    ]);
    expect(result.message).toBe('Template imported: 4 channels, 4 roles, 2 people.');
    expect(TABS.map((tab) => comparable(target.snapshot(tab)))).toEqual(before);
    expect(target.snapshot('Roles').values[1]?.[2]).toBe('C');
    expect(target.snapshot('Roles').values[13]?.slice(0, 3)).toEqual(['Partner programme', 'A', 'R']);
    expect(target.PropertiesService.getDocumentProperties().getProperties()).toEqual(sourceProperties);
    expect(target.spreadsheetSnapshot().namedRanges).toEqual(sourceNames);
  });

  it("says an import of the same template changes nothing but the tabs' rebuild", () => {
    sourceSpreadsheet();
    const exported = exportTemplate({ includeEmails: true });
    const preview = previewImport(exported.json);
    expect(preview.summary).toBe(
      'The file holds the template this spreadsheet already has: importing rebuilds the tabs and changes nothing else.',
    );
    expect(preview.sections).toEqual([{ title: 'Responsibility matrix', lines: ['No letter changes.'] }]);
  });

  it("leaves people's emails out unless asked, and an import keeps the emails the spreadsheet has for them", () => {
    sourceSpreadsheet();
    const document = JSON.parse(exportTemplate({ includeEmails: false }).json) as TemplateDocument;
    expect(document.includesEmails).toBe(false);
    expect(document.team.people.map((person) => person.email)).toEqual(['', '']);

    spreadsheet('owner@example.com', 'copy');
    saveTeam(teamWith([{ ...ANNA, email: 'anna@copy.example' }]));
    const changed = {
      ...document,
      team: { ...document.team, people: [document.team.people[0], { ...VERA, email: '', name: 'Vera Petrova' }] },
    };
    const { preview } = importWithPreview(JSON.stringify(changed));
    expect(preview.sections.find((section) => section.title === 'Team')?.lines).toEqual([
      'New person: Vera Petrova',
      'The file holds no emails: the emails this spreadsheet has for the same people are kept (1).',
    ]);
    expect(getSidebarState().team.team.people.map((person) => [person.name, person.email])).toEqual([
      ['Anna', 'anna@copy.example'],
      ['Vera Petrova', ''],
    ]);
  });

  it('describes settings, channels, targets, roles and people that change, matched by id', () => {
    sourceSpreadsheet();
    const document = JSON.parse(exportTemplate({ includeEmails: true }).json) as TemplateDocument;
    const [ppc, seo, , events] = document.settings.channels;
    if (!ppc || !seo || !events) throw new Error('channels missing');
    const edited: TemplateDocument = {
      ...document,
      settings: {
        ...document.settings,
        year: 2027,
        currency: 'EUR',
        targetRomi: 1.5,
        channels: [
          { ...ppc, targetCpl: 800, targetRomi: 0.5 },
          { ...seo, name: 'Organic search' },
          events,
          { id: 'webinars', name: 'Webinars', targetCpl: null, targetRomi: null },
        ],
      },
      team: {
        ...document.team,
        maxResponsible: 5,
        roles: document.team.roles.map((role) => (role.id === 'pr-manager' ? { ...role, name: 'PR lead' } : role)),
        people: [ANNA],
      },
    };
    const preview = previewImport(JSON.stringify(edited));
    expect(preview.sections.slice(0, 3)).toEqual([
      {
        title: 'Settings',
        lines: ['year: 2026 → 2027', 'currency: USD → EUR', 'target ROMI: 100\u00a0% → 150\u00a0%'],
      },
      {
        title: 'Channels and targets',
        lines: [
          'New channel: Webinars',
          'Renamed: SEO → Organic search',
          'Removed: PR (its rows keep the figures typed in them, marked in the Note column)',
          'Target CPL of PPC: 1000 → 800',
          "Target ROMI of PPC: the department's → 50\u00a0%",
        ],
      },
      {
        title: 'Team',
        lines: [
          'most directions per role (R): 4 → 5',
          'Role renamed: PR manager → PR lead',
          'No longer in the team: Vera',
        ],
      },
    ]);
  });
});

describe('a file that is refused', () => {
  function refusedWithoutChange(json: unknown, message: string | RegExp): void {
    const emulator = spreadsheet('owner@example.com', 'target');
    buildKpiTemplate(testSettings());
    const before = everything(emulator);
    expect(() => previewImport(json)).toThrow(message);
    expect(() => applyImport(json, 'whatever')).toThrow(message);
    expect(everything(emulator)).toEqual(before);
  }

  const valid = (): TemplateDocument => {
    sourceSpreadsheet();
    const document = JSON.parse(exportTemplate({ includeEmails: true }).json) as TemplateDocument;
    return document;
  };

  it('when it is malformed, truncated, oversized, empty or not a template', () => {
    const json = JSON.stringify(valid(), null, 2);
    refusedWithoutChange(
      '{"format": "marketing-kpi-template", version: 1}',
      userMessage(
        /^This is not valid JSON: unexpected "v" at line 1, position 38\. Paste the file exactly as Export made it\.$/,
      ),
    );
    refusedWithoutChange(
      json.slice(0, Math.floor(json.length / 2)),
      'The file ends too early: it looks cut off. Copy the whole file, from the first { to the last }, and paste it again.',
    );
    // Padded to exactly 214 KB, so the figure does not move when the template grows.
    refusedWithoutChange(
      `${json}${' '.repeat(214 * 1024 - Buffer.byteLength(json))}`,
      'The file is too large: 214 KB, while a template is at most 200 KB. Paste a file made by Export.',
    );
    refusedWithoutChange('   ', 'Paste a template file (JSON) first.');
    refusedWithoutChange(42, 'Paste a template file (JSON) first.');
    refusedWithoutChange(
      '{"name": "budget.xlsx"}',
      'This JSON is not a Marketing KPI template: its "format" should be "marketing-kpi-template".',
    );
    refusedWithoutChange(
      JSON.stringify({ ...valid(), version: 2 }),
      /made by a newer version of Marketing KPI \(file version 2\); this one reads version 1/,
    );
  });

  it('naming the field that is wrong, in settings, team or matrix', () => {
    const document = valid();
    const [first, second] = document.settings.channels;
    if (!first || !second) throw new Error('channels missing');
    const matrix = document.matrix;
    if (!matrix) throw new Error('no matrix');
    const firstRow = matrix.rows[0];
    if (!firstRow) throw new Error('no matrix row');

    refusedWithoutChange(
      JSON.stringify({
        ...document,
        settings: { ...document.settings, channels: [first, { ...second, targetCpl: -5 }] },
      }),
      'The template is not valid: Settings, channel 2 (SEO), target CPL: must be more than 0',
    );
    refusedWithoutChange(
      JSON.stringify({ ...document, team: { ...document.team, people: [{ ...ANNA, email: 'anna@' }] } }),
      'The template is not valid: Team: Person 1 (Anna), email: "anna@" is not an email address',
    );
    refusedWithoutChange(
      JSON.stringify({ ...document, team: { ...document.team, people: [{ ...ANNA, roleId: 'astrologer' }] } }),
      'The template is not valid: Team: Person 1 (Anna), role: "astrologer" is not one of the team\'s roles',
    );
    refusedWithoutChange(
      JSON.stringify({
        ...document,
        matrix: { ...matrix, rows: [{ ...firstRow, cells: ['X', ...firstRow.cells.slice(1)] }] },
      }),
      'The template is not valid: Responsibility matrix, row 1 (Strategy), cell 1: "X" is not R, A, C, I or a combination such as R/A',
    );
    refusedWithoutChange(
      JSON.stringify({ ...document, matrix: { ...matrix, rows: [{ ...firstRow, cells: ['A'] }] } }),
      'The template is not valid: Responsibility matrix, row 1 (Strategy), cells: the number of cells (1) is not the number of columns (4)',
    );
    refusedWithoutChange(
      JSON.stringify({ ...document, settings: { ...document.settings, currency: 'GBP' } }),
      userMessage(/^The template is not valid: Settings, currency: /),
    );
  });
});

describe('applying a file', () => {
  it("needs the preview's confirmation, over the template the preview saw", () => {
    sourceSpreadsheet();
    const document = JSON.parse(exportTemplate({ includeEmails: true }).json) as TemplateDocument;
    const json = JSON.stringify({ ...document, settings: { ...document.settings, year: 2030 } });
    const emulator = spreadsheetNow();
    const before = everything(emulator);
    expect(() => applyImport(json, undefined)).toThrow(
      'The template or the file changed since the preview. Preview the import again, then confirm.',
    );
    const preview = previewImport(json);
    const other = JSON.stringify({ ...document, settings: { ...document.settings, year: 2031 } });
    expect(() => applyImport(other, preview.confirmation)).toThrow(/changed since the preview/);
    expect(everything(emulator)).toEqual(before);

    // A teammate's change between the preview and the confirmation makes the preview stale.
    buildKpiTemplate(testSettings({ departmentName: "Someone else's edit" }));
    expect(() => applyImport(json, preview.confirmation)).toThrow(/changed since the preview/);
    expect(applyImport(json, previewImport(json).confirmation).message).toMatch(/^Template imported/);
  });

  it("once shared, is the owner's and the heads' to do; anyone may preview", () => {
    const emulator = sourceSpreadsheet();
    const json = exportTemplate({ includeEmails: true }).json;
    shareWithTeam({ personIds: ['anna', 'vera'] });
    emulator.setActiveUser(VERA.email);
    const preview = previewImport(json);
    expect(() => applyImport(json, preview.confirmation)).toThrow(
      /only the head of the department \(Anna\) or the spreadsheet's owner/,
    );
    emulator.setActiveUser(ANNA.email);
    expect(applyImport(json, preview.confirmation).message).toMatch(/^Template imported/);
    expect(emulator.snapshot(KPI_TAB_NAME).protections.every((p) => !p.warningOnly)).toBe(true);
  });

  it('writes hostile names from a file as text that never runs', () => {
    sourceSpreadsheet();
    const document = JSON.parse(exportTemplate({ includeEmails: true }).json) as TemplateDocument;
    const matrix = document.matrix;
    if (!matrix) throw new Error('no matrix');
    const hostile: TemplateDocument = {
      ...document,
      settings: {
        ...document.settings,
        channels: [{ id: 'evil', name: '=IMPORTXML("http://evil.example", "//a")', targetCpl: null, targetRomi: null }],
      },
      team: { ...document.team, people: [{ ...ANNA, name: '<script>alert(1)</script>' }] },
      matrix: {
        ...matrix,
        rows: [
          ...matrix.rows,
          { direction: null, name: '+HYPERLINK("http://evil.example")', cells: ['A', '', '', ''] },
        ],
      },
    };
    const emulator = spreadsheet('owner@example.com', 'target');
    const { preview } = importWithPreview(JSON.stringify(hostile));
    expect(preview.sections.find((section) => section.title === 'Channels and targets')?.lines).toContain(
      'New channel: =IMPORTXML("http://evil.example", "//a")',
    );
    const kpi = emulator.snapshot(KPI_TAB_NAME);
    const channel = kpiColumnIndex('channel');
    expect(kpi.values[1]?.[channel]).toBe('=IMPORTXML("http://evil.example", "//a")');
    expect(kpi.formulas[1]?.[channel]).toBe('');
    const roles = emulator.snapshot('Roles');
    expect(roles.values[14]?.[0]).toBe('+HYPERLINK("http://evil.example")');
    expect(roles.formulas[14]?.[0]).toBe('');
    expect(emulator.snapshot('Team').values[1]?.[0]).toBe('<script>alert(1)</script>');
  });
});
