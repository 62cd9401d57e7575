/**
 * The real KPI-template actions run on the emulator: a check that the
 * emulator covers what the server calls, and an example of testing server
 * code with it (globals installed, users, locks, call counts, snapshots).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { defaultTemplateSettings } from '../../src/shared/template-settings';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function emulatorWithGlobals() {
  const emulator = createEmulator({ owner: 'head@example.com' });
  uninstall = emulator.installGlobals();
  return emulator;
}

describe('KPI template actions on the emulator', () => {
  it('builds the tab and fills sample data with every formula evaluating', () => {
    const emulator = emulatorWithGlobals();
    const settings = defaultTemplateSettings('en', 2025);
    buildKpiTemplate(settings);
    fillSampleData();

    const tab = emulator.snapshot(KPI_TAB_NAME);
    expect(tab.numRows).toBe(1 + 12 * settings.channels.length);
    expect(tab.errors.flat().filter((error) => error !== null)).toEqual([]);
    const verdictColumn = tab.values[0]?.indexOf('Verdict') ?? -1;
    const verdicts = tab.values.slice(1).map((row) => row[verdictColumn]);
    // Every row holds its own native verdict formula: no custom function, no spill.
    expect(tab.formulas.slice(1).every((row) => String(row[verdictColumn]).startsWith('=IF(N('))).toBe(true);
    expect(
      verdicts.every((verdict) => ['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST', ''].includes(String(verdict))),
    ).toBe(true);
    expect(verdicts.filter((verdict) => verdict !== '').length).toBeGreaterThan(0);
  });

  it('makes as many service calls for 3 channels as for 10', () => {
    const count = (channels: number) => {
      const emulator = emulatorWithGlobals();
      const settings = defaultTemplateSettings('en', 2025);
      buildKpiTemplate({ ...settings, channels: settings.channels.slice(0, channels) });
      uninstall?.();
      return emulator.calls.total;
    };
    expect(count(3)).toBe(count(10));
  });

  it('refuses a second build while another execution holds the document lock', () => {
    const emulator = emulatorWithGlobals();
    const release = emulator.holdDocumentLockAsAnotherExecution();
    expect(() => buildKpiTemplate(defaultTemplateSettings('en', 2025))).toThrow(
      /Another change to the template is running/,
    );
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME)).toBeNull();
    release();
    buildKpiTemplate(defaultTemplateSettings('en', 2025));
    expect(emulator.LockService.getDocumentLock().hasLock()).toBe(false);
  });

  it('hides the channel id column when it makes it; a person who shows it again keeps it shown', () => {
    const emulator = emulatorWithGlobals();
    const settings = defaultTemplateSettings('en', 2025);
    buildKpiTemplate(settings);
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    const header = emulator.snapshot(KPI_TAB_NAME).values[0] ?? [];
    const idColumn = 1 + header.indexOf('Channel id (add-on)');
    expect(idColumn).toBeGreaterThan(0);
    expect(emulator.snapshot(KPI_TAB_NAME).hiddenColumns).toEqual([idColumn]);
    sheet?.showColumns(idColumn);
    buildKpiTemplate(settings);
    expect(emulator.snapshot(KPI_TAB_NAME).hiddenColumns).toEqual([]);
  });
});
