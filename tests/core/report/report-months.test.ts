import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { defaultReportMonth, monthsBefore, monthsEndingWith, reportMonthChoices } from '../../../src/core/report/report-months';
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
    expect(defaultReportMonth(records)).toBe('2026-02');
    expect(reportMonthChoices(records, '2026-05')).toEqual(['2026-03', '2026-02', '2026-01']);
  });

  it('offers the month before today when the tab has no rows, and no default', () => {
    const records = readKpiRecords([]);
    expect(defaultReportMonth(records)).toBeNull();
    expect(reportMonthChoices(records, '2026-01')).toEqual(['2025-12']);
  });
});

describe('report tab names', () => {
  it('are in the template\'s language and recognised in either', () => {
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
