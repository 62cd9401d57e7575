/**
 * The VAT question through the server on the emulator: spend written
 * without VAT when the person says the export includes it, the answer kept
 * in the import's log entry and remembered per source, Metrica's expenses
 * (documented without VAT) never changed, a bad rate refused.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { readLedger } from '../../src/server/import/import-ledger-store';
import { applyDataImport, getDataImportState, previewDataImport } from '../../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import type { DataImportRequest } from '../../src/shared/data-import-request';
import { userMessage } from '../support/user-message';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';

type File = DataImportRequest['files'][number];

function direct(spend: number, vat: File['vat'], overrides: Partial<File> = {}): File {
  return {
    name: 'direct.csv',
    format: 'yandex_direct_wizard',
    source: 'yandex_direct_wizard',
    hash: '0123456789abcdef',
    rows: 3,
    months: ['2026-03'],
    figures: [{ month: '2026-03', channel: 'ppc', rows: 3, spend }],
    ...(vat ? { vat } : {}),
    ...overrides,
  };
}

function setup() {
  const emulator = installedEmulator();
  buildKpiTemplate(testSettings());
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!sheet) throw new Error('no KPI tab');
  const reportTexts = () => {
    const report = emulator.spreadsheetSnapshot().sheets.find((each) => each.name.includes('2026-03'));
    return (report?.values.flat() ?? []).filter((value): value is string => typeof value === 'string');
  };
  return { spend: () => sheet.getRange(kpiRowOf(2, 0, 3), kpiColumn('spend')).getValue(), reportTexts };
}

describe('the VAT question on the server', () => {
  it('writes spend without VAT when it is included, records the answer and remembers it per source', () => {
    const { spend } = setup();
    const request = { files: [direct(1000.01, { included: true, rate: 20 })], overwrite: [] };
    const preview = previewDataImport(request);
    expect(preview.cells[0]?.after).toBe('833.34');
    expect(preview.details).toContain('Spend of "direct.csv" is written without VAT: 20 % taken out.');
    applyDataImport(request);
    expect(spend()).toBe(833.34);
    expect(readLedger().log[0]?.files[0]?.vat).toEqual({ included: true, rate: 20 });
    expect(getDataImportState().vat).toEqual({ yandex_direct_wizard: { included: true, rate: 20 } });

    // The same export said to be without VAT: its spend as in the file, replacing the month, and the new answer kept.
    applyDataImport({
      files: [direct(1000.01, { included: false, rate: 20 }, { hash: 'fedcba9876543210' })],
      overwrite: [],
    });
    expect(spend()).toBe(1000.01);
    expect(getDataImportState().vat).toEqual({ yandex_direct_wizard: { included: false, rate: 20 } });
  });

  it("the report's How we count says spend is stored without VAT and names the month's answers", () => {
    const { reportTexts } = setup();
    applyDataImport({ files: [direct(1200, { included: true, rate: 20 })], overwrite: [] });
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const texts = reportTexts();
    expect(
      texts.some((line) => line.startsWith('VAT: ') && line.includes('Imported spend is stored without VAT')),
    ).toBe(true);
    expect(texts).toContain(
      "This month's imported spend: Yandex Direct report (report wizard) with VAT 20 %, taken out.",
    );
  });

  it('leaves Metrica expenses as they are: they are documented without VAT', () => {
    const { spend } = setup();
    applyDataImport({
      files: [
        direct(
          500,
          { included: true, rate: 20 },
          {
            name: 'metrica.csv',
            format: 'yandex_metrica_expenses',
            source: 'yandex_metrica_expenses',
          },
        ),
      ],
      overwrite: [],
    });
    expect(spend()).toBe(500);
    expect(readLedger().log[0]?.files[0]?.vat).toBeUndefined();
    expect(getDataImportState().vat).toEqual({});
  });

  it('refuses a rate outside 0–100 %, writing nothing', () => {
    const { spend } = setup();
    expect(() => applyDataImport({ files: [direct(120, { included: true, rate: 120 })], overwrite: [] })).toThrow(
      userMessage(/^The import cannot be read: file 1 \("direct\.csv"\) \(rate\): /),
    );
    expect(spend()).toBe('');
  });
});
