/**
 * The note an import leaves on the KPI cells it wrote, on the emulator:
 * which file each source's figure came from, in the template's language;
 * updated by a newer export; a person's note (or our note a person edited)
 * never replaced; cleared when the figure goes (undo).
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { applyDataImport, undoDataImport, getDataImportState } from '../../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import type { DataImportRequest } from '../../src/shared/data-import-request';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';

type File = DataImportRequest['files'][number];

function file(name: string, source: string, figures: File['figures'], hash = '0123456789abcdef'): File {
  return {
    name,
    format: source === 'amocrm_leads' ? 'amocrm_leads' : 'yandex_direct_wizard',
    source,
    hash,
    rows: 3,
    months: [...new Set(figures.map((figure) => figure.month))],
    figures,
  };
}

function setup(lang: 'en' | 'ru' = 'en') {
  const emulator = installedEmulator();
  buildKpiTemplate(testSettings({ sheetLang: lang }));
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!sheet) throw new Error('no KPI tab');
  const cell = (month: number, channel: number, key: 'spend' | 'leads') =>
    sheet.getRange(kpiRowOf(month, channel, 3), kpiColumn(key));
  return { emulator, cell };
}

const DAY = /\d{4}-\d{2}-\d{2}/.source;

describe('the note on imported cells', () => {
  it('names the file on each cell the import wrote, one line per source, and nothing elsewhere', () => {
    const { cell } = setup();
    applyDataImport({
      files: [
        file('direct-march.csv', 'yandex_direct_wizard', [{ month: '2026-03', channel: 'ppc', rows: 3, spend: 100 }]),
      ],
      overwrite: [],
    });
    expect(cell(2, 0, 'spend').getNote()).toMatch(new RegExp(`^Imported: "direct-march\\.csv", ${DAY}$`));
    expect(cell(2, 0, 'leads').getNote()).toBe('');
    expect(cell(3, 0, 'spend').getNote()).toBe('');
    // Google Ads adds to the same cell: its file is a second line.
    applyDataImport({
      files: [
        {
          ...file('google.csv', 'google_ads', [{ month: '2026-03', channel: 'ppc', rows: 1, spend: 50 }]),
          format: 'google_ads',
        },
      ],
      overwrite: [],
    });
    expect(cell(2, 0, 'spend').getValue()).toBe(150);
    expect(cell(2, 0, 'spend').getNote().split('\n')).toEqual([
      expect.stringMatching(/^Imported: "google\.csv", /),
      expect.stringMatching(/^Imported: "direct-march\.csv", /),
    ]);
  });

  it("is in the template's language and follows a newer export of the same source", () => {
    const { cell } = setup('ru');
    applyDataImport({
      files: [
        file('direct-1.csv', 'yandex_direct_wizard', [{ month: '2026-03', channel: 'ppc', rows: 3, spend: 100 }]),
      ],
      overwrite: [],
    });
    expect(cell(2, 0, 'spend').getNote()).toMatch(/^Импорт: «direct-1\.csv», \d{2}\.\d{2}\.\d{4}$/);
    applyDataImport({
      files: [
        file(
          'direct-2.csv',
          'yandex_direct_wizard',
          [{ month: '2026-03', channel: 'ppc', rows: 3, spend: 120 }],
          'fedcba9876543210',
        ),
      ],
      overwrite: [],
    });
    expect(cell(2, 0, 'spend').getNote()).toMatch(/^Импорт: «direct-2\.csv», /);
  });

  it("never replaces a person's note, nor our note once a person edited it", () => {
    const { cell } = setup();
    cell(2, 1, 'spend').setNote('Счёт от агентства, без бонусов');
    applyDataImport({
      files: [
        file('direct.csv', 'yandex_direct_wizard', [
          { month: '2026-03', channel: 'seo', rows: 3, spend: 100 },
          { month: '2026-03', channel: 'ppc', rows: 2, spend: 70 },
        ]),
      ],
      overwrite: [],
    });
    expect(cell(2, 1, 'spend').getValue()).toBe(100);
    expect(cell(2, 1, 'spend').getNote()).toBe('Счёт от агентства, без бонусов');
    const edited = `${cell(2, 0, 'spend').getNote()}\nсверено с бухгалтерией`;
    cell(2, 0, 'spend').setNote(edited);
    applyDataImport({
      files: [
        file(
          'direct-new.csv',
          'yandex_direct_wizard',
          [
            { month: '2026-03', channel: 'seo', rows: 3, spend: 110 },
            { month: '2026-03', channel: 'ppc', rows: 2, spend: 80 },
          ],
          'fedcba9876543210',
        ),
      ],
      overwrite: [],
    });
    expect(cell(2, 0, 'spend').getValue()).toBe(80);
    expect(cell(2, 0, 'spend').getNote()).toBe(edited);
    expect(cell(2, 1, 'spend').getNote()).toBe('Счёт от агентства, без бонусов');
  });

  it('undo takes the note away with the figure, and puts back the earlier file', () => {
    const { cell } = setup();
    applyDataImport({
      files: [
        file('direct-1.csv', 'yandex_direct_wizard', [{ month: '2026-03', channel: 'ppc', rows: 3, spend: 100 }]),
      ],
      overwrite: [],
    });
    applyDataImport({
      files: [
        file(
          'direct-2.csv',
          'yandex_direct_wizard',
          [
            { month: '2026-03', channel: 'ppc', rows: 3, spend: 120 },
            { month: '2026-03', channel: 'seo', rows: 1, spend: 5 },
          ],
          'fedcba9876543210',
        ),
      ],
      overwrite: [],
    });
    const latest = getDataImportState().log[0]?.id ?? '';
    undoDataImport(latest);
    expect(cell(2, 0, 'spend').getValue()).toBe(100);
    expect(cell(2, 0, 'spend').getNote()).toMatch(/^Imported: "direct-1\.csv", /);
    expect(cell(2, 1, 'spend').getValue()).toBe('');
    expect(cell(2, 1, 'spend').getNote()).toBe('');
  });
});
