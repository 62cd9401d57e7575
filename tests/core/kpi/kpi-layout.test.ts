import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KPI_INPUT_KEYS } from '../../../src/core/kpi/kpi-columns';
import { planKpiRows } from '../../../src/core/kpi/kpi-layout';
import { monthFromCell, monthToDate, previousMonth } from '../../../src/core/kpi/month';
import { settingsWith, tabRow, THREE_CHANNELS } from './kpi-fixtures';

const settings = settingsWith({ channels: THREE_CHANNELS });

describe('months', () => {
  it('reads dates, serial numbers and text as the same month', () => {
    expect(monthFromCell(monthToDate('2026-03'))).toBe('2026-03');
    expect(monthFromCell(46082)).toBe('2026-03');
    expect(monthFromCell('2026-03')).toBe('2026-03');
    expect(monthFromCell('March')).toBeNull();
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
});

describe('planning the KPI rows', () => {
  it('lays out month × channel for a fresh tab', () => {
    const plan = planKpiRows(settings, []);
    expect(plan.rows).toHaveLength(36);
    expect(plan.rows.slice(0, 4).map((row) => `${row.month} ${row.channelName}`)).toEqual([
      '2026-01 PPC', '2026-01 SEO', '2026-01 PR', '2026-02 PPC',
    ]);
    expect(plan.rows[0]?.targetCpl).toBe(1000);
    expect(plan.keptRows).toBe(0);
  });

  it('keeps typed values, follows a rename and an added channel', () => {
    const existing = [tabRow(monthToDate('2026-02'), 'SEO', { leads: 12, spend: 5000 }, ['my note'])];
    const renamed = settingsWith({
      channels: [{ id: 'new', name: 'Webinars', targetCpl: null, targetRomi: null }, ...THREE_CHANNELS.map((c) => (c.id === 'seo' ? { ...c, name: 'Organic search' } : c))],
    });
    const plan = planKpiRows(renamed, existing, { ppc: 'PPC', seo: 'SEO', pr: 'PR' });
    const row = plan.rows.find((r) => r.month === '2026-02' && r.channelId === 'seo');
    expect(row?.channelName).toBe('Organic search');
    expect(row?.inputs.leads).toBe(12);
    expect(row?.inputs.spend).toBe(5000);
    expect(row?.extras).toEqual(['my note']);
    expect(plan.rows).toHaveLength(48);
  });

  it('keeps and flags rows of a removed channel that hold data, drops empty ones', () => {
    const existing = [tabRow('2026-01', 'PR', { leads: 3 }), tabRow('2026-02', 'PR')];
    const plan = planKpiRows(settingsWith({ channels: THREE_CHANNELS.slice(0, 2) }), existing);
    const kept = plan.rows.filter((row) => row.note !== null);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ month: '2026-01', channelName: 'PR', note: 'removed_channel' });
    expect(plan.rows).toHaveLength(25);
  });

  it('keeps another year\'s data when the year changes', () => {
    const existing = [tabRow('2025-12', 'PPC', { revenue: 100_000 })];
    const plan = planKpiRows(settings, existing);
    expect(plan.rows[0]).toMatchObject({ month: '2025-12', channelId: 'ppc' });
    expect(plan.rows[0]?.inputs.revenue).toBe(100_000);
    expect(plan.months).toBe(13);
  });

  it('keeps duplicates and rows with an unreadable month, flagged', () => {
    const existing = [tabRow('2026-01', 'PPC', { leads: 1 }), tabRow('2026-01', 'ppc', { leads: 2 }), tabRow('someday', 'SEO', { leads: 3 })];
    const plan = planKpiRows(settings, existing);
    expect(plan.rows.filter((row) => row.note).map((row) => [row.note, row.inputs.leads])).toEqual([
      ['duplicate_row', 2],
      ['unreadable_month', 3],
    ]);
  });

  it('loses no typed value whatever the edits and the new settings', () => {
    const cell = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('=1+1', 'n/a', "'=x"));
    const existingRow = fc.tuple(
      fc.constantFrom('2025-11', '2026-01', '2026-07', 'junk', ''),
      fc.constantFrom('PPC', 'SEO', 'PR', 'Old channel', ''),
      fc.array(cell, { minLength: 6, maxLength: 6 }),
      fc.array(cell, { maxLength: 2 }),
    );
    const channelSet = fc.subarray(THREE_CHANNELS, { minLength: 1 }).map((channels) =>
      channels.map((channel) => (channel.id === 'seo' ? { ...channel, name: 'Search' } : channel)),
    );
    fc.assert(
      fc.property(fc.array(existingRow, { maxLength: 30 }), channelSet, fc.constantFrom(2025, 2026), (rows, channels, year) => {
        const existing = rows.map(([month, channel, inputs, extras]) =>
          tabRow(month, channel, Object.fromEntries(KPI_INPUT_KEYS.map((key, i) => [key, inputs[i]])), extras),
        );
        const plan = planKpiRows(settingsWith({ channels, year }), existing, { ppc: 'PPC', seo: 'SEO', pr: 'PR' });
        const typed = (values: readonly unknown[]) => values.filter((value) => value !== '').map(String).sort();
        const before = typed(rows.flatMap(([, , inputs, extras]) => [...inputs, ...extras]));
        const after = typed(plan.rows.flatMap((row) => [...KPI_INPUT_KEYS.map((key) => row.inputs[key]), ...row.extras]));
        // Every typed value survives; duplicates without data may vanish only if they held nothing.
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
