import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import {
  defaultReportMonth,
  monthOfTypedText,
  preselectedReportMonth,
  monthsBefore,
  monthsEndingWith,
  monthsOfYearTo,
  reportMonthChoices,
} from '../../../src/core/report/report-months';
import { monthOfReportTab, reportTabName, reportTabNames } from '../../../src/core/report/report-tab-name';
import { describeSheetRows } from '../../../src/core/report/sheet-row-list';
import { kpiRows } from './report-fixtures';

describe('report months', () => {
  it('counts months back across years', () => {
    expect(monthsBefore('2026-02', 1)).toBe('2026-01');
    expect(monthsBefore('2026-02', 2)).toBe('2025-12');
    expect(monthsBefore('2026-01', 13)).toBe('2024-12');
    expect(monthsBefore('2025-12', -1)).toBe('2026-01');
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('defaults to the last month with figures, not the last month with rows', () => {
    const records = readKpiRecords(
      kpiRows([
        { month: '2026-01', channel: 'PPC', leads: 1 },
        { month: '2026-02', channel: 'PPC', spend: 0 },
        { month: '2026-03', channel: 'PPC' },
      ]),
    );
    expect(defaultReportMonth(records, { month: '2026-05', day: 10 })).toBe('2026-02');
    expect(reportMonthChoices(records, '2026-05')).toEqual(['2026-03', '2026-02', '2026-01']);
  });

  it('offers the month before today when the tab has no rows, and no default', () => {
    const records = readKpiRecords([]);
    expect(defaultReportMonth(records, { month: '2026-01', day: 10 })).toBeNull();
    expect(reportMonthChoices(records, '2026-01')).toEqual(['2025-12']);
  });
});

describe('the default month', () => {
  // Sample data fills the whole year: figures in the current month and months ahead.
  const records = readKpiRecords(
    kpiRows(['2026-10', '2026-11', '2026-12', '2027-01'].map((month) => ({ month, channel: 'PPC', leads: 3 }))),
  );

  it('is the last complete month with figures, never the current month or one ahead', () => {
    expect(defaultReportMonth(records, { month: '2026-12', day: 1 })).toBe('2026-11');
    expect(defaultReportMonth(records, { month: '2026-12', day: 20 })).toBe('2026-11');
    expect(defaultReportMonth(records, { month: '2027-03', day: 5 })).toBe('2027-01');
  });

  it('is the running month only when no complete month has figures and it did not begin today', () => {
    const only = readKpiRecords(kpiRows([{ month: '2026-12', channel: 'PPC', leads: 3 }]));
    expect(defaultReportMonth(only, { month: '2026-12', day: 15 })).toBe('2026-12');
    expect(defaultReportMonth(only, { month: '2026-12', day: 1 })).toBeNull();
    expect(defaultReportMonth(only, { month: '2026-11', day: 15 })).toBeNull();
  });

  it('starts the list on the default, else on the newest month offered that began before this one', () => {
    expect(preselectedReportMonth('2026-11', ['2027-01', '2026-12', '2026-11'], { month: '2026-12' })).toBe('2026-11');
    // A template built for next year, no figures yet: its months lie ahead, so the nearest one.
    expect(preselectedReportMonth(null, ['2027-03', '2027-02', '2027-01'], { month: '2026-12' })).toBe('2027-01');
    expect(preselectedReportMonth(null, ['2026-12', '2026-11', '2026-10'], { month: '2026-12' })).toBe('2026-11');
  });

  it("reads a month as a person types it in the menu's question", () => {
    expect(monthOfTypedText('2026-03')).toBe('2026-03');
    expect(monthOfTypedText(' 2026-3 ')).toBe('2026-03');
    expect(monthOfTypedText('03.2026')).toBe('2026-03');
    expect(monthOfTypedText('11/2026')).toBe('2026-11');
    for (const wrong of ['2026-13', '2026', 'март', '13.2026', '2026-00', ''])
      expect(monthOfTypedText(wrong)).toBeNull();
  });

  it('the year to date runs from January', () => {
    expect(monthsOfYearTo('2026-03')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOfYearTo('2026-01')).toEqual(['2026-01']);
  });
});

describe('report tab names', () => {
  it("are in the template's language and recognised in either", () => {
    expect(reportTabName('2026-03', 'en')).toBe('Report 2026-03');
    expect(reportTabName('2026-03', 'ru')).toBe('Отчёт 2026-03');
    expect(reportTabNames('2026-03', 'ru')).toEqual(['Отчёт 2026-03', 'Report 2026-03']);
    expect(monthOfReportTab('Отчёт 2026-03')).toBe('2026-03');
    expect(monthOfReportTab('Report 2026-13')).toBeNull();
    expect(monthOfReportTab('KPI')).toBeNull();
    expect(monthOfReportTab('My Report 2026-03')).toBeNull();
  });
});

describe('sheet rows in words', () => {
  it('joins runs of rows into ranges', () => {
    expect(describeSheetRows([5, 2, 3, 4, 9, 11, 12])).toBe('2–5, 9, 11–12');
    expect(describeSheetRows([7])).toBe('7');
    expect(describeSheetRows([])).toBe('');
  });
});
