import { describe, expect, it } from 'vitest';
import { channelVerdictFunction } from '../../src/functions/channel-verdict';
import { cplFunction } from '../../src/functions/cpl';
import { ENGLISH_CONTEXT, type FunctionContext } from '../../src/functions/function-context';
import { romiFunction } from '../../src/functions/romi';

const en = ENGLISH_CONTEXT;
const ru: FunctionContext = { lang: () => 'ru' };
const column = (...values: unknown[]) => values.map((value) => [value]) as never;

describe('CPL', () => {
  it('divides total cost, with staff cost, by total leads', () => {
    expect(cplFunction(en, column('Spend', 1000, '', 2000), column('Leads', 10, '', 20))).toBe(100);
    expect(cplFunction(en, 0, 25, 100_000)).toBe(4_000);
    expect(cplFunction(en, column(100, 200), column(1, 2), column(300, 0))).toBe(200);
  });
  it('says which argument, which row and what was expected', () => {
    expect(() => cplFunction(en, column(100, '1 000'), column(1, 2))).toThrow(
      'CPL: cost, row 2: "1 000" is text; enter it as a number',
    );
    expect(() => cplFunction(en, column(100), column(-1))).toThrow(
      'CPL: leads, row 1: -1 is negative; expected 0 or more',
    );
    expect(() => cplFunction(en, column(1, 2, 3), column(1, 2))).toThrow(
      'CPL: cost is 3 rows × 1 column but leads is 2 rows × 1 column; give ranges of the same size',
    );
    expect(() => cplFunction(en, column(100), column(0, ''))).toThrow(/^CPL: leads add up to 0/);
    expect(() => cplFunction(en, 100)).toThrow('CPL: leads is required');
    expect(() => cplFunction(en, column(1e308, 1e308), column(1, 1))).toThrow(/^CPL: the result is too large to show/);
  });
  it("speaks the spreadsheet's language", () => {
    expect(() => cplFunction(ru, column(100, '1 000'), column(1, 2))).toThrow(
      'CPL: затраты (cost), строка 2: «1 000» записано как текст; введите это число как число',
    );
  });
});

describe('ROMI', () => {
  it('is revenue-based by default and margin-based with a margin', () => {
    expect(romiFunction(en, column('Revenue', 150_000, ''), column('Cost', 100_000, ''))).toBeCloseTo(0.5, 12);
    expect(romiFunction(en, 150_000, 100_000, 0.3)).toBeCloseTo(-0.55, 12);
    expect(romiFunction(en, column(-10_000, 60_000), column(25_000, 25_000))).toBeCloseTo(0, 12);
  });
  it("names the bad cell in the issue's words", () => {
    expect(() => romiFunction(en, column(1, 2, '1 000 ₽'), column(1, 1, 1))).toThrow(
      'ROMI: revenue, row 3: "1 000 ₽" is text; enter it as a number',
    );
    expect(() => romiFunction(en, 100, 0)).toThrow(/^ROMI: cost adds up to 0/);
    expect(() => romiFunction(en, 100, 50, 30)).toThrow(/^ROMI: margin must be above 0 % and at most 100 %/);
    expect(() => romiFunction(en, 100, 50, 0)).toThrow(/^ROMI: margin/);
    expect(() => romiFunction(en, 100, 50, column(0.3, 0.4))).toThrow(
      'ROMI: margin must be a single value, not a range of 2 rows × 1 column',
    );
    expect(() => romiFunction(en, column('#N/A'), 50)).toThrow(
      'ROMI: revenue, row 1: the cell holds the error #N/A; fix that cell first',
    );
  });
});

describe('CHANNEL_VERDICT', () => {
  it('returns one verdict per row and blank where nothing happened', () => {
    const leads = column(20, 0, 3, '', 10, 10);
    const cost = column(10_000, 5_000, 300, '', 30_000, 12_000);
    // Blended target: (10 000 + 300 + 30 000 + 12 000) / 43 ≈ 1 216.
    expect(channelVerdictFunction(en, leads, cost)).toEqual(column('SCALE', 'DROP', 'TEST', '', 'OPTIMIZE', 'KEEP'));
  });
  it('uses revenue, a target column and min_leads', () => {
    const leads = column(10, 10, 10);
    const cost = column(12_000, 12_000, 7_000);
    const revenue = column(5_000, '', 50_000);
    expect(channelVerdictFunction(en, leads, cost, revenue, 1_000)).toEqual(column('DROP', 'OPTIMIZE', 'SCALE'));
    expect(channelVerdictFunction(en, leads, cost, revenue, column(2_000, '', 1_000))).toEqual(
      column('OPTIMIZE', 'OPTIMIZE', 'SCALE'),
    );
    expect(channelVerdictFunction(en, leads, cost, '', 1_000, 11)).toEqual(column('TEST', 'TEST', 'TEST'));
  });
  it("gives a single value for a single row, in the spreadsheet's language", () => {
    expect(channelVerdictFunction(en, 10, 5_000, undefined, 1_000)).toBe('SCALE');
    expect(channelVerdictFunction(ru, 0, 5_000)).toBe('ОТКЛЮЧИТЬ');
  });
  it('refuses what it cannot judge, saying why', () => {
    expect(() => channelVerdictFunction(en, column(1, 2), column(1))).toThrow(
      /^CHANNEL_VERDICT: leads is 2 rows × 1 column but cost is 1 row × 1 column/,
    );
    expect(() => channelVerdictFunction(en, [[1, 2]], [[1, 2]])).toThrow(/^CHANNEL_VERDICT: leads must be one column/);
    expect(() => channelVerdictFunction(en, 10, 100, '', 0)).toThrow(
      'CHANNEL_VERDICT: target_cpl, row 1: must be above 0; got 0',
    );
    expect(() => channelVerdictFunction(en, 10, 100, '', '', 2.5)).toThrow(
      /^CHANNEL_VERDICT: min_leads must be a whole number/,
    );
    expect(() => channelVerdictFunction(en, column(1, 'TRUE'), column(1, true))).toThrow(
      /^CHANNEL_VERDICT: cost, row 2: TRUE is a TRUE\/FALSE value/,
    );
  });
});
