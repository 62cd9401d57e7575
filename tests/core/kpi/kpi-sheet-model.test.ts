import { describe, expect, it } from 'vitest';
import { kpiColumnIndex } from '../../../src/core/kpi/kpi-columns';
import { planKpiRows } from '../../../src/core/kpi/kpi-layout';
import { buildKpiSheetModel } from '../../../src/core/kpi/kpi-sheet-model';
import { sampleKpiData } from '../../../src/core/kpi/sample-data';
import { judgeChannels } from '../../../src/core/verdict';
import { settingsWith, tabRow, THREE_CHANNELS } from './kpi-fixtures';

const at = (row: unknown[] | undefined, key: Parameters<typeof kpiColumnIndex>[0]) => row?.[kpiColumnIndex(key)];

describe('the KPI sheet model', () => {
  const settings = settingsWith({ channels: THREE_CHANNELS, currency: 'RUB', minLeads: 4 });
  const model = buildKpiSheetModel(settings, planKpiRows(settings, []));

  it('writes formulas for computed columns and one verdict call per month', () => {
    expect(at(model.rows[0], 'total_cost')).toBe('=IF(COUNT(C2:D2)=0,"",SUM(C2:D2))');
    expect(at(model.rows[0], 'cpl')).toBe('=IF(AND(ISNUMBER(F2),F2>0),SUM(E2)/F2,"")');
    expect(at(model.rows[0], 'verdict')).toBe('=CHANNEL_VERDICT(F2:F4,E2:E4,I2:I4,J2:J4,4,1)');
    expect(at(model.rows[1], 'verdict')).toBe('');
    expect(at(model.rows[3], 'verdict')).toBe('=CHANNEL_VERDICT(F5:F7,E5:E7,I5:I7,J5:J7,4,1)');
    expect(model.rows.filter((row) => String(at(row, 'verdict')).startsWith('=CHANNEL_VERDICT')).length).toBe(12);
  });

  it('passes the department\'s target ROMI, or one per row when a channel has its own', () => {
    const same = settingsWith({ channels: THREE_CHANNELS, minLeads: 4, targetRomi: 1.5 });
    expect(at(buildKpiSheetModel(same, planKpiRows(same, [])).rows[0], 'verdict')).toBe('=CHANNEL_VERDICT(F2:F4,E2:E4,I2:I4,J2:J4,4,1.5)');
    const own = settingsWith({ channels: THREE_CHANNELS.map((channel, index) => ({ ...channel, targetRomi: index === 1 ? 0.25 : null })), minLeads: 4, targetRomi: 1.5 });
    expect(at(buildKpiSheetModel(own, planKpiRows(own, [])).rows[0], 'verdict')).toBe('=CHANNEL_VERDICT(F2:F4,E2:E4,I2:I4,J2:J4,4,{1.5;0.25;1.5})');
  });

  it('formats money in the template\'s currency and percentages as percent', () => {
    expect(model.numberFormats[kpiColumnIndex('spend')]).toBe('#,##0 "₽"');
    expect(model.numberFormats[kpiColumnIndex('romi')]).toBe('0.0%');
    expect(model.header[kpiColumnIndex('staff_cost')]).toBe('Staff & contractor cost');
  });

  it('names the columns a user can pass to ROMI and CPL', () => {
    expect(model.namedRanges.map((named) => named.name)).toEqual(
      expect.arrayContaining(['KPI_Spend', 'KPI_Leads', 'KPI_Revenue', 'KPI_Cost']),
    );
  });

  it('writes user text as text, never as a formula', () => {
    const hostile = settingsWith({ channels: [{ id: 'x', name: '=IMPORTXML("http://evil","//a")', targetCpl: null, targetRomi: null }] });
    const hostileModel = buildKpiSheetModel(hostile, planKpiRows(hostile, []));
    expect(at(hostileModel.rows[0], 'channel')).toBe('\'=IMPORTXML("http://evil","//a")');
  });

  it('speaks the template\'s language', () => {
    const ru = settingsWith({ channels: THREE_CHANNELS, sheetLang: 'ru' });
    const ruModel = buildKpiSheetModel(ru, planKpiRows(ru, [tabRow('2026-01', 'Gone', { leads: 1 })]));
    expect(ruModel.header[kpiColumnIndex('leads')]).toBe('Лиды');
    expect(ruModel.rows.some((row) => String(at(row, 'note')).startsWith('Канала больше нет'))).toBe(true);
    expect(ruModel.keptSheetRows).toEqual([5]);
  });
});

describe('sample data', () => {
  const settings = settingsWith();
  const sample = sampleKpiData(settings.channels, 2026, 'RUB');

  it('is a full, deterministic year for every channel', () => {
    expect(sample.size).toBe(settings.channels.length * 12);
    expect(sampleKpiData(settings.channels, 2026, 'RUB')).toEqual(sample);
  });

  it('is realistic: funnels narrow, and the year shows every kind of verdict', () => {
    for (const inputs of sample.values()) {
      expect(Number(inputs.qualified_leads)).toBeLessThanOrEqual(Number(inputs.leads));
      expect(Number.isInteger(Number(inputs.leads)) && Number.isInteger(Number(inputs.qualified_leads)) && Number.isInteger(Number(inputs.customers))).toBe(true);
      expect(Number(inputs.customers)).toBeLessThanOrEqual(Number(inputs.qualified_leads));
    }
    const verdicts = new Set<string | null>();
    for (let month = 1; month <= 12; month++) {
      const key = `2026-${String(month).padStart(2, '0')}`;
      const periods = settings.channels.map((channel) => {
        const inputs = sample.get(`${key}|${channel.id}`);
        return { leads: Number(inputs?.leads), cost: Number(inputs?.spend) + Number(inputs?.staff_cost), revenue: Number(inputs?.revenue) };
      });
      for (const result of judgeChannels({ periods })) verdicts.add(result.verdict);
    }
    expect([...verdicts].sort()).toEqual(expect.arrayContaining(['DROP', 'KEEP', 'OPTIMIZE', 'SCALE', 'TEST']));
  });
});
