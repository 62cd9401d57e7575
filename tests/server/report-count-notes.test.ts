/**
 * The monthly report tab's data-quality section on the emulator: the sample
 * data reads as fine; a KPI tab with more qualified leads than leads, a
 * count of 12.5 and more customers than leads gets those listed, in the
 * sheet's language (core/report/data-quality, core/kpi/count-checks).
 * Texts are looked for anywhere on the report tab, so the report's layout
 * may change around them.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import type { Emulator } from 'sheets-emulator';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';

function reportTexts(emulator: Emulator): string[] {
  const report = emulator.spreadsheetSnapshot().sheets.find((sheet) => sheet.name.includes('2026-03'));
  if (!report) throw new Error('no report tab for March 2026');
  return report.values.flat().filter((value): value is string => typeof value === 'string');
}

describe("the report tab's data-quality section", () => {
  it('says the sample data has no problems (ru)', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings({ sheetLang: 'ru' }));
    fillSampleData();
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    const texts = reportTexts(emulator);
    expect(texts).toContain('В данных, из которых составлен отчёт, проблем не найдено.');
    expect(texts.some((text) => /квалифицированн.* при .* лид/.test(text))).toBe(false);
  });

  it('lists qualified leads above leads, a fractional count and customers above leads (ru)', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings({ sheetLang: 'ru' }));
    fillSampleData();
    const kpi = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!kpi) throw new Error('no KPI tab');
    // March: PPC 10 leads, 12 qualified; SEO 12.5 leads; PR 5 leads, 5 qualified, 7 customers. A script's writes pass validation, as in Sheets.
    const [ppc, seo, pr] = [0, 1, 2].map((channel) => kpiRowOf(2, channel, 3));
    kpi.getRange(ppc ?? 0, kpiColumn('leads'), 1, 2).setValues([[10, 12]]);
    kpi.getRange(seo ?? 0, kpiColumn('leads')).setValue(12.5);
    kpi.getRange(pr ?? 0, kpiColumn('leads'), 1, 3).setValues([[5, 5, 7]]);
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });

    const texts = reportTexts(emulator);
    expect(texts).not.toContain('В данных, из которых составлен отчёт, проблем не найдено.');
    expect(texts).toEqual(
      expect.arrayContaining([
        `Строка ${ppc} (PPC, март 2026): 12 квалифицированных лидов при 10 лидах всего; квалифицированные лиды — часть всех лидов, значит, одна из двух ячеек неверна. Учтено как введено.`,
        `Строка ${seo} (SEO, март 2026), Лиды: 12,5 — не количество (нужно целое число: 0, 1, 2 …); учтено как введено, исправьте.`,
        'PR, март 2026: 7 клиентов при 5 лидах. Так бывает, когда в этом месяце закрылись сделки по лидам прошлых месяцев (долгий цикл продаж); показатели приведены как введены.',
      ]),
    );
  });
});
