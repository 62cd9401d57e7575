/**
 * Deals without a source, on the report's import side, on the emulator: an
 * amoCRM import keeps its count of deals without a source or UTM in the
 * ledger and the report states the share in both languages; a ledger written
 * before the count reads as "unknown" until the export is imported again.
 * (Counting "so far" to the day of the import sets the clock: report-pacing.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { applyDataImport } from '../../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import { readLedger } from '../../src/server/import/import-ledger-store';
import { installedEmulator, testSettings } from './kpi-emulator-fixture';
import { MARCH_DIRECT_EXPORT, marchAmoCrmExport, reportTexts } from './report-export-fixture';

const cabinet = MARCH_DIRECT_EXPORT;
const crm = marchAmoCrmExport(335, { rows: 380, dealSources: [{ month: '2026-03', deals: 380, untagged: 45 }] });
const crmUncounted = marchAmoCrmExport(335, { rows: 380 });

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
