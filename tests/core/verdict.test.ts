import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blendedTargetCpl, judgeChannel, judgeChannels, MONEY_TOLERANCE, type Verdict } from '../../src/core/verdict';
import { VERDICT_CASES } from '../functions/verdict-acceptance-table';
import { explainVerdict, verdictFromLabel, verdictLabel } from '../../src/core/verdict-explanation';
import { costPerLead, returnOnMarketingInvestment } from '../../src/core/metrics';

const rules = { targetCpl: 1000, minLeads: 5 };

describe('the verdict rules', () => {
  it('follows each rule of the contract', () => {
    expect(judgeChannel({ leads: 0, cost: 0, revenue: null }, rules).verdict).toBeNull();
    expect(judgeChannel({ leads: 0, cost: 500, revenue: null }, rules).verdict).toBe('DROP');
    expect(judgeChannel({ leads: 4, cost: 100, revenue: null }, rules).verdict).toBe('TEST');
    // CPL 1 200 > 1 000 and revenue below cost: both faults.
    expect(judgeChannel({ leads: 10, cost: 12_000, revenue: 5_000 }, rules).verdict).toBe('DROP');
    // CPL high but ROMI 317 %: return decides.
    expect(judgeChannel({ leads: 10, cost: 12_000, revenue: 50_000 }, rules).verdict).toBe('SCALE');
    expect(judgeChannel({ leads: 10, cost: 9_000, revenue: 1_000 }, rules).verdict).toBe('OPTIMIZE');
    expect(judgeChannel({ leads: 10, cost: 8_000, revenue: null }, rules).verdict).toBe('SCALE');
    expect(judgeChannel({ leads: 10, cost: 8_001, revenue: null }, rules).verdict).toBe('KEEP');
    expect(judgeChannel({ leads: 10, cost: 10_000, revenue: 10_000 }, rules).verdict).toBe('KEEP');
  });

  it.each(VERDICT_CASES.map((row) => [row.why, row] as const))('acceptance table: %s', (_why, row) => {
    const result = judgeChannel(
      { leads: row.leads, cost: row.cost, revenue: row.revenue },
      { targetCpl: row.targetCpl, minLeads: 5, ...(row.targetRomi === null ? {} : { targetRomi: row.targetRomi }) },
    );
    expect(result.verdict ?? '').toBe(row.expected);
  });

  it("the issue's sample year: ROMI 502.9 % is scaled whatever its CPL, ROMI 19.7 % is not", () => {
    const blended = { targetCpl: 1_981, targetCplIsBlended: true, minLeads: 5 };
    const strong = judgeChannel({ leads: 20, cost: 52_300, revenue: 52_300 * 6.029 }, blended);
    expect(strong.verdict).toBe('SCALE');
    expect(explainVerdict(strong, 'ru')).toBe(
      'ROMI 503\u00a0% ≥ цель 100\u00a0%; CPL 2\u00a0615 на 32\u00a0% выше среднего 1\u00a0981',
    );
    expect(explainVerdict(strong, 'en')).toBe(
      'ROMI 503\u00a0% ≥ target 100\u00a0%; CPL 2,615 is 32\u00a0% above the average 1,981',
    );
    const weak = judgeChannel({ leads: 20, cost: 20_000, revenue: 20_000 * 1.197 }, blended);
    expect(weak.verdict).toBe('KEEP');
    expect(explainVerdict(weak, 'ru')).toBe(
      'ROMI 20\u00a0% ниже цели 100\u00a0%; CPL 1\u00a0000 на 50\u00a0% ниже среднего 1\u00a0981',
    );
  });

  it('reads money within a tenth of a cent of break-even as break-even, and a cent as a cent', () => {
    const cents = fc.integer({ min: 1, max: 10_000_000_000 }).map((value) => value / 100);
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 5, max: 1_000 }), (a, b, leads) => {
        // Revenue a + b against the same cost summed the other way round: ROMI 0, whatever the rounding.
        const result = judgeChannel(
          { leads, cost: b + a, revenue: a + b },
          { targetCpl: null, minLeads: 5, targetRomi: 0 },
        );
        expect(result.romi).toBe(0);
        expect(result.verdict).toBe('SCALE');
        const short = judgeChannel(
          { leads, cost: a + b, revenue: a + b - 0.01 },
          { targetCpl: null, minLeads: 5, targetRomi: 0 },
        );
        expect(short.verdict).toBe('OPTIMIZE');
      }),
      { numRuns: 2_000 },
    );
    expect(MONEY_TOLERANCE).toBeLessThan(0.01);
  });

  it('more revenue never makes a verdict worse, nor does a lower target ROMI', () => {
    const rank: Record<Verdict, number> = { DROP: 0, OPTIMIZE: 1, KEEP: 2, SCALE: 3, TEST: -1 };
    const money = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    const nonNegative = fc.double({ min: 0, max: 1e9, noNaN: true });
    const ratio = fc.double({ min: 0, max: 20, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        nonNegative,
        money,
        money,
        fc.option(
          nonNegative.filter((t) => t > 0),
          { nil: null },
        ),
        ratio,
        ratio,
        (leads, cost, r1, r2, targetCpl, t1, t2) => {
          const [less, more] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const [lowTarget, highTarget] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const verdict = (revenue: number, targetRomi: number) =>
            judgeChannel({ leads, cost, revenue }, { targetCpl, minLeads: 5, targetRomi }).verdict;
          const a = verdict(less, highTarget);
          const b = verdict(more, highTarget);
          const c = verdict(more, lowTarget);
          if (a === null || a === 'TEST' || (a === 'DROP' && leads === 0)) {
            // Before min_leads or with no leads, revenue plays no part.
            expect(b).toBe(a);
            expect(c).toBe(a);
            return;
          }
          expect(rank[b ?? 'TEST']).toBeGreaterThanOrEqual(rank[a]);
          expect(rank[c ?? 'TEST']).toBeGreaterThanOrEqual(rank[b ?? 'TEST']);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('judges with min_leads 0 and no target', () => {
    expect(judgeChannel({ leads: 1, cost: 10, revenue: null }, { targetCpl: null, minLeads: 0 })).toEqual({
      leads: 1,
      cost: 10,
      revenue: null,
      targetCpl: null,
      targetCplIsBlended: false,
      minLeads: 0,
      targetRomi: 1,
      verdict: 'KEEP',
      rule: 'no_target',
      cpl: 10,
      romi: null,
    });
  });

  it('uses the blended CPL of the channels with leads as the default target', () => {
    const periods = [
      { leads: 10, cost: 5_000, revenue: null },
      { leads: 10, cost: 15_000, revenue: null },
      { leads: 0, cost: 99_000, revenue: null },
    ];
    expect(
      blendedTargetCpl(
        periods.map((p) => p.leads),
        periods.map((p) => p.cost),
      ),
    ).toBe(1_000);
    expect(judgeChannels({ periods }).map((r) => r.verdict)).toEqual(['SCALE', 'OPTIMIZE', 'DROP']);
    expect(judgeChannels({ periods, targetCpl: [null, 2_000, null] }).map((r) => r.verdict)).toEqual([
      'SCALE',
      'SCALE',
      'DROP',
    ]);
  });
});

describe('verdicts in words', () => {
  it('explains CPL against the target as the domain notes do', () => {
    const result = judgeChannel({ leads: 10, cost: 12_000, revenue: null }, { targetCpl: 857, minLeads: 5 });
    expect(explainVerdict(result, 'en')).toBe('CPL 1,200 is 40\u00a0% above the target 857');
    expect(explainVerdict(result, 'ru')).toBe('CPL 1\u00a0200 на 40\u00a0% выше цели 857');
  });
  it('explains every rule with its figures', () => {
    const say = (leads: number, cost: number, revenue: number | null, targetCpl: number | null) =>
      explainVerdict(judgeChannel({ leads, cost, revenue }, { targetCpl, minLeads: 5 }), 'en');
    expect(say(0, 0, null, 100)).toBe('No leads and no cost in this period');
    expect(say(0, 5_000, null, 100)).toBe('Spent 5,000 and brought no leads');
    expect(say(3, 300, null, 100)).toBe('3 leads, fewer than the 5 needed to judge');
    expect(
      explainVerdict(judgeChannel({ leads: 1, cost: 10, revenue: null }, { targetCpl: 5, minLeads: 5 }), 'ru'),
    ).toBe('1 лид — меньше 5, нужных для оценки');
    expect(
      explainVerdict(judgeChannel({ leads: 3, cost: 10, revenue: null }, { targetCpl: 5, minLeads: 5 }), 'ru'),
    ).toBe('3 лида — меньше 5, нужных для оценки');
    expect(say(10, 1_200, 500, 1_000 / 10)).toBe(
      'ROMI -58\u00a0% is below 0: revenue 500 is less than the cost 1,200; CPL 120 is 20\u00a0% above the target 100',
    );
    expect(say(10, 900, 500, 100)).toBe(
      'ROMI -44\u00a0% is below 0: revenue 500 is less than the cost 900; CPL 90 is 10\u00a0% below the target 100',
    );
    expect(say(10, 0, -50, 100)).toBe('Revenue -50 is less than the cost 0; CPL 0 is 100\u00a0% below the target 100');
    expect(say(10, 0, 500, 100)).toBe('Revenue 500 at no cost; CPL 0 is 100\u00a0% below the target 100');
    expect(say(10, 1_000, 2_500, 100)).toBe('ROMI 150\u00a0% ≥ target 100\u00a0%; CPL 100 is within the target 100');
    expect(say(10, 1_000, 1_500, 100)).toBe(
      'ROMI 50\u00a0% is below the target 100\u00a0%; CPL 100 is within the target 100',
    );
    expect(say(10, 1_000, 1_500, null)).toBe(
      'ROMI 50\u00a0% is below the target 100\u00a0%; CPL 100; no target to judge it against',
    );
    expect(say(10, 600, null, 100)).toBe('CPL 60 is 40\u00a0% below the target 100');
    expect(say(10, 900, null, 100)).toBe('CPL 90 is within the target 100, but less than 20\u00a0% below it');
    expect(say(10, 900, null, null)).toBe('CPL 90; no target to judge it against');
  });
  it('labels verdicts in both languages and reads them back', () => {
    expect(verdictLabel('SCALE', 'en')).toBe('SCALE');
    expect(verdictLabel('DROP', 'ru')).toBe('ОТКЛЮЧИТЬ');
    expect(verdictFromLabel('отключить')).toBe('DROP');
    expect(verdictFromLabel('KEEP')).toBe('KEEP');
    expect(verdictFromLabel('maybe')).toBeNull();
  });
});

describe("the source articles' examples", () => {
  it("a zero-budget PR channel costs the PR manager's salary per lead", () => {
    expect(costPerLead(0, 25, 100_000)).toBe(4_000);
  });
  it('a $1-a-click banner against a 2-cent lead: same result, different cost', () => {
    // Company A: 100 clicks at $1 bring 100 leads at best; company B gets 100 leads for 2 cents each.
    const companyA = costPerLead(100 * 1, 100);
    const companyB = costPerLead(100 * 0.02, 100);
    expect(companyA).toBe(1);
    expect(companyB).toBeCloseTo(0.02, 10);
    expect(judgeChannel({ leads: 100, cost: 100, revenue: null }, { targetCpl: 0.02, minLeads: 5 }).verdict).toBe(
      'OPTIMIZE',
    );
  });
  it('negative ROMI when marketing costs more than it earns', () => {
    expect(returnOnMarketingInvestment(80_000, 100_000)).toBeCloseTo(-0.2, 10);
    expect(returnOnMarketingInvestment(200_000, 100_000, 0.3)).toBeCloseTo(-0.4, 10);
    expect(returnOnMarketingInvestment(1, 0)).toBeNull();
  });
});
