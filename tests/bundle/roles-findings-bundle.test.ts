/**
 * "Check again" on the pushed bundle in the emulator: the sidebar's findings
 * read the Roles tab through its anchors (each column's developer metadata,
 * each row's label), so after a person inserts rows and a column of their
 * own, moves a column, sorts the directions and renames the tab, every
 * finding still names the direction and the person whose cells it read.
 */
import { describe, expect, it } from 'vitest';
import type { MatrixFindings } from '../../src/shared/server-api';
import type { TeamMember } from '../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { bundleOnEmulator, type BundleOnEmulator } from './bundle-on-emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function person(id: string, name: string, roleId: string): TeamMember {
  return { id, name, email: `${id}@example.com`, roleId, monthlyCost: 150_000, employment: 'staff' };
}

const TEAM: TeamSettings = {
  ...defaultTeamSettings('en'),
  companyHeadcount: 40,
  matrixColumns: 'people',
  people: [
    person('anna', 'Anna', 'head'),
    person('ivan', 'Ivan', 'internet-marketer'),
    person('vera', 'Vera', 'pr-manager'),
    person('oleg', 'Oleg', 'content-engineer'),
  ],
};

function findings(app: BundleOnEmulator): MatrixFindings {
  return app.run('getMatrixFindings') as MatrixFindings;
}

/** The cell of a direction (by its label) × a column (by its header), wherever they are now. */
function cellOf(sheet: Sheet, direction: string, header: string): GoogleAppsScript.Spreadsheet.Range {
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((line) => line[0] === direction);
  const column = (values[0] ?? []).indexOf(header);
  if (row < 0 || column < 0) throw new Error(`no cell ${direction} × ${header}`);
  return sheet.getRange(row + 1, column + 1);
}

describe('"Check again" reads the Roles tab by its anchors (pushed bundle)', () => {
  it('names the right direction and people after rows and a column are inserted, a column moved, the directions sorted and the tab renamed', () => {
    const app = bundleOnEmulator();
    app.run('buildResponsibilityMatrix', TEAM);
    expect(findings(app).findings).toEqual([]);
    const sheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
    if (!sheet) throw new Error('no Roles tab');

    // A column of the person's own between Anna and Ivan, full of letters that are not the matrix's.
    sheet.insertColumnBefore(3);
    sheet.getRange(1, 3, 14, 1).setValues([['My notes'], ...Array.from({ length: 13 }, () => ['A'])]);
    // Oleg's column moved to the front of the matrix; two blank rows inserted among the directions.
    sheet.moveColumns(sheet.getRange('F:F'), 2);
    sheet.insertRowsBefore(5, 2);
    // The directions sorted Z → A (the blank rows go last, as in Sheets), and the tab renamed.
    sheet.getRange(2, 1, 14, 7).sort({ column: 1, ascending: false });
    sheet.setName('Who does what');
    expect(sheet.getRange('A1:G1').getValues()[0]).toEqual([
      'Direction',
      'Oleg',
      'Anna',
      'My notes',
      'Ivan',
      'Vera',
      'Check',
    ]);
    expect(sheet.getRange('A2').getValue()).toBe('Web chat');

    // Oleg takes an A on PR, where Anna already holds one; nobody is responsible for SMM any more.
    cellOf(sheet, 'PR', 'Oleg').setValue('A');
    cellOf(sheet, 'SMM', 'Vera').setValue('');
    cellOf(sheet, 'SMM', 'Ivan').setValue('C');

    const checked = findings(app);
    expect(checked.summary).toBe('To put right: 2');
    expect(checked.findings.map((finding) => finding.text)).toEqual([
      'SMM: no one is responsible (R)',
      'PR: 2 are accountable (A): Oleg, Anna — keep exactly one',
    ]);
    // The person's own column, full of A, is not counted; the figures under the matrix are read where they are.
    app.run('buildResponsibilityMatrix', TEAM);
    expect(findings(app).findings.map((finding) => finding.text)).toEqual(
      checked.findings.map((finding) => finding.text),
    );
  });

  it('reads the figures under the matrix by their labels, after rows are inserted above them', () => {
    const app = bundleOnEmulator();
    app.run('buildResponsibilityMatrix', { ...TEAM, companyHeadcount: 80, people: TEAM.people.slice(0, 2) });
    const sheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
    if (!sheet) throw new Error('no Roles tab');
    const before = findings(app).findings.map((finding) => finding.text);
    expect(before.at(-1)).toMatch(/^2 people in the department for a company of 80 employees/);
    sheet.insertRowsBefore(3, 4);
    sheet.insertColumnsBefore(1, 2);
    expect(findings(app).findings.map((finding) => finding.text)).toEqual(before);
  });
});
