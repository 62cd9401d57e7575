/**
 * The data import on the emulator: the sidebar's figures written into the
 * KPI tab through its anchors, the same file twice changing nothing, a
 * newer export replacing its source's months, a person's cell kept unless
 * ticked, and undo restoring what nobody edited since.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import {
  applyDataImport,
  getDataImportState,
  previewDataImport,
  saveImportSources,
  undoDataImport,
} from '../../src/server/actions/data-import-actions';
import { saveSettings, setUserLang } from '../../src/server/actions/sidebar-state-actions';
import type { DataImportRequest } from '../../src/shared/data-import-request';
import { userMessage } from '../support/user-message';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';

type File = DataImportRequest['files'][number];

function direct(figures: File['figures'], overrides: Partial<File> = {}): File {
  const months = [...new Set(figures.map((figure) => figure.month))];
  return {
    name: 'direct.csv',
    format: 'yandex_direct_wizard',
    source: 'yandex_direct_wizard',
    hash: '0123456789abcdef',
    rows: 10,
    months,
    figures,
    ...overrides,
  };
}

function request(files: File[], overwrite: string[] = []): DataImportRequest {
  return { files, overwrite };
}

const MARCH = 2;
const APRIL = 3;

function setup() {
  const emulator = installedEmulator();
  buildKpiTemplate(testSettings());
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!sheet) throw new Error('no KPI tab');
  const cell = (month: number, channel: number, key: 'spend' | 'leads' | 'customers' | 'revenue' | 'qualified_leads') =>
    sheet.getRange(kpiRowOf(month, channel, 3), kpiColumn(key));
  return { emulator, sheet, cell };
}

describe('importing figures into the KPI tab', () => {
  it('previews old → new with the rows counted, and writes nothing until confirmed', () => {
    const { emulator, cell } = setup();
    const before = emulator.snapshot(KPI_TAB_NAME).values;
    const preview = previewDataImport(
      request([direct([{ month: '2026-03', channel: 'ppc', rows: 3, spend: 1000.5 }])]),
    );
    expect(preview.summary).toBe('Cells to change: 1. Already up to date: 0. Typed by hand (kept unless ticked): 0.');
    expect(preview.cells).toEqual([
      {
        key: '2026-03|ppc|spend',
        month: '2026-03',
        channelName: 'PPC',
        fieldName: 'Spend',
        before: 'empty',
        after: '1,000.5',
        rows: 3,
        typed: false,
      },
    ]);
    expect(emulator.snapshot(KPI_TAB_NAME).values).toEqual(before);
    expect(cell(MARCH, 0, 'spend').getValue()).toBe('');
  });

  it('writes the figures where the row keys say, and the same file again changes nothing', () => {
    const { emulator, cell } = setup();
    const file = direct([
      { month: '2026-03', channel: 'ppc', rows: 3, spend: 1000.5 },
      { month: '2026-04', channel: 'ppc', rows: 2, spend: 200 },
    ]);
    const result = applyDataImport(request([file]));
    expect(result.message).toBe('Imported: cells written: 2.');
    expect(cell(MARCH, 0, 'spend').getValue()).toBe(1000.5);
    expect(cell(APRIL, 0, 'spend').getValue()).toBe(200);
    expect(getDataImportState().log).toHaveLength(1);

    const tab = emulator.snapshot(KPI_TAB_NAME);
    emulator.calls.reset();
    const again = applyDataImport(request([file]));
    expect(again.message).toBe('Nothing changed: the KPI tab already holds these figures.');
    expect(emulator.calls.count('Range.setValues')).toBe(0);
    expect(emulator.snapshot(KPI_TAB_NAME)).toEqual(tab);
    expect(getDataImportState().log).toHaveLength(1);
    expect(previewDataImport(request([file])).summary).toBe(
      'The KPI tab already holds these figures: importing changes nothing.',
    );
  });

  it("a newer export of the same period replaces its source's months; another source adds to them", () => {
    const { cell } = setup();
    applyDataImport(
      request([
        direct([
          { month: '2026-03', channel: 'ppc', rows: 3, spend: 1000 },
          { month: '2026-04', channel: 'ppc', rows: 2, spend: 200 },
        ]),
      ]),
    );
    // The newer Direct export covers March only: March is replaced, April stays.
    applyDataImport(
      request([direct([{ month: '2026-03', channel: 'ppc', rows: 4, spend: 1500 }], { hash: 'fedcba9876543210' })]),
    );
    expect(cell(MARCH, 0, 'spend').getValue()).toBe(1500);
    expect(cell(APRIL, 0, 'spend').getValue()).toBe(200);
    // Google Ads is another source: its March spend adds to Direct's.
    applyDataImport(
      request([
        direct([{ month: '2026-03', channel: 'ppc', rows: 1, spend: 100 }], {
          name: 'google.csv',
          format: 'google_ads',
          source: 'google_ads',
        }),
      ]),
    );
    expect(cell(MARCH, 0, 'spend').getValue()).toBe(1600);
    // A newer Direct export with no spend left for March clears Direct's share only.
    applyDataImport(request([direct([], { months: ['2026-03'], hash: '1111111111111111' })]));
    expect(cell(MARCH, 0, 'spend').getValue()).toBe(100);
  });

  it('keeps a cell a person typed unless it is ticked, and says so', () => {
    const { cell } = setup();
    cell(MARCH, 1, 'leads').setValue(7);
    const crm: File = {
      name: 'amo.csv',
      format: 'amocrm_leads',
      source: 'amocrm_leads',
      hash: '2222222222222222',
      rows: 12,
      months: ['2026-03'],
      figures: [
        { month: '2026-03', channel: 'seo', rows: 9, leads: 9, qualified_leads: 4, customers: 2, revenue: 50_000 },
      ],
    };
    const preview = previewDataImport(request([crm]));
    expect(preview.cells.find((each) => each.key === '2026-03|seo|leads')).toMatchObject({
      before: '7',
      after: '9',
      typed: true,
    });
    const kept = applyDataImport(request([crm]));
    expect(kept.message).toBe('Imported: cells written: 3.');
    expect(kept.details).toContain(`Cells typed by hand, kept as they were: F${kpiRowOf(MARCH, 1, 3)}.`);
    expect(kept.details).toContain('Customers and revenue are counted in the month the deal was won.');
    expect(cell(MARCH, 1, 'leads').getValue()).toBe(7);
    expect(cell(MARCH, 1, 'revenue').getValue()).toBe(50_000);

    const ticked = applyDataImport(request([crm], ['2026-03|seo|leads']));
    expect(ticked.message).toBe('Imported: cells written: 1.');
    expect(cell(MARCH, 1, 'leads').getValue()).toBe(9);
  });

  it('undo restores the cells nobody edited since, only for the latest import', () => {
    const { cell } = setup();
    cell(MARCH, 1, 'leads').setValue('about 7');
    applyDataImport(request([direct([{ month: '2026-03', channel: 'ppc', rows: 3, spend: 1000 }])]));
    const crm: File = {
      name: 'amo.csv',
      format: 'amocrm_leads',
      source: 'amocrm_leads',
      hash: '2222222222222222',
      rows: 12,
      months: ['2026-03'],
      figures: [{ month: '2026-03', channel: 'seo', rows: 9, leads: 9, customers: 2, revenue: 50_000 }],
    };
    applyDataImport(request([crm], ['2026-03|seo|leads']));
    expect(cell(MARCH, 1, 'leads').getValue()).toBe(9);
    const [latest, first] = getDataImportState().log;
    if (!latest || !first) throw new Error('two imports expected');
    expect([latest.undoable, first.undoable]).toEqual([true, false]);
    expect(() => undoDataImport(first.id)).toThrow(userMessage(/^Only the latest import can be undone/));

    // A teammate corrected the revenue after the import: it is left.
    cell(MARCH, 1, 'revenue').setValue(55_000);
    const undone = undoDataImport(latest.id);
    expect(undone.message).toBe('Import undone: cells restored: 2.');
    expect(undone.details).toEqual([`Cells changed since the import, left as they are: I${kpiRowOf(MARCH, 1, 3)}.`]);
    // The person's text is back as text, the empty cell empty again.
    expect(cell(MARCH, 1, 'leads').getValue()).toBe('about 7');
    expect(cell(MARCH, 1, 'customers').getValue()).toBe('');
    expect(cell(MARCH, 1, 'revenue').getValue()).toBe(55_000);

    // Now the first import is the latest: undoing it empties March's spend.
    const log = getDataImportState().log;
    expect(log.map((entry) => [entry.undone, entry.undoable])).toEqual([
      [true, false],
      [false, true],
    ]);
    undoDataImport(first.id);
    expect(cell(MARCH, 0, 'spend').getValue()).toBe('');
    // Importing the Direct file again after the undo writes it again.
    expect(
      applyDataImport(request([direct([{ month: '2026-03', channel: 'ppc', rows: 3, spend: 1000 }])])).message,
    ).toBe('Imported: cells written: 1.');
  });

  it('adds the rows the tab lacks as the template does, building it when there is none', () => {
    const emulator = installedEmulator();
    saveSettings(testSettings());
    expect(
      previewDataImport(request([direct([{ month: '2026-05', channel: 'pr', rows: 1, spend: 10 }])])).details,
    ).toEqual(['Rows the KPI tab lacks and gets, as the template adds them: 36.']);
    const result = applyDataImport(request([direct([{ month: '2026-05', channel: 'pr', rows: 1, spend: 10 }])]));
    expect(result.details).toContain('Rows added to the KPI tab: 36.');
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    expect(sheet?.getRange(kpiRowOf(4, 2, 3), kpiColumn('spend')).getValue()).toBe(10);
  });

  it("refuses figures outside the template, in the person's language, writing nothing", () => {
    const { emulator } = setup();
    setUserLang('ru');
    const before = emulator.snapshot(KPI_TAB_NAME);
    expect(() =>
      applyDataImport(request([direct([{ month: '2025-12', channel: 'ppc', rows: 1, spend: 10 }])])),
    ).toThrow(
      userMessage(
        /^В файле «direct\.csv» есть цифры за декабрь 2025 — это вне года шаблона \(2026\)\. Ничего не записано\.$/,
      ),
    );
    expect(() => applyDataImport(request([direct([{ month: '2026-01', channel: 'tv', rows: 1, spend: 10 }])]))).toThrow(
      userMessage(/^В файле «direct\.csv» есть цифры для канала «tv», которого нет в шаблоне/),
    );
    expect(() => applyDataImport({ files: [{ ...direct([]), hash: 'not a hash', rows: -1 }], overwrite: [] })).toThrow(
      userMessage(
        /^Не удалось прочитать импорт: файл 1 \(«direct\.csv»\) \(hash\): .+; файл 1 \(«direct\.csv»\) \(rows\): /,
      ),
    );
    expect(() => applyDataImport({ files: [], overwrite: [] })).toThrow(userMessage(/^Не удалось прочитать импорт: /));
    expect(emulator.snapshot(KPI_TAB_NAME)).toEqual(before);
    expect(getDataImportState().log).toEqual([]);
  });

  it("keeps the team's Sources → channels table", () => {
    installedEmulator();
    expect(getDataImportState()).toMatchObject({ sourcesSaved: false, log: [] });
    expect(getDataImportState().sources.rules.length).toBeGreaterThan(10);
    const saved = saveImportSources({
      rules: [{ channel: 'seo', utmSource: 'habr' }],
      qualifiedStages: ['Переговоры'],
    });
    expect(saved.sources).toEqual({ rules: [{ channel: 'seo', utmSource: 'habr' }], qualifiedStages: ['Переговоры'] });
    expect(getDataImportState().sourcesSaved).toBe(true);
    expect(() => saveImportSources({ rules: [{ channel: '' }], qualifiedStages: [] })).toThrow(
      userMessage(/^The import cannot be read: /),
    );
  });
});
