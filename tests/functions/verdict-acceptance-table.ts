/**
 * CHANNEL_VERDICT's acceptance table: both sides of every threshold of the
 * contract (issue 14, part 1), written as the figures a person would type.
 * Every row carries its own target CPL, so a row judged alone and the same
 * row inside a column get the same verdict. Used by the core tests, the
 * pushed bundle (node:vm) and HyperFormula.
 */
export interface VerdictCase {
  why: string;
  leads: number;
  cost: number;
  /** `null`: a blank cell, revenue unknown. */
  revenue: number | null;
  targetCpl: number;
  /** `null`: a blank cell, the default 100 %. */
  targetRomi: number | null;
  expected: '' | 'SCALE' | 'KEEP' | 'OPTIMIZE' | 'DROP' | 'TEST';
}

const c = (
  why: string,
  leads: number,
  cost: number,
  revenue: number | null,
  targetRomi: number | null,
  expected: VerdictCase['expected'],
): VerdictCase => ({
  why,
  leads,
  cost,
  revenue,
  targetCpl: 100,
  targetRomi,
  expected,
});

export const VERDICT_CASES: readonly VerdictCase[] = [
  c('no leads, no cost', 0, 0, null, null, ''),
  c('cost, no leads', 0, 500, null, null, 'DROP'),
  c('cost, no leads, even with revenue', 0, 500, 10_000, null, 'DROP'),
  c('4 leads, fewer than 5', 4, 100, 10_000, null, 'TEST'),
  c('5 leads, judged', 5, 100, null, null, 'SCALE'),
  // Revenue unknown: CPL alone, as before.
  c('unknown revenue, CPL a tenth above the target', 10, 1_001, null, null, 'OPTIMIZE'),
  c('unknown revenue, CPL at the target', 10, 1_000, null, null, 'KEEP'),
  c('unknown revenue, CPL at 80 % of the target', 10, 800, null, null, 'SCALE'),
  c('unknown revenue, CPL just above 80 %', 10, 801, null, null, 'KEEP'),
  // Losing money, both sides of break-even and of the CPL target.
  c('a cent short of break-even, CPL high', 10, 1_200, 1_199.99, null, 'DROP'),
  c('a cent short of break-even, CPL at the target', 10, 1_000, 999.99, null, 'OPTIMIZE'),
  c('a cent short of break-even, CPL low', 10, 500, 499.99, null, 'OPTIMIZE'),
  c('a refund (negative revenue), CPL high', 10, 1_200, -100, null, 'DROP'),
  c('a twentieth of a cent short: break-even, not losing', 10, 1_200, 1_199.9995, 0, 'SCALE'),
  c('0.1 + 0.2 against 0.3: break-even', 10, 0.1 + 0.2, 0.3, 0, 'SCALE'),
  c('0.1 + 0.2 against 0.3, target 100 %: below target, CPL low', 10, 0.1 + 0.2, 0.3, null, 'KEEP'),
  c('break-even, CPL high, target 100 %', 10, 1_200, 1_200, null, 'OPTIMIZE'),
  // The target ROMI, both sides, whatever the CPL.
  c('ROMI exactly 100 %, CPL at the target', 10, 1_000, 2_000, null, 'SCALE'),
  c('ROMI a cent under 100 %, CPL at the target', 10, 1_000, 1_999.99, null, 'KEEP'),
  c('ROMI exactly 100 %, CPL high', 10, 1_200, 2_400, null, 'SCALE'),
  c('ROMI 503 %, CPL high', 10, 2_615, 15_768.45, null, 'SCALE'),
  c('ROMI a cent under 100 %, CPL high', 10, 1_200, 2_399.99, null, 'OPTIMIZE'),
  c('ROMI 67 %, CPL well below the target: return decides, not CPL', 10, 600, 1_000, null, 'KEEP'),
  c('ROMI 20 %, CPL well below the target', 10, 500, 600, null, 'KEEP'),
  // Per-row target ROMI.
  c('target 50 %, ROMI 67 %', 10, 600, 1_000, 0.5, 'SCALE'),
  c('target 50 %, ROMI a cent under 50 %', 10, 1_000, 1_499.99, 0.5, 'KEEP'),
  c('target 0, break-even', 10, 1_000, 1_000, 0, 'SCALE'),
  c('target 0, a cent short', 10, 1_000, 999.99, 0, 'OPTIMIZE'),
  c('target 200 %, ROMI 100 %', 10, 1_000, 2_000, 2, 'KEEP'),
  c('target 200 %, ROMI 200 %', 10, 1_000, 3_000, 2, 'SCALE'),
  c('target 200 %, ROMI 100 %, CPL high', 10, 1_200, 2_400, 2, 'OPTIMIZE'),
  // Cost 0.
  c('cost 0, revenue above 0: above any target', 10, 0, 500, 1_000, 'SCALE'),
  c('cost 0, revenue 0: ROMI 0, below 100 %', 10, 0, 0, null, 'KEEP'),
  c('cost 0, revenue 0, target 0', 10, 0, 0, 0, 'SCALE'),
  c('cost 0, a refund', 10, 0, -50, null, 'OPTIMIZE'),
  c('cost 0, unknown revenue', 10, 0, null, null, 'SCALE'),
];
