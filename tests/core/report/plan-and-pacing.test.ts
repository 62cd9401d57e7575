import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../../src/core/kpi/month';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { buildReportSheetModel } from '../../../src/core/report/report-sheet-model';
import { dataQualityText } from '../../../src/core/report/report-text';
import { reportSentences } from '../../../src/core/report/report-sentences';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const CHANNELS = ['PPC', 'SEO', 'PR'] as const;
const MONTHS = ['2026-01', '2026-02', '2026-03'] as const;

const blankOr = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: '' as const });
const entryFigures = fc.record({
  spend: blankOr(50_000),
  staff_cost: blankOr(20_000),
  leads: blankOr(300),
  customers: blankOr(40),
  revenue: blankOr(400_000),
  plan_spend: blankOr(60_000),
  plan_leads: blankOr(300),
  plan_revenue: blankOr(400_000),
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

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
/** A sum over the rows that hold the column; `null` when none does (nothing entered is not 0). */
const sumOrNull = (entries: readonly Entry[], key: keyof Entry) =>
  entries.some((entry) => typeof entry[key] === 'number')
    ? entries.reduce((total, entry) => total + num(entry[key]), 0)
    : null;
const share = (actual: number | null, plan: number | null) =>
  actual !== null && plan !== null && plan > 0 ? actual / plan : null;

function expectFigure(actual: number | null | undefined, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}

describe('the plan on the report, against an independent recount', () => {
  it('% of plan per channel, for the month and for the year to date; pacing of the month still running', () => {
    fc.assert(
      fc.property(tab, fc.integer({ min: 1, max: 31 }), (list, day) => {
        const entries: Entry[] = list.map(([month, channel, figures]) => ({ month, channel, ...figures }));
        const report = buildMonthlyReport({
          records: readKpiRecords(kpiRows(entries)),
          month: '2026-03',
          settings: reportSettings(),
          team: [],
          generatedAt: GENERATED_AT,
          today: { month: '2026-03', day },
        });
        const march = entries.filter((entry) => entry.month === '2026-03');
        const marchHasData = march.some((entry) =>
          ['spend', 'staff_cost', 'leads', 'customers', 'revenue'].some(
            (key) => typeof entry[key as keyof Entry] === 'number',
          ),
        );

        // The month: the plans entered, added up; the figure over its plan.
        const plan = {
          spend: sumOrNull(march, 'plan_spend'),
          leads: sumOrNull(march, 'plan_leads'),
          revenue: sumOrNull(march, 'plan_revenue'),
        };
        expect(report.figures.plan.spend ?? null).toBe(plan.spend);
        expect(report.figures.plan.leads ?? null).toBe(plan.leads);
        expect(report.figures.plan.revenue ?? null).toBe(plan.revenue);
        const headline = (key: string) => report.headline.find((item) => item.key === key);
        const leads = marchHasData ? sumOrNull(march, 'leads') : null;
        const revenue = marchHasData ? sumOrNull(march, 'revenue') : null;
        expectFigure(headline('leads')?.plan, plan.leads);
        expectFigure(headline('leads')?.ofPlan, share(leads, plan.leads));
        expectFigure(headline('revenue')?.plan, plan.revenue);
        expectFigure(headline('revenue')?.ofPlan, share(revenue, plan.revenue));
        // Every other headline figure has no plan: none is made up.
        for (const item of report.headline.filter((each) => each.key !== 'leads' && each.key !== 'revenue')) {
          expect(item.plan).toBeNull();
          expect(item.ofPlan).toBeNull();
        }

        // Each channel: its own row's plan.
        for (const row of report.channels) {
          const entry = march.find((each) => each.channel === row.channel);
          const own = (key: 'plan_spend' | 'plan_leads' | 'plan_revenue') =>
            typeof entry?.[key] === 'number' ? (entry[key] as number) : null;
          expect(row.planSpend).toBe(own('plan_spend'));
          expect(row.planLeads).toBe(own('plan_leads'));
          expect(row.planRevenue).toBe(own('plan_revenue'));
        }

        // The year to date: January to March's plans added up.
        const year = entries.filter((entry) => MONTHS.includes(entry.month as (typeof MONTHS)[number]));
        expect(report.yearToDate.plan.spend ?? null).toBe(sumOrNull(year, 'plan_spend'));
        expect(report.yearToDate.plan.leads ?? null).toBe(sumOrNull(year, 'plan_leads'));
        expect(report.yearToDate.plan.revenue ?? null).toBe(sumOrNull(year, 'plan_revenue'));

        // Pacing on day `day` of March's 31.
        const pacing = report.pacing;
        expect(pacing?.day).toBe(day);
        expect(pacing?.days).toBe(31);
        const soFar = { spend: marchHasData ? sumOrNull(march, 'spend') : null, leads, revenue };
        for (const key of ['spend', 'leads', 'revenue'] as const) {
          const row = pacing?.rows.find((each) => each.key === key);
          expectFigure(row?.soFar, soFar[key]);
          expectFigure(row?.plan, plan[key]);
          expectFigure(row?.planToDate, plan[key] === null ? null : (plan[key] * day) / 31);
          expectFigure(row?.forecast, soFar[key] === null ? null : (soFar[key] / day) * 31);
          const left = 31 - day;
          expectFigure(
            row?.perDayLeft,
            plan[key] === null || left === 0 ? null : Math.max(0, plan[key] - (soFar[key] ?? 0)) / left,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("shows pacing only for the month running on the report's day", () => {
    const records = readKpiRecords(
      kpiRows([{ month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000, plan_spend: 3_100 }]),
    );
    const build = (today?: { month: string; day: number }) =>
      buildMonthlyReport({
        records,
        month: '2026-03',
        settings: reportSettings(),
        team: [],
        generatedAt: GENERATED_AT,
        today,
      });
    expect(build({ month: '2026-04', day: 2 }).pacing).toBeNull();
    expect(build().pacing).toBeNull();
    // Day 10 of 31: the plan to date is 1 000, the pace forecasts 3 100, each of the 21 days left needs 100.
    const spend = build({ month: '2026-03', day: 10 }).pacing?.rows.find((row) => row.key === 'spend');
    expect(spend).toMatchObject({ soFar: 1_000, plan: 3_100, planToDate: 1_000, forecast: 3_100, perDayLeft: 100 });
    // On the last day nothing is left to spread.
    expect(build({ month: '2026-03', day: 31 }).pacing?.rows.find((row) => row.key === 'spend')?.perDayLeft).toBeNull();
    // Over the plan: nothing more a day.
    expect(build({ month: '2026-03', day: 1 }).pacing?.rows.find((row) => row.key === 'leads')?.perDayLeft).toBeNull();
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('lays the plan out: headline plan columns, the plan table, the pacing table and its definition', () => {
    const records = readKpiRecords(
      kpiRows([
        {
          month: '2026-03',
          channel: 'PPC',
          leads: 10,
          spend: 1_000,
          revenue: 4_000,
          plan_spend: 3_100,
          plan_leads: 31,
          plan_revenue: 12_400,
        },
        { month: '2026-03', channel: 'SEO', leads: 5, spend: 500 },
      ]),
    );
    const build = (today?: { month: string; day: number }) =>
      buildReportSheetModel(
        buildMonthlyReport({
          records,
          month: '2026-03',
          settings: reportSettings(),
          team: [],
          generatedAt: GENERATED_AT,
          today,
        }),
      );
    const running = build({ month: '2026-03', day: 10 });
    const cell = (row: number, column: number) => running.grid.values[row - 1]?.[column - 1];
    const { headlineHeaderRow, planHeaderRow, pacingHeaderRow } = running.layout;
    expect(cell(headlineHeaderRow, 6)).toBe('Plan');
    expect(cell(headlineHeaderRow, 7)).toBe('% of plan');
    // Leads: 15 of a plan of 31.
    expect(cell(headlineHeaderRow + 1, 6)).toBe(31);
    expect(cell(headlineHeaderRow + 1, 7)).toBeCloseTo(15 / 31);
    expect(pacingHeaderRow).toBeGreaterThan(headlineHeaderRow);
    expect(pacingHeaderRow).toBeLessThan(running.layout.firstScreenLastRow);
    expect(running.grid.values[pacingHeaderRow - 1]?.slice(0, 6)).toEqual([
      'Figure',
      'So far',
      'Plan to date',
      'Forecast at month end',
      'Plan',
      'Per day left, to plan',
    ]);
    // The plan table: PPC's spend 1 000 of 3 100; SEO has no plan, so no share; the month's total is all channels over the plans entered.
    // PR, a channel of the settings with no figures, keeps its line as in the channel table.
    const planRows = running.grid.values.slice(planHeaderRow, planHeaderRow + 5);
    expect(planRows.map((row) => row[0])).toEqual([
      'PPC',
      'SEO',
      'PR',
      'All channels',
      expect.stringContaining('2026'),
    ]);
    expect(planRows[0]?.slice(1, 4)).toEqual([3_100, 1_000, 1_000 / 3_100]);
    expect(planRows[1]?.slice(1, 4)).toEqual(['', 500, '']);
    expect(planRows[3]?.slice(1, 4)).toEqual([3_100, 1_500, 1_500 / 3_100]);
    expect(planRows[3]?.slice(4, 9)).toEqual([31, 15, 15 / 31, 12_400, 4_000 / 12_400]);
    const text = running.grid.values
      .flat()
      .filter((value): value is string => typeof value === 'string')
      .join(' ');
    expect(text).toContain('The month so far: day 10 of 31');
    // The month in brief says how far into the month its figures are.
    expect(running.grid.values[running.layout.summaryFirstRow - 1]?.[0]).toMatch(
      /^In March 2026, by day 10 of 31, the department brought 15 leads \(48\s%/,
    );
    expect(
      reportSentences(
        buildMonthlyReport({
          records,
          month: '2026-03',
          settings: reportSettings({ sheetLang: 'ru', currency: 'RUB' }),
          team: [],
          generatedAt: GENERATED_AT,
          today: { month: '2026-03', day: 10 },
        }),
      )[0],
    ).toMatch(/^В марте 2026 года, к 10-му дню из 31, отдел привёл 15 лидов \(48\s% от плана в 31 лид\)/);
    // A month that has ended has no pacing, and its definitions do not explain one.
    const ended = build({ month: '2026-04', day: 2 });
    expect(ended.layout.pacingHeaderRow).toBe(0);
    expect(ended.grid.values.flat().join(' ')).not.toContain('So far');
  });

  it('says where no plan is entered rather than showing blank plan columns', () => {
    const records = readKpiRecords(kpiRows([{ month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000 }]));
    const model = buildReportSheetModel(
      buildMonthlyReport({
        records,
        month: '2026-03',
        settings: reportSettings(),
        team: [],
        generatedAt: GENERATED_AT,
      }),
    );
    expect(model.layout.planHeaderRow).toBe(0);
    expect(model.grid.values[model.layout.headlineHeaderRow - 1]?.filter((value) => value !== '')).toHaveLength(5);
    expect(model.grid.values.flat().join(' ')).toContain('No plan is entered for March 2026');
  });

  it('notes the channels with figures and no plan, and a plan cell it cannot read, in the data-quality notes', () => {
    const records = readKpiRecords(
      kpiRows([
        { month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000, plan_leads: 12 },
        { month: '2026-03', channel: 'SEO', leads: 5, spend: 500, plan_spend: 'сто' },
        { month: '2026-03', channel: 'PR', leads: 4 },
      ]),
    );
    const report = buildMonthlyReport({
      records,
      month: '2026-03',
      settings: reportSettings(),
      team: [],
      generatedAt: GENERATED_AT,
    });
    expect(report.notes).toContainEqual({ kind: 'plan_missing', channels: ['SEO', 'PR'] });
    const texts = report.notes.map((note) => dataQualityText(note, 'en'));
    expect(texts).toContain(
      "No plan entered for SEO, PR: the month's % of plan counts their figures but no plan for them.",
    );
    expect(texts.some((text) => text.includes('Plan: spend') && text.includes('сто'))).toBe(true);
    expect(report.notes.map((note) => dataQualityText(note, 'ru'))).toContain(
      'План не введён для каналов: SEO, PR; в процент выполнения плана за месяц их показатели входят, а план по ним — нет.',
    );
    // No plan anywhere: nothing to note, the plan table's own line says so.
    const none = buildMonthlyReport({
      records: readKpiRecords(kpiRows([{ month: '2026-03', channel: 'PPC', leads: 10, spend: 1_000 }])),
      month: '2026-03',
      settings: reportSettings(),
      team: [],
      generatedAt: GENERATED_AT,
    });
    expect(none.notes.some((note) => note.kind === 'plan_missing')).toBe(false);
  });
});
