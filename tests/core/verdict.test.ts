import { describe, expect, it } from 'vitest';
import { blendedTargetCpl, judgeChannel, judgeChannels } from '../../src/core/verdict';
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
    expect(judgeChannel({ leads: 10, cost: 12_000, revenue: 50_000 }, rules).verdict).toBe('OPTIMIZE');
    expect(judgeChannel({ leads: 10, cost: 9_000, revenue: 1_000 }, rules).verdict).toBe('OPTIMIZE');
    expect(judgeChannel({ leads: 10, cost: 8_000, revenue: null }, rules).verdict).toBe('SCALE');
    expect(judgeChannel({ leads: 10, cost: 8_001, revenue: null }, rules).verdict).toBe('KEEP');
    expect(judgeChannel({ leads: 10, cost: 10_000, revenue: 10_000 }, rules).verdict).toBe('KEEP');
  });

  it('judges with min_leads 0 and no target', () => {
    expect(judgeChannel({ leads: 1, cost: 10, revenue: null }, { targetCpl: null, minLeads: 0 })).toEqual({
      leads: 1,
      cost: 10,
      revenue: null,
      targetCpl: null,
      minLeads: 0,
      verdict: 'KEEP',
      rule: 'no_target',
      cpl: 10,
    });
  });

  it('uses the blended CPL of the channels with leads as the default target', () => {
    const periods = [
      { leads: 10, cost: 5_000, revenue: null },
      { leads: 10, cost: 15_000, revenue: null },
      { leads: 0, cost: 99_000, revenue: null },
    ];
    expect(blendedTargetCpl(periods.map((p) => p.leads), periods.map((p) => p.cost))).toBe(1_000);
    expect(judgeChannels({ periods }).map((r) => r.verdict)).toEqual(['SCALE', 'OPTIMIZE', 'DROP']);
    expect(judgeChannels({ periods, targetCpl: [null, 2_000, null] }).map((r) => r.verdict)).toEqual(['SCALE', 'SCALE', 'DROP']);
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
    expect(say(10, 1_200, 500, 1_000 / 10)).toBe('CPL 120 is 20\u00a0% above the target 100, and revenue 500 is below the cost 1,200');
    expect(say(10, 900, 500, 100)).toBe('Revenue 500 is below the cost 900');
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

describe('the source articles\' examples', () => {
  it('a zero-budget PR channel costs the PR manager\'s salary per lead', () => {
    expect(costPerLead(0, 25, 100_000)).toBe(4_000);
  });
  it('a $1-a-click banner against a 2-cent lead: same result, different cost', () => {
    // Company A: 100 clicks at $1 bring 100 leads at best; company B gets 100 leads for 2 cents each.
    const companyA = costPerLead(100 * 1, 100);
    const companyB = costPerLead(100 * 0.02, 100);
    expect(companyA).toBe(1);
    expect(companyB).toBeCloseTo(0.02, 10);
    expect(judgeChannel({ leads: 100, cost: 100, revenue: null }, { targetCpl: 0.02, minLeads: 5 }).verdict).toBe('OPTIMIZE');
  });
  it('negative ROMI when marketing costs more than it earns', () => {
    expect(returnOnMarketingInvestment(80_000, 100_000)).toBeCloseTo(-0.2, 10);
    expect(returnOnMarketingInvestment(200_000, 100_000, 0.3)).toBeCloseTo(-0.4, 10);
    expect(returnOnMarketingInvestment(1, 0)).toBeNull();
  });
});
