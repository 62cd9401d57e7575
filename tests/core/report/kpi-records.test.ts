import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKpiRecords, monthsWithData } from '../../../src/core/report/kpi-records';
import { kpiRows } from './report-fixtures';

describe('reading the KPI tab leniently', () => {
  it('reads months given as Dates, serial numbers or text, and channels whatever their case', () => {
    const rows = kpiRows([
      { month: '2026-01', channel: 'PPC', leads: 10, spend: 500 },
      { month: '2026-02', channel: 'PPC', leads: 12 },
    ]);
    // 46068 is 2026-02-15 as a spreadsheet serial; '2026-03' is typed text.
    rows.push(
      kpiRows([{ month: 'x', channel: ' ppc ', leads: 3 }])[0]!.map((cell, index) => (index === 0 ? 46068 : cell)),
    );
    rows.push(kpiRows([{ month: '2026-03-01', channel: 'SEO', revenue: 1000 }])[0]!);
    const records = readKpiRecords(rows);
    expect([...records.byMonth.keys()].sort()).toEqual(['2026-01', '2026-02', '2026-03']);
    const february = records.byMonth.get('2026-02')?.get('ppc');
    // The serial row is the same month and channel as row 3: a duplicate, added together.
    expect(february?.inputs.leads).toBe(15);
    expect(february?.sheetRows).toEqual([3, 4]);
    expect(records.byMonth.get('2026-01')?.get('ppc')?.inputs).toEqual({
      spend: 500,
      staff_cost: null,
      leads: 10,
      qualified_leads: null,
      customers: null,
      revenue: null,
    });
    expect(records.rowSpan).toEqual({ first: 2, last: 5 });
  });

  it('leaves out cells that are not numbers and records why, with the row', () => {
    const records = readKpiRecords(
      kpiRows([
        { month: '2026-01', channel: 'PPC', leads: '1 000', spend: '#REF!', revenue: true, customers: 'n/a' },
        { month: '2026-01', channel: 'SEO', leads: 5 },
      ]),
    );
    const ppc = records.byMonth.get('2026-01')?.get('ppc');
    expect(ppc?.inputs.leads).toBeNull();
    expect(ppc?.inputs.spend).toBeNull();
    expect(
      records.cellProblems.map((problem) => [problem.sheetRow, problem.column, problem.kind, problem.value]),
    ).toEqual([
      [2, 'spend', 'not_a_number', '#REF!'],
      [2, 'leads', 'text_number', '1 000'],
      [2, 'customers', 'not_a_number', 'n/a'],
      [2, 'revenue', 'not_a_number', 'true'],
    ]);
  });

  it.each([
    '1 000 рублей',
    '2 000 руб',
    '500р',
    '1200 rubles',
    '12k',
    '1,5 тыс',
    '~500',
    'около 500',
    '1 000 ₽/мес',
    '1 000 ₽',
  ])('an amount written with a word, %j, is a number typed as text in the data-quality notes, not counted', (text) => {
    const records = readKpiRecords(kpiRows([{ month: '2026-01', channel: 'PPC', spend: text, leads: 5 }]));
    expect(records.byMonth.get('2026-01')?.get('ppc')?.inputs.spend).toBeNull();
    expect(records.cellProblems.map((problem) => [problem.column, problem.kind, problem.value])).toEqual([
      ['spend', 'text_number', text],
    ]);
  });

  it('keeps rows it cannot place as notes: an unreadable month, a blank channel; skips empty rows', () => {
    const records = readKpiRecords(
      kpiRows([
        { month: 'March', channel: 'PPC', leads: 4 },
        { month: '2026-01', channel: '', spend: 100 },
        { month: '2026-01', channel: 'SEO' },
        { month: '', channel: '' },
      ]),
    );
    expect(records.unreadableMonthRows).toEqual([{ sheetRow: 2, value: 'March' }]);
    expect(records.rowsWithoutChannel).toEqual([{ sheetRow: 3, month: '2026-01' }]);
    // SEO has a row but no figures: the month exists, but holds no data.
    expect(records.byMonth.get('2026-01')?.has('seo')).toBe(true);
    expect(monthsWithData(records)).toEqual([]);
  });

  it('never throws, whatever the cells hold', () => {
    const scalar = fc.oneof(
      fc.constant(''),
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom('2026-01', '#N/A', '1 000 ₽', '-5', '=SUM(A1)'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(scalar, { maxLength: 20 }), { maxLength: 30 }), (rows) => {
        const records = readKpiRecords(rows);
        for (const channels of records.byMonth.values()) {
          for (const record of channels.values()) {
            for (const value of Object.values(record.inputs))
              expect(value === null || Number.isFinite(value)).toBe(true);
          }
        }
      }),
    );
  });
});
