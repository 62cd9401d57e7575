import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { dataQualityText } from '../../../src/core/report/report-text';
import { MAX_LISTED_CELLS } from '../../../src/core/report/data-quality';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

function notesOf(entries: Entry[], month = '2026-03') {
  return buildMonthlyReport({
    records: readKpiRecords(kpiRows(entries)),
    month,
    settings: reportSettings(),
    team: [],
    generatedAt: GENERATED_AT,
  }).notes;
}

describe('data-quality notes', () => {
  it('an empty KPI tab says so, and nothing else', () => {
    expect(notesOf([])).toEqual([{ kind: 'kpi_tab_empty' }]);
    expect(notesOf([{ month: '2026-03', channel: 'PPC' }])).toEqual([{ kind: 'kpi_tab_empty' }]);
  });

  it('a month with no figures, while others have them', () => {
    expect(notesOf([{ month: '2026-01', channel: 'PPC', leads: 3 }])).toEqual([
      { kind: 'month_empty', month: '2026-03' },
      { kind: 'missing_months', months: ['2026-02'] },
    ]);
  });

  it('missing months between the first month with figures and this one, and no previous month to compare with', () => {
    const notes = notesOf([
      { month: '2025-10', channel: 'PPC', leads: 3, spend: 10, revenue: 0 },
      { month: '2026-03', channel: 'PPC', leads: 3, spend: 10, revenue: 0 },
      { month: '2026-03', channel: 'SEO', leads: 3, spend: 10, revenue: 0 },
      { month: '2026-03', channel: 'PR', leads: 3, spend: 10, revenue: 0 },
    ]);
    expect(notes).toEqual([
      { kind: 'no_comparison', month: '2026-02' },
      { kind: 'missing_months', months: ['2025-11', '2025-12', '2026-01', '2026-02'] },
    ]);
  });

  it('spend with no leads entered, channels with no figures, revenue not entered', () => {
    const notes = notesOf([
      { month: '2026-02', channel: 'PPC', leads: 1, revenue: 0 },
      { month: '2026-03', channel: 'PPC', spend: 5_000 },
      { month: '2026-03', channel: 'SEO', leads: 0, revenue: 0 },
    ]);
    expect(notes).toEqual([
      { kind: 'channels_without_data', channels: ['PR'] },
      { kind: 'spend_without_leads', channel: 'PPC', cost: 5_000, sheetRows: [3] },
      { kind: 'revenue_not_entered', channels: ['PPC'] },
    ]);
    expect(dataQualityText(notes[1]!, 'en')).toBe(
      'PPC: cost 5,000 but no leads entered (row 3); enter 0 if it brought none.',
    );
  });

  it('cells holding number-like text or other non-numbers, named by row, channel and column', () => {
    const notes = notesOf([
      { month: '2026-02', channel: 'PPC', leads: 1, revenue: 0 },
      { month: '2026-03', channel: 'PPC', leads: '12', spend: 100, revenue: 0 },
      { month: '2026-03', channel: 'SEO', leads: 5, revenue: 'TBD' },
      { month: '2026-03', channel: 'PR', leads: 5, revenue: 0 },
    ]);
    const cells = notes.filter((note) => note.kind === 'cell');
    expect(cells.map((note) => dataQualityText(note, 'en'))).toEqual([
      'Row 3 (PPC, March 2026), Leads: "12" is text, not a number, so it is not counted; enter it as a number.',
      'Row 4 (SEO, March 2026), Revenue: "TBD" is not a number, so it is not counted.',
    ]);
    expect(dataQualityText(cells[0]!, 'ru')).toBe(
      'Строка 3 (PPC, март 2026), Лиды: «12» — текст, а не число, поэтому не учтено; введите это как число.',
    );
  });

  it('lists at most a fixed number of bad cells and counts the rest', () => {
    const entries: Entry[] = Array.from({ length: 30 }, (_, index) => ({
      month: '2026-03',
      channel: `C${index}`,
      leads: 'x',
      spend: 1,
    }));
    const notes = notesOf(entries);
    expect(notes.filter((note) => note.kind === 'cell')).toHaveLength(MAX_LISTED_CELLS);
    expect(notes).toContainEqual({ kind: 'more_cells', count: 30 - MAX_LISTED_CELLS });
  });

  it('rows it could not count: unreadable months, no channel, duplicates', () => {
    const notes = notesOf([
      { month: '2026-03', channel: 'PPC', leads: 5, revenue: 0 },
      { month: '2026-03', channel: 'PPC', leads: 2 },
      { month: 'Mar', channel: 'PPC', leads: 5 },
      { month: '2026-03', channel: '', leads: 5 },
    ]);
    expect(notes).toContainEqual({ kind: 'duplicate_rows', channel: 'PPC', month: '2026-03', sheetRows: [2, 3] });
    expect(notes).toContainEqual({ kind: 'unreadable_month_rows', sheetRows: [4] });
    expect(notes).toContainEqual({ kind: 'rows_without_channel', sheetRows: [5] });
  });
});
