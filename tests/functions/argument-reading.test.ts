/**
 * Every check the money functions make of their arguments, one by one: each
 * bad argument is refused with a message naming it (and the row), each
 * allowed one at the edge of its range is taken. These are the checks that
 * mutation testing (`npm run mutation`, docs/mutation.md) found untested.
 */
import { describe, expect, it } from 'vitest';
import { channelVerdictFunction } from '../../src/functions/channel-verdict';
import { cplFunction } from '../../src/functions/cpl';
import { ENGLISH_CONTEXT, type FunctionContext } from '../../src/functions/function-context';
import { romiFunction } from '../../src/functions/romi';

const en = ENGLISH_CONTEXT;
const ru: FunctionContext = { lang: () => 'ru' };
const column = (...values: unknown[]) => values.map((value) => [value]) as never;

describe('CPL reads its arguments', () => {
  it('requires cost and leads, and takes extra_cost as optional', () => {
    expect(() => cplFunction(en)).toThrow('CPL: cost is required');
    expect(() => cplFunction(en, undefined, 10)).toThrow('CPL: cost is required');
    expect(cplFunction(en, 500, 10)).toBe(50);
    expect(cplFunction(en, 500, 10, '')).toBe(50);
  });

  it('refuses a negative cost or extra cost, and a negative or fractional lead count, naming the row', () => {
    expect(() => cplFunction(en, column(100, -5), column(1, 1))).toThrow(
      'CPL: cost, row 2: -5 is negative; expected 0 or more',
    );
    expect(() => cplFunction(en, -5, 1)).toThrow('CPL: cost, row 1: -5 is negative; expected 0 or more');
    expect(() => cplFunction(en, 100, 1, column(10, -1))).toThrow(
      'CPL: extra_cost, row 2: -1 is negative; expected 0 or more',
    );
    expect(() => cplFunction(en, column(100, 100), column(1, 2.5))).toThrow(
      'CPL: leads, row 2: 2.5 is not a whole number',
    );
    expect(() => cplFunction(ru, column(100, 100), column(1, 2.5))).toThrow(
      'CPL: лиды (leads), строка 2: 2,5 — не целое число',
    );
  });

  it('pairs cost and leads row by row only when both are ranges', () => {
    // A single cost (or a 1×1 range) against a range of leads is a total, not a pairing.
    expect(cplFunction(en, 300, column(1, 2))).toBe(100);
    expect(cplFunction(en, [[300]], column(1, 2))).toBe(100);
    expect(cplFunction(en, column(100, 200), [[3]])).toBe(100);
    expect(() => cplFunction(en, column(100, 200), column(1, 2, 3))).toThrow(
      'CPL: cost is 2 rows × 1 column but leads is 3 rows × 1 column; give ranges of the same size',
    );
    expect(() => cplFunction(en, [[100, 200]], column(1, 2))).toThrow(
      'CPL: cost is 1 row × 2 columns but leads is 2 rows × 1 column',
    );
  });
});

describe('ROMI reads its arguments', () => {
  it('requires revenue and cost', () => {
    expect(() => romiFunction(en)).toThrow('ROMI: revenue is required');
    expect(() => romiFunction(en, 100)).toThrow('ROMI: cost is required');
  });

  it('refuses a negative cost, but takes a refund as negative revenue', () => {
    expect(() => romiFunction(en, column(300, 300), column(100, -50))).toThrow(
      'ROMI: cost, row 2: -50 is negative; expected 0 or more',
    );
    expect(() => romiFunction(en, 300, -50)).toThrow('ROMI: cost, row 1: -50 is negative; expected 0 or more');
    expect(romiFunction(en, column(300, -100), column(50, 50))).toBe(1);
  });

  it('refuses a revenue range of another size than the cost range', () => {
    expect(() => romiFunction(en, column(1, 2, 3), column(1, 2))).toThrow(
      'ROMI: revenue is 3 rows × 1 column but cost is 2 rows × 1 column; give ranges of the same size',
    );
    expect(() => romiFunction(en, [[1, 2]], column(1, 2))).toThrow(
      'ROMI: revenue is 1 row × 2 columns but cost is 2 rows × 1 column',
    );
    // A single revenue figure against a range of costs is a total.
    expect(romiFunction(en, 400, column(100, 100))).toBe(1);
  });

  it('takes a margin above 0 and up to 100 %, and refuses one outside', () => {
    expect(romiFunction(en, 400, 100, 1)).toBe(3);
    expect(romiFunction(en, 400, 100, 0.5)).toBe(1);
    expect(romiFunction(en, 400, 100, '')).toBe(3);
    expect(() => romiFunction(en, 400, 100, 1.0001)).toThrow(
      'ROMI: margin must be above 0 % and at most 100 % (enter 30 % or 0.3); got 1.0001',
    );
    expect(() => romiFunction(en, 400, 100, -0.3)).toThrow(
      'ROMI: margin must be above 0 % and at most 100 % (enter 30 % or 0.3); got -0.3',
    );
    expect(() => romiFunction(en, 400, 100, 0)).toThrow('got 0');
  });
});

describe('CHANNEL_VERDICT reads its arguments', () => {
  const leads = column(10, 10);
  const cost = column(5_000, 20_000);

  it('requires leads and cost', () => {
    expect(() => channelVerdictFunction(en)).toThrow('CHANNEL_VERDICT: leads is required');
    expect(() => channelVerdictFunction(en, leads)).toThrow('CHANNEL_VERDICT: cost is required');
  });

  it('refuses a negative cost and a negative or fractional lead count, naming the row', () => {
    expect(() => channelVerdictFunction(en, leads, column(5_000, -1))).toThrow(
      'CHANNEL_VERDICT: cost, row 2: -1 is negative; expected 0 or more',
    );
    expect(() => channelVerdictFunction(en, column(10, -1), cost)).toThrow(
      'CHANNEL_VERDICT: leads, row 2: -1 is negative; expected 0 or more',
    );
    expect(() => channelVerdictFunction(en, column(10, 2.5), cost)).toThrow(
      'CHANNEL_VERDICT: leads, row 2: 2.5 is not a whole number',
    );
  });

  it('refuses a revenue range of another size or shape, and takes a negative revenue (a refund)', () => {
    expect(() => channelVerdictFunction(en, leads, cost, column(1))).toThrow(
      'CHANNEL_VERDICT: leads is 2 rows × 1 column but revenue is 1 row × 1 column; give ranges of the same size',
    );
    expect(() => channelVerdictFunction(en, leads, cost, column(1, 2, 3))).toThrow(
      'CHANNEL_VERDICT: leads is 2 rows × 1 column but revenue is 3 rows × 1 column',
    );
    expect(() =>
      channelVerdictFunction(en, leads, cost, [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('CHANNEL_VERDICT: revenue must be one column (one row per channel), not 2 rows × 2 columns');
    expect(() => channelVerdictFunction(en, column(10), column(1, 2))).toThrow(
      'CHANNEL_VERDICT: leads is 1 row × 1 column but cost is 2 rows × 1 column',
    );
    expect(() =>
      channelVerdictFunction(en, leads, [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('CHANNEL_VERDICT: cost must be one column');
    expect(channelVerdictFunction(en, leads, cost, column(-100, 100_000), 1_000)).toEqual(column('OPTIMIZE', 'SCALE'));
  });

  it('refuses a target CPL of 0 or below, one or per row, naming the row', () => {
    expect(() => channelVerdictFunction(en, leads, cost, '', 0)).toThrow(
      'CHANNEL_VERDICT: target_cpl, row 1: must be above 0; got 0',
    );
    expect(() => channelVerdictFunction(en, leads, cost, '', -100)).toThrow(
      'CHANNEL_VERDICT: target_cpl, row 1: must be above 0; got -100',
    );
    expect(() => channelVerdictFunction(en, leads, cost, '', column(1_000, 0))).toThrow(
      'CHANNEL_VERDICT: target_cpl, row 2: must be above 0; got 0',
    );
    expect(() => channelVerdictFunction(en, leads, cost, '', column(-5, 1_000))).toThrow(
      'CHANNEL_VERDICT: target_cpl, row 1: must be above 0; got -5',
    );
    expect(() => channelVerdictFunction(ru, leads, cost, '', column(1_000, 0))).toThrow(
      'CHANNEL_VERDICT: целевой CPL (target_cpl), строка 2: нужно число больше 0; получено 0',
    );
  });

  it('takes one target CPL for every row, or a column of them the size of leads (a blank row: the blended CPL)', () => {
    // CPL 500 and 2 000; the blended CPL is 1 250.
    expect(channelVerdictFunction(en, leads, cost)).toEqual(column('SCALE', 'OPTIMIZE'));
    // At most 80 % of the target scales: 2 000 against 2 200 keeps.
    expect(channelVerdictFunction(en, leads, cost, '', 2_200)).toEqual(column('SCALE', 'KEEP'));
    expect(channelVerdictFunction(en, leads, cost, '', [[2_200]])).toEqual(column('SCALE', 'KEEP'));
    expect(channelVerdictFunction(en, leads, cost, '', 2_500)).toEqual(column('SCALE', 'SCALE'));
    expect(channelVerdictFunction(en, leads, cost, '', column(400, 2_200))).toEqual(column('OPTIMIZE', 'KEEP'));
    expect(channelVerdictFunction(en, leads, cost, '', column(400, ''))).toEqual(column('OPTIMIZE', 'OPTIMIZE'));
    expect(() => channelVerdictFunction(en, leads, cost, '', column(400, 500, 600))).toThrow(
      'CHANNEL_VERDICT: leads is 2 rows × 1 column but target_cpl is 3 rows × 1 column',
    );
    expect(() => channelVerdictFunction(en, 10, 5_000, '', column(400, 500))).toThrow(
      'CHANNEL_VERDICT: target_cpl must be a single value, not a range of 2 rows × 1 column',
    );
  });

  it('takes min_leads as a whole number, 0 or more, 5 when omitted', () => {
    expect(channelVerdictFunction(en, column(4, 5), column(100, 100))).toEqual(column('TEST', 'KEEP'));
    expect(channelVerdictFunction(en, column(4, 5), column(100, 100), '', '', '')).toEqual(column('TEST', 'KEEP'));
    // Judged at 4 leads, the first channel's CPL 25 is above the blended 22.2.
    expect(channelVerdictFunction(en, column(4, 5), column(100, 100), '', '', 4)).toEqual(column('OPTIMIZE', 'KEEP'));
    expect(channelVerdictFunction(en, column(1, 0), column(100, 0), '', '', 0)).toEqual(column('KEEP', ''));
    expect(() => channelVerdictFunction(en, leads, cost, '', '', -1)).toThrow(
      'CHANNEL_VERDICT: min_leads must be a whole number, 0 or more; got -1',
    );
    expect(() => channelVerdictFunction(ru, leads, cost, '', '', 2.5)).toThrow(
      'CHANNEL_VERDICT: минимум лидов (min_leads): нужно целое число, 0 или больше; получено 2.5',
    );
  });

  it('takes a target ROMI of 0 or more, one or per row (a blank row: 100 %), and refuses a negative one', () => {
    // ROMI 1 (100 %) and 0.25 (25 %).
    const revenue = column(10_000, 25_000);
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000)).toEqual(column('SCALE', 'KEEP'));
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000, '', '')).toEqual(column('SCALE', 'KEEP'));
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000, '', 0.25)).toEqual(column('SCALE', 'SCALE'));
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000, '', 0)).toEqual(column('SCALE', 'SCALE'));
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000, '', 1.5)).toEqual(column('KEEP', 'KEEP'));
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000, '', column(1.5, 0.2))).toEqual(
      column('KEEP', 'SCALE'),
    );
    expect(channelVerdictFunction(en, leads, cost, revenue, 3_000, '', column('', 0.2))).toEqual(
      column('SCALE', 'SCALE'),
    );
    expect(() => channelVerdictFunction(en, leads, cost, revenue, 3_000, '', column(1, -0.5))).toThrow(
      'CHANNEL_VERDICT: target_romi, row 2: -0.5 is negative; expected 0 or more',
    );
    expect(() => channelVerdictFunction(en, leads, cost, revenue, 3_000, '', column(1, 1, 1))).toThrow(
      'CHANNEL_VERDICT: leads is 2 rows × 1 column but target_romi is 3 rows × 1 column',
    );
    expect(() => channelVerdictFunction(en, 10, 5_000, 10_000, 3_000, '', column(1, 1))).toThrow(
      'CHANNEL_VERDICT: target_romi must be a single value',
    );
    expect(() => channelVerdictFunction(en, 10, 5_000, 10_000, 3_000, '', -1)).toThrow(
      'CHANNEL_VERDICT: target_romi, row 1: -1 is negative; expected 0 or more',
    );
  });
});
