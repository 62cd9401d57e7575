/**
 * Money within MONEY_TOLERANCE (a tenth of a cent) of break-even is
 * break-even, up to and including the tolerance itself, in every rule that
 * compares money: ROMI (core/metrics), the verdict's ROMI and its rules
 * (core/verdict).
 */
import { describe, expect, it } from 'vitest';
import { MONEY_TOLERANCE, returnOnMarketingInvestment } from '../../src/core/metrics';
import { verdictRomi, verdictRule } from '../../src/core/verdict';

describe('a tenth of a cent from break-even', () => {
  it('is ROMI 0, not a loss', () => {
    expect(returnOnMarketingInvestment(0, MONEY_TOLERANCE)).toBe(0);
    expect(verdictRomi(MONEY_TOLERANCE, 0)).toBe(0);
    expect(verdictRomi(0, MONEY_TOLERANCE)).toBe(0);
  });
  it('does not lose money, nor reach a target above 0 without cost', () => {
    expect(verdictRule(5, MONEY_TOLERANCE, 0, null, 5)).toBe('romi_below_target');
    expect(verdictRule(5, 0, MONEY_TOLERANCE, null, 5)).toBe('romi_below_target');
    expect(verdictRule(5, 0, MONEY_TOLERANCE, null, 5, 0)).toBe('romi_at_target');
  });
  it('beyond it, with no cost, is a return above or below any ratio', () => {
    expect(verdictRomi(0, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(verdictRomi(0, -5)).toBe(Number.NEGATIVE_INFINITY);
    expect(verdictRule(5, 0, 5, null, 5)).toBe('romi_at_target');
    expect(verdictRule(5, 0, -5, null, 5)).toBe('losing_money');
  });
});
