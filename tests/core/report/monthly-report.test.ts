import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { judgeChannel } from '../../../src/core/verdict';
import type { TeamMember } from '../../../src/shared/team';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const CHANNELS = ['PPC', 'SEO', 'PR'] as const;
const MONTHS = ['2026-01', '2026-02', '2026-03'] as const;

function member(id: string, monthlyCost: number | null): TeamMember {
  return { id, name: id, email: '', roleId: 'head', monthlyCost, employment: 'staff' };
}

/** Figures per channel and month, some left blank, as a team would type them. */
const typedFigure = fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: '' as const });
const entryFigures = fc.record({
  spend: typedFigure,
  staff_cost: typedFigure,
  leads: fc.option(fc.integer({ min: 0, max: 300 }), { nil: '' as const }),
  qualified_leads: fc.option(fc.integer({ min: 0, max: 200 }), { nil: '' as const }),
  customers: fc.option(fc.integer({ min: 0, max: 40 }), { nil: '' as const }),
  revenue: fc.option(fc.integer({ min: -1_000, max: 400_000 }), { nil: '' as const }),
});
const tab = fc
  .array(fc.tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...CHANNELS), entryFigures), { maxLength: 12 })
  .map((list) => {
    // One row per month and channel, as the template has it.
    const seen = new Set<string>();
    return list.filter(
      ([month, channel]) => !seen.has(`${month}${channel}`) && seen.add(`${month}${channel}`) !== undefined,
    );
  });

function expectFigure(actual: number | null | undefined, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const entered = (entries: readonly Entry[], key: keyof Entry) =>
  entries.some((entry) => typeof entry[key] === 'number');
const sum = (entries: readonly Entry[], key: keyof Entry) =>
  entries.reduce((total, entry) => total + num(entry[key]), 0);

describe('the monthly report against an independent computation', () => {
  it('headline figures, changes, CAC, ROI with salaries and the year to date', () => {
    fc.assert(
      fc.property(
        tab,
        fc.constantFrom<readonly TeamMember[]>([], [member('a', 3_000), member('b', null)]),
        (list, team) => {
          const entries: Entry[] = list.map(([month, channel, figures]) => ({ month, channel, ...figures }));
          const report = buildMonthlyReport({
            records: readKpiRecords(kpiRows(entries)),
            month: '2026-03',
            settings: reportSettings(),
            team,
            generatedAt: GENERATED_AT,
          });
          const of = (month: string) => entries.filter((entry) => entry.month === month);
          const hasData = (rows: Entry[]) =>
            rows.some((entry) =>
              ['spend', 'staff_cost', 'leads', 'qualified_leads', 'customers', 'revenue'].some(
                (key) => typeof entry[key as keyof Entry] === 'number',
              ),
            );
          /** The sums behind a month (or months): the one staff cost is the Team's 3 000 a month when it has costs, else the staff column. */
          const sums = (months: Entry[][]) => {
            const filled = months.filter(hasData);
            const all = filled.flat();
            const staff = team.length > 0 ? 3_000 * filled.length : sum(all, 'staff_cost');
            const costEntered =
              team.length > 0 ? filled.length > 0 : entered(all, 'spend') || entered(all, 'staff_cost');
            return {
              hasData: filled.length > 0,
              leads: entered(all, 'leads') ? sum(all, 'leads') : null,
              qualified: entered(all, 'qualified_leads') ? sum(all, 'qualified_leads') : null,
              customers: sum(all, 'customers'),
              spend: sum(all, 'spend'),
              cost: costEntered ? sum(all, 'spend') + staff : null,
              revenue: entered(all, 'revenue') ? sum(all, 'revenue') : null,
            };
          };
          const expected = (months: Entry[][]) => {
            const { hasData: filled, leads, qualified, customers, spend, cost, revenue } = sums(months);
            const total = cost ?? 0;
            return {
              hasData: filled,
              leads,
              qualified_leads: qualified,
              marketing_cost: cost,
              cpl: (leads ?? 0) > 0 ? total / (leads ?? 1) : null,
              cac: customers > 0 && cost !== null ? cost / customers : null,
              revenue,
              romi: revenue !== null && spend > 0 ? (revenue - spend) / spend : null,
              department_roi: revenue !== null && total > 0 ? (revenue - total) / total : null,
            };
          };
          const now = expected([of('2026-03')]);
          const before = expected([of('2026-02')]);
          const figure = (key: string) => report.headline.find((item) => item.key === key);
          expect(report.headline.map((item) => item.key)).toEqual([
            'leads',
            'qualified_leads',
            'marketing_cost',
            'cpl',
            'cac',
            'revenue',
            'romi',
            'department_roi',
          ]);
          for (const key of [
            'leads',
            'qualified_leads',
            'marketing_cost',
            'cpl',
            'cac',
            'revenue',
            'romi',
            'department_roi',
          ] as const) {
            const current = now.hasData ? now[key] : null;
            const previous = before.hasData ? before[key] : null;
            expectFigure(figure(key)?.current, current);
            expectFigure(figure(key)?.previous, previous);
            if (current !== null && previous !== null) expect(figure(key)?.change).toBeCloseTo(current - previous);
            else expect(figure(key)?.change).toBeNull();
          }
          const leads = figure('leads');
          if (leads?.current != null && leads.previous != null && leads.previous !== 0) {
            expect(leads.changeRatio).toBeCloseTo((leads.current - leads.previous) / leads.previous);
          }
          // The year to date: January to March added up, ratios from the sums.
          const ytd = expected([of('2026-01'), of('2026-02'), of('2026-03')]);
          const year = report.yearToDate;
          expect(year.hasData).toBe(ytd.hasData);
          expectFigure(year.leads, ytd.leads);
          expectFigure(year.qualifiedLeads, ytd.qualified_leads);
          expectFigure(year.marketingCost, ytd.marketing_cost);
          expectFigure(year.cpl, ytd.cpl);
          expectFigure(year.cac, ytd.cac);
          expectFigure(year.revenue, ytd.revenue);
          expectFigure(year.romi, ytd.romi);
          expectFigure(year.departmentRoi, ytd.department_roi);
          // Each channel's CAC: its KPI row's cost over its customers.
          for (const row of report.channels) {
            const entry = of('2026-03').find((each) => each.channel === row.channel);
            const cost = num(entry?.spend) + num(entry?.staff_cost);
            const costEntered = typeof entry?.spend === 'number' || typeof entry?.staff_cost === 'number';
            expectFigure(row.cac, num(entry?.customers) > 0 && costEntered ? cost / num(entry?.customers) : null);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("verdicts are the core rule set's: the channel's target, else the month's blended CPL", () => {
    fc.assert(
      fc.property(tab, (list) => {
        const entries: Entry[] = list.map(([month, channel, figures]) => ({ month, channel, ...figures }));
        const settings = reportSettings();
        const report = buildMonthlyReport({
          records: readKpiRecords(kpiRows(entries)),
          month: '2026-03',
          settings,
          team: [],
          generatedAt: GENERATED_AT,
        });
        const judge = (month: string) => {
          const rows = entries.filter((entry) => entry.month === month);
          const withLeads = rows.filter((entry) => num(entry.leads) > 0);
          const leads = sum(withLeads, 'leads');
          const blended = leads > 0 ? (sum(withLeads, 'spend') + sum(withLeads, 'staff_cost')) / leads : null;
          return new Map(
            settings.channels.map((channel) => {
              const entry = rows.find((row) => row.channel === channel.name);
              const period = {
                leads: num(entry?.leads),
                cost: num(entry?.spend) + num(entry?.staff_cost),
                revenue: typeof entry?.revenue === 'number' ? entry.revenue : null,
              };
              return [
                channel.name,
                judgeChannel(period, {
                  targetCpl: channel.targetCpl ?? blended,
                  targetCplIsBlended: channel.targetCpl === null && blended !== null,
                  minLeads: settings.minLeads,
                }),
              ];
            }),
          );
        };
        const [march, february, january] = [judge('2026-03'), judge('2026-02'), judge('2026-01')];
        expect(report.channels).toHaveLength(3);
        for (const row of report.channels) {
          expect(row.judgement).toEqual(march.get(row.channel));
          const hadData = (month: string) =>
            entries.some(
              (entry) =>
                entry.month === month &&
                entry.channel === row.channel &&
                Object.values(entry).some((v) => typeof v === 'number'),
            );
          expect(row.history[0]).toEqual(hadData('2026-02') ? february.get(row.channel) : null);
          expect(row.history[1]).toEqual(hadData('2026-01') ? january.get(row.channel) : null);
        }
        expect(report.scale.map((row) => row.channel)).toEqual(
          report.channels.filter((row) => row.judgement.verdict === 'SCALE').map((row) => row.channel),
        );
        expect(
          report.dropOrRework.every((row) => row.judgement.verdict === 'DROP' || row.judgement.verdict === 'OPTIMIZE'),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts channels by leads and gives each its share', () => {
    const entries: Entry[] = [
      { month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000 },
      { month: '2026-03', channel: 'SEO', leads: 30, spend: 600 },
      { month: '2026-03', channel: 'PR', leads: 20, staff_cost: 4_000 },
    ];
    const report = buildMonthlyReport({
      records: readKpiRecords(kpiRows(entries)),
      month: '2026-03',
      settings: reportSettings(),
      team: [],
      generatedAt: GENERATED_AT,
    });
    expect(report.channels.map((row) => [row.channel, row.leadShare])).toEqual([
      ['SEO', 0.5],
      ['PR', 20 / 60],
      ['PPC', 10 / 60],
    ]);
    // PR had no target: it is judged against the blended CPL, 5 600 / 60.
    const pr = report.channels.find((row) => row.channel === 'PR');
    expect(pr?.targetIsBlended).toBe(true);
    expect(pr?.targetCpl).toBeCloseTo(5_600 / 60);
    expect(pr?.cplAgainstTarget).toBeCloseTo(200 / (5_600 / 60) - 1);
    expect(report.blendedTargetCpl).toBeCloseTo(5_600 / 60);
  });

  it('compares each channel with the month before', () => {
    const entries: Entry[] = [
      { month: '2026-02', channel: 'PPC', leads: 8, spend: 1_000 },
      { month: '2026-03', channel: 'PPC', leads: 10, spend: 1_500 },
    ];
    const report = buildMonthlyReport({
      records: readKpiRecords(kpiRows(entries)),
      month: '2026-03',
      settings: reportSettings(),
      team: [],
      generatedAt: GENERATED_AT,
    });
    const ppc = report.channels[0];
    expect(ppc?.leadsChange).toBe(2);
    expect(ppc?.cplChange).toBeCloseTo(150 / 125 - 1);
    // February: CPL 125 against the target 100.
    expect(ppc?.history[0]?.verdict).toBe('OPTIMIZE');
    expect(ppc?.history[1]).toBeNull();
  });

  it("counts one staff cost: the Team's monthly costs when entered, else the KPI tab's staff column", () => {
    const records = readKpiRecords(
      kpiRows([{ month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000, staff_cost: 500, revenue: 5_000 }]),
    );
    const build = (team: TeamMember[]) =>
      buildMonthlyReport({ records, month: '2026-03', settings: reportSettings(), team, generatedAt: GENERATED_AT });
    expect(build([]).costBasis).toEqual({ kind: 'staff_column', members: 0 });
    expect(build([member('a', null)]).costBasis).toEqual({ kind: 'staff_column', members: 1 });
    const withTeam = build([member('a', 2_000), member('b', 1_000), member('c', null)]);
    expect(withTeam.costBasis).toEqual({
      kind: 'team',
      teamMonthlyCost: 3_000,
      membersCounted: 2,
      membersWithoutCost: 1,
    });
    const department = (key: string) => withTeam.headline.find((item) => item.key === key)?.current;
    // Spend 1 000 + team 3 000; the staff column's 500 is not added again.
    expect(department('marketing_cost')).toBe(4_000);
    expect(department('department_roi')).toBeCloseTo((5_000 - 4_000) / 4_000);
    expect(department('cpl')).toBeCloseTo(4_000 / 10);
    // ROMI is on the channel budgets, before salaries.
    expect(department('romi')).toBeCloseTo((5_000 - 1_000) / 1_000);
    // Without Team costs the staff column is the staff cost.
    const alone = (key: string) => build([]).headline.find((item) => item.key === key)?.current;
    expect(alone('marketing_cost')).toBe(1_500);
    expect(alone('department_roi')).toBeCloseTo((5_000 - 1_500) / 1_500);
  });

  it('gives ratios a change in points, not a percent of a percent', () => {
    const records = readKpiRecords(
      kpiRows([
        { month: '2026-02', channel: 'PPC', leads: 10, spend: 1_000, revenue: 800 },
        { month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000, revenue: 1_100 },
      ]),
    );
    const romi = buildMonthlyReport({
      records,
      month: '2026-03',
      settings: reportSettings(),
      team: [],
      generatedAt: GENERATED_AT,
    }).headline.find((item) => item.key === 'romi');
    expect(romi?.change).toBeCloseTo(0.3);
    expect(romi?.changeRatio).toBeNull();
  });

  it('reports on a spreadsheet without a KPI tab', () => {
    const report = buildMonthlyReport({
      records: null,
      month: '2026-03',
      settings: reportSettings(),
      team: [],
      generatedAt: GENERATED_AT,
    });
    expect(report.kpiTabFound).toBe(false);
    expect(report.notes).toEqual([{ kind: 'no_kpi_tab' }]);
    expect(report.headline.every((item) => item.current === null && item.previous === null)).toBe(true);
    expect(report.channels.every((row) => !row.hasData && row.judgement.verdict === null)).toBe(true);
  });
});
