/**
 * How pacing knows "so far": when the month's figures came from an import,
 * as of the day of the newest import behind them (not undone, one of its
 * files covering the month), and the report says so ("as of the import of
 * 5 March"); without an import, as entered on the tab, counted to today.
 */
import { describe, expect, it } from 'vitest';
import type { ImportedFile } from '../../../src/core/kpi-import/import-ledger';
import { lastImportOfMonth } from '../../../src/core/report/import-as-of';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { buildReportSheetModel } from '../../../src/core/report/report-sheet-model';
import { GENERATED_AT, kpiRows, reportSettings } from './report-fixtures';

const file = (from: string, to: string): ImportedFile => ({
  name: 'amo.csv',
  format: 'amocrm_leads',
  source: 'amocrm_leads',
  hash: '0000000000000000',
  rows: 1,
  from,
  to,
});
const contributions = { amocrm_leads: { '2026-03': { ppc: { leads: 20 } } } };

function report(lastImport: { month: string; day: number } | null, lang: 'en' | 'ru' = 'en') {
  const built = buildMonthlyReport({
    records: readKpiRecords(
      kpiRows([{ month: '2026-03', channel: 'PPC', spend: 500, leads: 20, plan_spend: 3100, plan_leads: 62 }]),
    ),
    month: '2026-03',
    settings: reportSettings({ sheetLang: lang }),
    team: [],
    generatedAt: GENERATED_AT,
    today: { month: '2026-03', day: 10 },
    imports: { contributions, channelNames: { ppc: 'PPC' }, lastImport },
  });
  const model = buildReportSheetModel(built);
  return { built, texts: model.grid.values.map((row) => row.filter((cell) => typeof cell === 'string') as string[]) };
}

describe('the last import as pacing\'s "so far"', () => {
  it('is the newest import not undone whose files cover the month, while the month holds imported figures', () => {
    const log = [
      { at: '2026-03-08T09:00:00Z', undone: true, files: [file('2026-03', '2026-03')] },
      { at: '2026-03-07T09:00:00Z', undone: false, files: [file('2026-04', '2026-04')] },
      { at: '2026-03-05T09:00:00Z', undone: false, files: [file('2026-01', '2026-03')] },
      { at: '2026-03-02T09:00:00Z', undone: false, files: [file('2026-03', '2026-03')] },
    ];
    expect(lastImportOfMonth({ contributions, log }, '2026-03')).toBe('2026-03-05T09:00:00Z');
    // The log is newest first, but the newest by time wins whatever the order.
    expect(lastImportOfMonth({ contributions, log: [...log].reverse() }, '2026-03')).toBe('2026-03-05T09:00:00Z');
    expect(lastImportOfMonth({ contributions: {}, log }, '2026-03')).toBeNull();
    expect(lastImportOfMonth({ contributions, log: log.slice(0, 2) }, '2026-03')).toBeNull();
  });

  it('counts the days elapsed to the import day, and the plan to date, forecast and per day left from it', () => {
    const { built } = report({ month: '2026-03', day: 5 });
    expect(built.pacing).toMatchObject({ day: 5, days: 31, asOf: 'import' });
    const spend = built.pacing?.rows.find((row) => row.key === 'spend');
    expect(spend?.soFar).toBe(500);
    expect(spend?.planToDate).toBeCloseTo((3100 * 5) / 31, 9);
    expect(spend?.forecast).toBeCloseTo((500 * 31) / 5, 9);
    expect(spend?.perDayLeft).toBeCloseTo((3100 - 500) / 26, 9);
  });

  it('never counts past today, and an import of another month is not this month\'s "so far"', () => {
    expect(report({ month: '2026-03', day: 12 }).built.pacing).toMatchObject({ day: 10, asOf: 'import' });
    expect(report({ month: '2026-02', day: 28 }).built.pacing).toMatchObject({ day: 10, asOf: 'today' });
  });

  it('the report says how "so far" is known: as of the import of 5 March (en, ru)', () => {
    const en = report({ month: '2026-03', day: 5 }).texts;
    const title = en.findIndex((row) => row[0] === 'The month as of the import of 5 March: day 5 of 31');
    expect(title).toBeGreaterThan(0);
    expect(en[title + 1]?.slice(0, 3)).toEqual(['Figure', 'As of 5 March', 'Plan to 5 March']);
    expect(
      en.some((row) => row[0]?.startsWith("The month so far: this month's figures came from the import of 5 March")),
    ).toBe(true);
    const ru = report({ month: '2026-03', day: 5 }, 'ru').texts;
    const ruTitle = ru.findIndex((row) => row[0] === 'Месяц по данным импорта от 5 марта: день 5 из 31');
    expect(ruTitle).toBeGreaterThan(0);
    expect(ru[ruTitle + 1]?.slice(0, 3)).toEqual(['Показатель', 'На 5 марта', 'План на 5 марта']);
    expect(
      ru.some((row) =>
        row[0]?.startsWith('Месяц по данным импорта: показатели этого месяца пришли из импорта от 5 марта'),
      ),
    ).toBe(true);
  });

  it('without an import: as entered on the tab, counted to today (en, ru)', () => {
    const { built, texts } = report(null);
    expect(built.pacing).toMatchObject({ day: 10, asOf: 'today' });
    expect(texts.some((row) => row[0] === 'The month so far: day 10 of 31')).toBe(true);
    // The definition is a paragraph broken into lines: read it as one text.
    const words = (rows: string[][]) => rows.map((row) => row[0] ?? '').join(' ');
    expect(words(texts)).toMatch(/The month so far: .*as entered on the tab .*counted to today/);
    const ru = report(null, 'ru').texts;
    expect(ru.some((row) => row[0] === 'Месяц на сегодня: день 10 из 31')).toBe(true);
    expect(words(ru)).toMatch(/Месяц на сегодня: .*введено в строках этого месяца на листе.*по сегодня/);
  });
});
