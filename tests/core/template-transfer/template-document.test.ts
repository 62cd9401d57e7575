/**
 * The template file in core: written and read back unchanged, refused when
 * cut off anywhere, and the matrix's letters meeting a Roles tab's plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRolesMatrix } from '../../../src/core/roles-tab/plan-roles-matrix';
import { importChanges, hasChanges } from '../../../src/core/template-transfer/import-changes';
import { importConfirmation } from '../../../src/core/template-transfer/import-confirmation';
import { importPreviewText } from '../../../src/core/template-transfer/import-preview-text';
import { matrixDocumentOf, personCellsOf } from '../../../src/core/template-transfer/matrix-export';
import { withImportedLetters } from '../../../src/core/roles-tab/imported-letters';
import { readTemplateDocument } from '../../../src/shared/read-template-document';
import {
  incomingTeam,
  templateDocumentOf,
  templateDocumentText,
  type TemplateParts,
} from '../../../src/core/template-transfer/template-document-of';
import { defaultTeamSettings, type TeamSettings } from '../../../src/shared/team-settings';
import { defaultTemplateSettings } from '../../../src/shared/template-settings';

const team: TeamSettings = {
  ...defaultTeamSettings('en'),
  companyHeadcount: 60,
  people: [
    { id: 'anna', name: 'Анна', email: 'anna@example.com', roleId: 'head', monthlyCost: 250_000, employment: 'staff' },
    { id: 'oleg', name: 'Oleg', email: '', roleId: 'content-engineer', monthlyCost: null, employment: 'contractor' },
  ],
};

function parts(): TemplateParts {
  const planned = planRolesMatrix({ team, lang: 'en', existing: null, previous: null });
  if (!planned.ok) throw new Error('not planned');
  return { settings: defaultTemplateSettings('en', 2026), team, matrix: matrixDocumentOf(planned.plan) };
}

describe('the template file', () => {
  it('reads back as it was written, and holds emails only when asked', () => {
    const withEmails = templateDocumentOf(parts(), true);
    expect(readTemplateDocument(templateDocumentText(withEmails), 'en')).toEqual({ ok: true, document: withEmails });
    const without = templateDocumentOf(parts(), false);
    expect(without.team.people.map((person) => person.email)).toEqual(['', '']);
    expect(incomingTeam(without, team).people.map((person) => person.email)).toEqual(['anna@example.com', '']);
    expect(incomingTeam(without, null).people.map((person) => person.email)).toEqual(['', '']);
  });

  it('is refused as cut off wherever it is cut', () => {
    const text = templateDocumentText(templateDocumentOf(parts(), true)).trimEnd();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => {
        const reading = readTemplateDocument(text.slice(0, cut), 'en');
        expect(reading).toEqual({ ok: false, message: expect.stringMatching(/^The file ends too early/) });
      }),
      { numRuns: 300 },
    );
  });

  it('words its refusals in Russian too', () => {
    expect(readTemplateDocument('[1, 2', 'ru')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Файл обрывается/),
    });
    expect(readTemplateDocument('{"format": "marketing-kpi-template", "version": 1}', 'ru')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Шаблон заполнен неверно: Настройки: /),
    });
  });
});

describe('the matrix of a file meeting a Roles tab', () => {
  it("writes the file's letters over the defaults and adds the directions a team added", () => {
    const file = parts().matrix;
    if (!file) throw new Error('no matrix');
    const edited = {
      ...file,
      rows: [
        ...file.rows.map((row) => (row.direction === 'strategy' ? { ...row, cells: ['a, r', 'C', '', ''] } : row)),
        { direction: null, name: 'Partner programme', cells: ['A', '', 'R', ''] },
      ],
    };
    const planned = planRolesMatrix({ team, lang: 'ru', existing: null, previous: null, imported: edited });
    if (!planned.ok) throw new Error('not planned');
    expect(planned.plan.cells[0]?.slice(0, 4)).toEqual(['R/A', 'C', '', '']);
    expect(planned.plan.rows.at(-1)).toMatchObject({
      directionId: null,
      label: 'Partner programme',
      name: 'Partner programme',
    });
    expect(planned.plan.cells.at(-1)?.slice(0, 4)).toEqual(['A', '', 'R', '']);
    // The rows are still the directions, named in the template's language.
    expect(planned.plan.rows[0]?.label).toBe('Стратегия');
  });
});

describe('the preview of an import', () => {
  it('finds no change in the same template, and its confirmation follows both sides', () => {
    const current = { ...parts() };
    const changes = importChanges(current, parts(), 0);
    expect(hasChanges(changes)).toBe(false);
    expect(importPreviewText(changes, 'ru').summary).toMatch(/^В файле тот же шаблон/);
    const other = { ...parts(), settings: { ...parts().settings, year: 2027 } };
    expect(importConfirmation(current, parts())).toBe(importConfirmation(current, parts()));
    expect(importConfirmation(current, other)).not.toBe(importConfirmation(current, parts()));
    expect(importConfirmation({ ...current, team: null }, parts())).not.toBe(importConfirmation(current, parts()));
  });

  it("counts a cell holding the team's own text as kept, not changed, as the build keeps it", () => {
    const planned = planRolesMatrix({ team, lang: 'en', existing: null, previous: null });
    if (!planned.ok) throw new Error('not planned');
    const plan = { ...planned.plan, cells: planned.plan.cells.map((row) => [...row]) };
    const strategy = plan.rows.findIndex((row) => row.directionId === 'strategy');
    const column = plan.columns.findIndex((candidate) => candidate.id !== null && !candidate.kept);
    const cellsRow = plan.cells[strategy];
    if (!cellsRow || column < 0) throw new Error('no strategy cell');
    cellsRow[column] = 'ask Anna first';
    const current = { ...parts(), matrix: matrixDocumentOf(plan), personCells: personCellsOf(plan) };
    const incoming = parts();
    if (!incoming.matrix) throw new Error('no matrix');
    const at = incoming.matrix.columns.indexOf(plan.columns[column]?.id ?? '');
    const rows = incoming.matrix.rows.map((row) =>
      row.direction === 'strategy' ? { ...row, cells: row.cells.map((cell, c) => (c === at ? 'R/A' : cell)) } : row,
    );
    const file = { ...incoming, matrix: { ...incoming.matrix, rows } };
    expect(importChanges(current, file, 0).matrix).toEqual({ kind: 'changed', cells: 0, kept: 1, addedRows: [] });
    // Without knowing the cell holds text, the preview would have said one cell changes.
    expect(importChanges({ ...current, personCells: new Set() }, file, 0).matrix).toMatchObject({ cells: 1, kept: 0 });
    expect(importPreviewText(importChanges(current, file, 0), 'ru').sections.at(-1)?.lines).toEqual([
      'Буквы не меняются.',
      'Ячейки, где вместо букв записан собственный текст команды, останутся как есть: 1.',
    ]);
    const built = withImportedLetters(plan.rows, plan.columns, plan.cells, file.matrix);
    expect(built[strategy]?.[column]).toBe('ask Anna first');
  });

  it('lists every change against an empty spreadsheet', () => {
    const text = importPreviewText(importChanges({ settings: null, team: null, matrix: null }, parts(), 0), 'en');
    expect(text.sections.map((section) => section.title)).toEqual([
      'Settings',
      'Channels and targets',
      'Team',
      'Responsibility matrix',
    ]);
    expect(text.sections[0]?.lines[0]).toBe('department name: — → Marketing department');
    expect(text.sections[2]?.lines.slice(0, 3)).toEqual([
      'company head count: — → 60',
      'matrix columns: — → a column per role',
      'most directions per role (R): — → 4',
    ]);
  });
});
