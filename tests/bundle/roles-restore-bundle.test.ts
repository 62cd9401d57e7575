/**
 * Restoring a Roles tab part a person deleted, on the pushed bundle in the
 * emulator: the build stops and says so, the sidebar's findings offer the
 * restore, and the restore puts back only what is missing, where it
 * belongs, while every other cell (letters, a column and values of the
 * person's own) holds what it held; it says what came back only after
 * reading the tab again.
 */
import { describe, expect, it } from 'vitest';
import type { ActionResult, MatrixFindings } from '../../src/shared/server-api';
import { defaultTeamSettings, type TeamSettings } from '../../src/shared/team-settings';
import { bundleOnEmulator, type BundleOnEmulator } from './bundle-on-emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TEAM: TeamSettings = { ...defaultTeamSettings('en'), companyHeadcount: 80 };
const KEPT =
  'Every other cell holds what it held before, checked cell by cell (the inserted rows and columns moved some, and every formula follows them).';

interface Tab {
  app: BundleOnEmulator;
  sheet: Sheet;
  values(): unknown[][];
}

/** A built tab with a letter the person changed (C5), their own column H and a value of theirs far below. */
function builtTab(): Tab {
  const app = bundleOnEmulator();
  app.run('buildResponsibilityMatrix', TEAM);
  const sheet = app.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roles');
  if (!sheet) throw new Error('no Roles tab');
  sheet.getRange('C5').setValue('R');
  sheet.getRange('H1:H3').setValues([['My notes'], ['ask Anna'], ['00123']]);
  sheet.getRange('H30').setValue('below');
  return { app, sheet, values: () => app.emulator.snapshot('Roles').values };
}

function findings(app: BundleOnEmulator): MatrixFindings {
  return app.run('getMatrixFindings') as MatrixFindings;
}

function restore(app: BundleOnEmulator): ActionResult {
  return app.run('restoreRolesTab') as ActionResult;
}

describe('restoring a deleted Roles tab part (pushed bundle)', () => {
  it('puts the Check column back after the matrix; the build had stopped and the findings offered it', () => {
    const tab = builtTab();
    const before = tab.values();
    tab.sheet.deleteColumn(6);
    expect(() => tab.app.run('buildResponsibilityMatrix', TEAM)).toThrow(
      /has lost «Check».*Press «Restore the missing parts» in the sidebar/,
    );
    expect(findings(tab.app)).toMatchObject({
      restorable: true,
      summary: expect.stringMatching(/^The Roles tab has lost «Check»/),
    });

    expect(restore(tab.app)).toEqual({
      message: 'Roles tab restored: 1 part put back («Check»), found again where they belong.',
      details: [KEPT],
    });
    expect(tab.values().slice(0, 30)).toEqual(before.slice(0, 30));
    expect(findings(tab.app)).toEqual({
      rolesTabExists: true,
      summary: expect.stringMatching(/^Every direction has one accountable/),
      findings: [],
    });
    expect(restore(tab.app).message).toBe('The Roles tab has every part the add-on keeps there: nothing to restore.');
  });

  it('puts the load row and a figure row back in their places, the header row above the directions', () => {
    const tab = builtTab();
    const before = tab.values();
    tab.sheet.deleteRow(17);
    tab.sheet.deleteRow(14);
    tab.sheet.deleteRow(1);
    expect(restore(tab.app)).toEqual({
      message:
        'Roles tab restored: 3 parts put back («Direction», «Load (R · A)», «People in the marketing department»), found again where they belong.',
      details: [KEPT],
    });
    // The person's own header (H1) went with the row they deleted; the restore does not invent it.
    const header = before[0] ?? [];
    header[7] = '';
    expect(tab.values().slice(0, 30)).toEqual(before.slice(0, 30));
  });

  it("brings a whole deleted matrix back in new columns at the left, the person's cells moved right with theirs, unchanged", () => {
    for (const deleteBlock of [
      (sheet: Sheet) => sheet.deleteRows(1, 25),
      (sheet: Sheet) => sheet.deleteColumns(1, 6),
    ]) {
      const tab = builtTab();
      deleteBlock(tab.sheet);
      const persons = tab.values().map((line) => line.slice(0, 8));
      expect(findings(tab.app).restorable).toBe(true);
      expect(restore(tab.app)).toEqual({
        message:
          'The responsibility matrix is back on the Roles tab, in new columns A–F at its left, with the default letters (the letters deleted with it come back only with Edit → Undo or File → Version history).',
        details: [KEPT],
      });
      const after = tab.values();
      expect(after.map((line) => line.slice(6, 14)).slice(0, persons.length)).toEqual(persons);
      expect(after[0]?.slice(0, 6)).toEqual([
        'Direction',
        'Head of marketing',
        'Internet marketer',
        'PR manager',
        'Content engineer (contractor)',
        'Check',
      ]);
      expect(findings(tab.app).findings).toEqual([]);
    }
  });

  it("puts a role's column deleted with the figures back where it was", () => {
    const tab = builtTab();
    tab.sheet.deleteColumn(2);
    expect(restore(tab.app).message).toBe(
      'Roles tab restored: 2 parts put back («Company head count», «Head of marketing»), found again where they belong.',
    );
    expect(tab.values()[0]?.slice(0, 6)).toEqual([
      'Direction',
      'Head of marketing',
      'Internet marketer',
      'PR manager',
      'Content engineer (contractor)',
      'Check',
    ]);
    // The letter the person typed is still theirs, and the head count is read where it now is.
    expect(tab.sheet.getRange('C5').getValue()).toBe('R');
    expect(findings(tab.app)).toMatchObject({ findings: [] });
  });

  it('does not guess the direction column back, and changes nothing', () => {
    const tab = builtTab();
    tab.sheet.deleteColumn(1);
    const before = tab.values();
    expect(() => restore(tab.app)).toThrow(
      /lost its «Direction» column: the direction names in it are what tells the rows apart/,
    );
    expect(tab.values()).toEqual(before);
  });

  it('speaks Russian with the plural helper', () => {
    const tab = builtTab();
    tab.app.run('setUserLang', 'ru');
    tab.sheet.deleteRow(17);
    tab.sheet.deleteRow(14);
    expect(restore(tab.app).message).toBe(
      'Лист «Роли» восстановлен: 2 части возвращены на свои места («Нагрузка (R · A)», «Людей в отделе маркетинга»).',
    );
  });
});
