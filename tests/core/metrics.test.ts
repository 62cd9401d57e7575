/**
 * The metrics and the figures a verdict is explained with, at their edges:
 * what `npm run mutation` found untested (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import {
  costPerQualifiedLead,
  customerAcquisitionCost,
  leadToCustomerConversion,
  relativeChange,
  returnOnMarketingInvestment,
  shareOfPlan,
} from '../../src/core/metrics';
import { judgeChannels, verdictRomi } from '../../src/core/verdict';

describe('the metrics', () => {
  it('CAC is total cost over customers, none without a customer or without the cost', () => {
    expect(customerAcquisitionCost(90_000, 3)).toBe(30_000);
    expect(customerAcquisitionCost(0, 2)).toBe(0);
    expect(customerAcquisitionCost(90_000, 0)).toBeNull();
    expect(customerAcquisitionCost(90_000, -1)).toBeNull();
    expect(customerAcquisitionCost(90_000, null)).toBeNull();
    expect(customerAcquisitionCost(null, 3)).toBeNull();
  });

  it('cost per qualified lead is cost over qualified leads, none without one or without the cost', () => {
    expect(costPerQualifiedLead(12_000, 8)).toBe(1_500);
    expect(costPerQualifiedLead(0, 8)).toBe(0);
    expect(costPerQualifiedLead(12_000, 0)).toBeNull();
    expect(costPerQualifiedLead(12_000, -2)).toBeNull();
    expect(costPerQualifiedLead(12_000, null)).toBeNull();
    expect(costPerQualifiedLead(null, 8)).toBeNull();
  });

  it('share of plan is the figure over a plan above 0 (1 = 100 %), none without either', () => {
    expect(shareOfPlan(380, 400)).toBe(0.95);
    expect(shareOfPlan(0, 400)).toBe(0);
    expect(shareOfPlan(500, 400)).toBe(1.25);
    expect(shareOfPlan(380, 0)).toBeNull();
    expect(shareOfPlan(380, -10)).toBeNull();
    expect(shareOfPlan(380, null)).toBeNull();
    expect(shareOfPlan(null, 400)).toBeNull();
  });

  it('conversion is customers over leads, none without leads', () => {
    expect(leadToCustomerConversion(40, 10)).toBe(0.25);
    expect(leadToCustomerConversion(0, 0)).toBeNull();
    expect(leadToCustomerConversion(0, 3)).toBeNull();
  });

  it('relative change is measured against the size of what came before, none from nothing', () => {
    expect(relativeChange(150, 100)).toBe(0.5);
    expect(relativeChange(50, 100)).toBe(-0.5);
    expect(relativeChange(-50, -100)).toBe(0.5);
    expect(relativeChange(10, 0)).toBeNull();
  });

  it('ROMI reads a gain within a tenth of a cent as break-even, and anything beyond as a gain or a loss', () => {
    expect(returnOnMarketingInvestment(100.0005, 100)).toBe(0);
    expect(returnOnMarketingInvestment(99.9995, 100)).toBe(0);
    expect(returnOnMarketingInvestment(100.01, 100)).toBeCloseTo(0.0001, 12);
  });
});

describe('the figures a verdict is explained with', () => {
  it('ROMI as the rule reads it: break-even within the tolerance, cost 0 above or below any target', () => {
    expect(verdictRomi(100, null)).toBeNull();
    expect(verdictRomi(100, 100.0005)).toBe(0);
    expect(verdictRomi(100, 300)).toBe(2);
    expect(verdictRomi(0, 50)).toBe(Infinity);
    expect(verdictRomi(0, -50)).toBe(-Infinity);
    expect(verdictRomi(0, 0)).toBe(0);
  });

  it('says whether the target CPL is the blended one, and takes a target ROMI per row', () => {
    const periods = [
      { leads: 10, cost: 1_000, revenue: 1_500 },
      { leads: 10, cost: 3_000, revenue: 4_000 },
    ];
    const [first, second] = judgeChannels({ periods, targetCpl: [null, 500], targetRomi: [0.5, null] });
    expect(first).toMatchObject({ targetCpl: 200, targetCplIsBlended: true, targetRomi: 0.5, verdict: 'SCALE' });
    expect(second).toMatchObject({ targetCpl: 500, targetCplIsBlended: false, targetRomi: 1, verdict: 'KEEP' });
    // No channel with leads: no blended CPL, so nothing is called blended.
    expect(judgeChannels({ periods: [{ leads: 0, cost: 0, revenue: null }] })[0]).toMatchObject({
      targetCpl: null,
      targetCplIsBlended: false,
    });
    expect(judgeChannels({ periods, targetRomi: 0.2 }).map((result) => result.targetRomi)).toEqual([0.2, 0.2]);
  });
});
