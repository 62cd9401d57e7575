/**
 * Reconciliation on the emulator: an export is imported, a person then
 * corrects a leads cell by hand, and the report's data-quality section names
 * that difference (channel, both figures, the difference and the source) in
 * the sheet's language; untouched imported figures are not flagged, and a
 * spreadsheet without imports gets no reconciliation at all.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import type { Emulator } from 'sheets-emulator';
import { applyDataImport } from '../../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import type { DataImportRequest } from '../../src/shared/data-import-request';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';

type File = DataImportRequest['files'][number];

const cabinet: File = {
  name: 'direct.csv',
  format: 'yandex_direct_wizard',
  source: 'yandex_direct_wizard',
  hash: '1111111111111111',
  rows: 10,
  months: ['2026-03'],
  figures: [{ month: '2026-03', channel: 'ppc', rows: 10, spend: 1000.5 }],
};
const crm: File = {
  name: 'amo.csv',
  format: 'amocrm_leads',
  source: 'amocrm_leads',
  hash: '2222222222222222',
  rows: 12,
  months: ['2026-03'],
  figures: [{ month: '2026-03', channel: 'ppc', rows: 12, leads: 12, customers: 2, revenue: 50_000 }],
};

function reportTexts(emulator: Emulator): string[] {
  const report = emulator.spreadsheetSnapshot().sheets.find((sheet) => sheet.name.includes('2026-03'));
  if (!report) throw new Error('no report tab for March 2026');
  return report.values.flat().filter((value): value is string => typeof value === 'string');
}

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
