/**
 * Reconciliation on the emulator: an export is imported, a person then
 * corrects a leads cell by hand, and the report's data-quality section names
 * that difference (channel, both figures, the difference and the source) in
 * the sheet's language; untouched imported figures are not flagged, and a
 * spreadsheet without imports gets no reconciliation at all.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { applyDataImport } from '../../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';
import { MARCH_DIRECT_EXPORT, marchAmoCrmExport, reportTexts } from './report-export-fixture';

const cabinet = MARCH_DIRECT_EXPORT;
const crm = marchAmoCrmExport(12);

function importedThenEdited(lang: 'en' | 'ru') {
  const emulator = installedEmulator();
  buildKpiTemplate(testSettings({ sheetLang: lang }));
  applyDataImport({ files: [cabinet, crm], overwrite: [] });
  const kpi = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!kpi) throw new Error('no KPI tab');
  const leads = kpi.getRange(kpiRowOf(2, 0, 3), kpiColumn('leads'));
  expect(leads.getValue()).toBe(12);
  // A teammate corrects the CRM's count by hand.
  leads.setValue(15);
  generateMonthlyReport({ month: '2026-03', replaceExisting: false });
  return reportTexts(emulator);
}

describe("the report's reconciliation of imported figures", () => {
  it('names the edited leads cell against the CRM rows counted, and only it (en)', () => {
    const texts = importedThenEdited('en');
    const flagged = texts.filter((text) => text.includes('the imports brought 12'));
    expect(flagged).toEqual([
      'PPC, March 2026, Leads: the KPI tab shows 15, the imports brought 12 (the CRM rows counted); difference +3. The cell may have been corrected by hand; check which figure is right.',
    ]);
    expect(texts.some((text) => text.startsWith('Reconciliation: '))).toBe(true);
  });

  it('names the edited leads cell against the CRM rows counted, and only it (ru)', () => {
    const texts = importedThenEdited('ru');
    const flagged = texts.filter((text) => text.includes('по импорту 12'));
    expect(flagged).toEqual([
      'PPC, март 2026, Лиды: на листе KPI 15, по импорту 12 (число строк CRM); разница +3. Возможно, ячейку исправили вручную; проверьте, какая цифра верна.',
    ]);
    expect(texts.some((text) => text.startsWith('Сверка: '))).toBe(true);
  });

  it('without imports the report says nothing about reconciliation', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings());
    const kpi = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    kpi?.getRange(kpiRowOf(2, 0, 3), kpiColumn('leads')).setValue(15);
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const texts = reportTexts(emulator);
    expect(texts.some((text) => /imports brought|imported figures|^Reconciliation/i.test(text))).toBe(false);
  });
});
