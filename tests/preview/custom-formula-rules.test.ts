/**
 * The KPI tab's count rules in the preview (preview/custom-formula-findings,
 * preview/cell-edit): Sheets evaluates custom-formula validations and
 * conditional formats; the preview now does too, with the emulator's engine.
 * In a ru_RU spreadsheet, 12,5 leads is refused with the rule's Russian
 * help text; 12 qualified leads of 10 is taken (a warning rule), coloured
 * and marked with a red corner whose hover says why; a person's note on the
 * cell is kept beside it, never replaced.
 */
import { describe, expect, it } from 'vitest';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { COUNT_PROBLEM_COLOURS } from '../../src/core/kpi/kpi-colours';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import type { Emulator } from 'sheets-emulator';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { editCell } from '../../packages/preview/cell-edit';
import { customFormulaFindings } from '../../packages/preview/custom-formula-findings';
import { cellLook } from '../../packages/preview/page/cell-look';
import { conditionalPaints } from '../../packages/preview/page/conditional-paint';
import type { PreviewSheet } from '../../packages/preview/preview-snapshot';
import { installedEmulator, kpiColumn, testSettings } from '../server/kpi-emulator-fixture';

const LEADS = kpiColumn('leads');
const QUALIFIED = kpiColumn('qualified_leads');
const CUSTOMERS = kpiColumn('customers');
const at = (row: number, column: number) => `${String.fromCharCode(64 + column)}${row}`;

function russianTab(): Emulator {
  const emulator = installedEmulator({ locale: 'ru_RU' });
  buildKpiTemplate(testSettings({ sheetLang: 'ru' }));
  return emulator;
}

function type(emulator: Emulator, a1: string, input: string) {
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  return editCell(spreadsheet, KPI_TAB_NAME, a1, input, (formula, anchor, cell) =>
    emulator.customFormulaHolds(KPI_TAB_NAME, formula, anchor, cell),
  );
}

function previewSheet(emulator: Emulator): PreviewSheet {
  const snapshot = emulator.snapshot(KPI_TAB_NAME);
  return {
    ...snapshot,
    customFormulas: customFormulaFindings(snapshot, (formula, anchor, cell) =>
      emulator.customFormulaHolds(KPI_TAB_NAME, formula, anchor, cell),
    ),
  };
}

describe('typing a count into the KPI tab of the preview', () => {
  it.each([
    [LEADS, '12,5'],
    [CUSTOMERS, '0,5'],
    [LEADS, '-3'],
  ])('column %i: "%s" is refused with the whole-count help, the cell left as it was', (column, input) => {
    const emulator = russianTab();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME)!;
    expect(type(emulator, at(9, column), '7')).toEqual({ ok: true });
    // The customers column's help also says a deal counts in the month it was won.
    const help = column === CUSTOMERS ? kpiMessages.ru.help_customers : kpiMessages.ru.help_whole_count;
    expect(type(emulator, at(9, column), input)).toEqual({ ok: false, helpText: help });
    expect(sheet.getRange(at(9, column)).getValue()).toBe(7);
  });

  it('takes whole counts in every row of the column, the rule read from its own row', () => {
    const emulator = russianTab();
    for (const row of [2, 3, 20, 37]) expect(type(emulator, at(row, LEADS), '12')).toEqual({ ok: true });
    expect(type(emulator, at(37, CUSTOMERS), '1 000')).toEqual({ ok: true });
  });

  it('takes 12 qualified leads of 10, then colours the cell and marks it with the reason; 15 leads clears both', () => {
    const emulator = russianTab();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME)!;
    sheet.getRange(at(5, QUALIFIED)).setNote('проверить у продаж');
    expect(type(emulator, at(5, LEADS), '10')).toEqual({ ok: true });
    expect(type(emulator, at(5, QUALIFIED), '12')).toEqual({ ok: true });
    expect(type(emulator, at(6, LEADS), '10')).toEqual({ ok: true });
    expect(type(emulator, at(6, QUALIFIED), '8')).toEqual({ ok: true });

    const flagged = previewSheet(emulator);
    const look = cellLook(
      flagged,
      { row: 5, column: QUALIFIED },
      conditionalPaints(flagged).get(`5:${QUALIFIED}`),
      'ru',
    );
    expect(look.classes).toContain('has-error');
    expect(look.tooltip).toBe(`${kpiMessages.ru.help_qualified_leads}\n\nпроверить у продаж`);
    expect(look.style).toContain(`background-color:${COUNT_PROBLEM_COLOURS.background}`);
    expect(look.style).toContain(`color:${COUNT_PROBLEM_COLOURS.font}`);
    const fine = cellLook(
      flagged,
      { row: 6, column: QUALIFIED },
      conditionalPaints(flagged).get(`6:${QUALIFIED}`),
      'ru',
    );
    expect(fine.classes).not.toContain('has-error');
    expect(fine.style).not.toContain(COUNT_PROBLEM_COLOURS.background);
    expect(sheet.getRange(at(5, QUALIFIED)).getNote()).toBe('проверить у продаж');

    expect(type(emulator, at(5, LEADS), '15')).toEqual({ ok: true });
    const fixed = previewSheet(emulator);
    expect(fixed.customFormulas?.invalid).toEqual([]);
    expect(conditionalPaints(fixed).get(`5:${QUALIFIED}`)?.background).not.toBe(COUNT_PROBLEM_COLOURS.background);
  });
});
