/**
 * The last two asks of the report's import side, on the emulator: an amoCRM
 * import keeps its count of deals without a source or UTM in the ledger and
 * the report states the share in both languages; a ledger written before the
 * count reads as "unknown" until the export is imported again; and a report
 * of the month still running counts "so far" to the day of the import behind
 * its figures, on the spreadsheet's clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { monthFromCell } from '../../src/core/kpi/month';
import { applyDataImport } from '../../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import { readLedger } from '../../src/server/import/import-ledger-store';
import { installedEmulator, testSettings } from './kpi-emulator-fixture';
import { MARCH_DIRECT_EXPORT, marchAmoCrmExport, reportTexts } from './report-export-fixture';

const cabinet = MARCH_DIRECT_EXPORT;
const crm = marchAmoCrmExport(335, { rows: 380, dealSources: [{ month: '2026-03', deals: 380, untagged: 45 }] });
const crmUncounted = marchAmoCrmExport(335, { rows: 380 });

afterEach(() => {
  vi.useRealTimers();
});

describe('deals without a source in the ledger and the report', () => {
  it('the ledger keeps the count and the report states the share and flags it (en)', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings());
    applyDataImport({ files: [cabinet, crm], overwrite: [] });
    expect(readLedger().dealSources).toEqual({ amocrm_leads: { '2026-03': { deals: 380, untagged: 45 } } });
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const texts = reportTexts(emulator);
    expect(texts).toContain(
      "11.8\u00a0% of the CRM deals created in March 2026 have no source and no UTM (45 of 380 deals), more than the 10\u00a0% allowed: they reach no channel, so their leads and revenue are missing from the channels' CPL and ROMI. Fill in the source or utm_source in the CRM and import the export again.",
    );
    expect(texts.some((text) => text.startsWith('Deals without a source: a CRM deal whose Source field'))).toBe(true);
  });

  it('the report states the share in Russian', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings({ sheetLang: 'ru' }));
    applyDataImport({
      files: [{ ...crm, dealSources: [{ month: '2026-03', deals: 380, untagged: 19 }] }],
      overwrite: [],
    });
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    expect(reportTexts(emulator)).toContain(
      '5\u00a0% сделок CRM за март 2026 без источника и UTM (19 из 380 сделок) — в пределах допустимых 10\u00a0%.',
    );
  });

  it('a ledger without the count says "unknown", never 0, until the same export is imported again', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings());
    applyDataImport({ files: [cabinet, crmUncounted], overwrite: [] });
    expect(readLedger().dealSources).toBeUndefined();
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const before = reportTexts(emulator);
    expect(before).toContain(
      'How many CRM deals of March 2026 have no source and no UTM is not known: the CRM export was imported before the add-on counted them. Import it again to count them.',
    );
    expect(before.some((text) => /% of the CRM deals/.test(text))).toBe(false);
    // The same figures again, now counted: no cell changes, and the count is kept all the same.
    applyDataImport({ files: [crm], overwrite: [] });
    expect(readLedger().dealSources).toEqual({ amocrm_leads: { '2026-03': { deals: 380, untagged: 45 } } });
    generateMonthlyReport({ month: '2026-03', replaceExisting: true });
    expect(reportTexts(emulator).some((text) => text.startsWith('11.8\u00a0% of the CRM deals'))).toBe(true);
  });
});

describe('pacing as of the last import', () => {
  it('counts "so far" to the import day on the spreadsheet\'s clock, against a recount of the KPI tab', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 22:30 UTC on 4 March is already 5 March in Moscow, where the spreadsheet is.
    vi.setSystemTime(new Date('2026-03-04T22:30:00Z'));
    const emulator = installedEmulator({ timeZone: 'Europe/Moscow' });
    buildKpiTemplate(testSettings());
    applyDataImport({ files: [cabinet, crm], overwrite: [] });
    vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const report = emulator.spreadsheetSnapshot().sheets.find((sheet) => sheet.name.endsWith('2026-03'));
    if (!report) throw new Error('no report tab');
    const title = report.values.findIndex((row) => row[0] === 'The month as of the import of 5 March: day 5 of 31');
    expect(title).toBeGreaterThan(0);
    expect(report.values[title + 1]?.slice(1, 3)).toEqual(['As of 5 March', 'Plan to 5 March']);
    const kpi = emulator.snapshot(KPI_TAB_NAME);
    const rows = kpi.values.slice(1).filter((row) => monthFromCell(row[kpiColumnIndex('month')]) === '2026-03');
    const spend = rows.reduce((sum, row) => sum + (Number(row[kpiColumnIndex('spend')]) || 0), 0);
    const line = report.values.slice(title + 2, title + 5).find((row) => row[0] === 'Channel budgets') ?? [];
    expect(spend).toBe(1000.5);
    expect(line[1]).toBe(spend);
    expect(line[3]).toBeCloseTo((spend * 31) / 5, 9);
  });

  it('without an import, "so far" is as entered on the tab, counted to today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings());
    const kpi = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    kpi?.getRange(2 + 2 * 3, kpiColumnIndex('spend') + 1).setValue(700);
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const texts = reportTexts(emulator);
    expect(texts).toContain('The month so far: day 10 of 31');
    // The definition is a paragraph broken into lines: read it as one text.
    expect(texts.filter((text) => text !== '').join(' ')).toMatch(/as entered on the tab .*counted to today/);
  });
});
