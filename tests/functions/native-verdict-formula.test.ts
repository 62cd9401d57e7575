/**
 * The verdict rule rendered as a native Sheets formula (core/verdict-formula)
 * against the rule itself (core/verdict), both evaluated: the formula by
 * HyperFormula with no custom function involved, the rule in plain
 * TypeScript. HyperFormula's comparison tolerance is switched off
 * (precisionEpsilon 0) so both compare doubles exactly; how Sheets itself
 * rounds comparisons is a step of docs/smoke-test.md.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { verdictMessages } from '../../src/core/i18n/verdict-messages';
import { judgeChannels, MONEY_TOLERANCE, type ChannelPeriod } from '../../src/core/verdict';
import { nativeVerdictFormula } from '../../src/core/verdict-formula';
import { VERDICT_CASES } from './verdict-acceptance-table';

interface Row {
  leads: number | null;
  cost: number | null;
  revenue: number | null;
  targetCpl: number | null;
  targetRomi: number;
}

const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false, precisionEpsilon: 0 });
engine.addSheet('Rows');
const sheet = engine.getSheetId('Rows') ?? 0;

interface Month {
  rows: Row[];
  minLeads: number;
}

/**
 * Months one under the other: A leads, B cost, C revenue, D target CPL, E the
 * native verdict, each month's blended CPL over its own rows. One sheet per
 * batch of months, so thousands of rows cost one recalculation.
 */
function nativeVerdicts(months: readonly Month[], lang: 'en' | 'ru' = 'en'): unknown[][] {
  const content: (number | string | null)[][] = [];
  for (const month of months) {
    const first = content.length + 1;
    const last = first + month.rows.length - 1;
    month.rows.forEach((row, index) => {
      const r = first + index;
      const formula = nativeVerdictFormula(
        { leads: `A${r}`, cost: `B${r}`, revenue: `C${r}`, targetCpl: `D${r}`, periodLeads: `A$${first}:A$${last}`, periodCost: `B$${first}:B$${last}` },
        { minLeads: month.minLeads, targetRomi: row.targetRomi },
        verdictMessages[lang],
      );
      content.push([row.leads, row.cost, row.revenue, row.targetCpl, formula]);
    });
  }
  engine.clearSheet(sheet);
  engine.setCellContents({ sheet, row: 0, col: 0 }, content);
  const values = engine.getRangeValues({ start: { sheet, row: 0, col: 4 }, end: { sheet, row: content.length - 1, col: 4 } }).map((line) => line[0] ?? '');
  let offset = 0;
  return months.map((month) => {
    const slice = values.slice(offset, offset + month.rows.length);
    offset += month.rows.length;
    return slice;
  });
}

function coreVerdicts({ rows, minLeads }: Month): string[] {
  const periods: ChannelPeriod[] = rows.map((row) => ({ leads: row.leads ?? 0, cost: row.cost ?? 0, revenue: row.revenue }));
  return judgeChannels({ periods, targetCpl: rows.map((row) => row.targetCpl), targetRomi: rows.map((row) => row.targetRomi), minLeads }).map(
    (result) => result.verdict ?? '',
  );
}

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((value) => value / 100);
const targetRomi = fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5, 2), fc.integer({ min: 0, max: 1_000 }).map((value) => value / 100));

/** A row near the rule's thresholds as often as not: break-even, the target ROMI, a cent either side, no cost. */
const row: fc.Arbitrary<Row> = fc
  .record({
    leads: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 })),
    cost: fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: cents(50_000) }),
    targetCpl: fc.oneof(fc.constant(null), cents(2_000).filter((value) => value > 0)),
    targetRomi,
    revenueKind: fc.constantFrom('unknown', 'free', 'break_even', 'at_target', 'cent_below', 'cent_above', 'rounding_below', 'rounding_below_target', 'refund'),
    free: cents(200_000),
  })
  .map(({ leads, cost, targetCpl, targetRomi: romi, revenueKind, free }) => {
    const spent = cost ?? 0;
    const revenue = {
      unknown: null,
      free,
      break_even: spent,
      at_target: spent * (1 + romi),
      cent_below: spent * (1 + romi) - 0.01,
      cent_above: spent + 0.01,
      // Short by less than the tolerance: rounding, not money.
      rounding_below: spent - MONEY_TOLERANCE / 2,
      rounding_below_target: spent * (1 + romi) - MONEY_TOLERANCE / 2,
      refund: -free,
    }[revenueKind];
    return { leads, cost, revenue, targetCpl, targetRomi: romi };
  });

describe('the verdict as a native formula', () => {
  it('gives the core rule\'s verdict on thousands of random rows, month by month', { timeout: 300_000 }, () => {
    const month = fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 12 }), minLeads: fc.integer({ min: 0, max: 8 }) });
    let rows = 0;
    fc.assert(
      fc.property(fc.array(month, { minLength: 40, maxLength: 40 }), (months) => {
        rows += months.reduce((total, m) => total + m.rows.length, 0);
        expect(nativeVerdicts(months)).toEqual(months.map(coreVerdicts));
      }),
      { numRuns: 24 },
    );
    expect(rows).toBeGreaterThan(4_000);
  });

  it('gives the acceptance table\'s verdicts, each row judged on its own', () => {
    const months = VERDICT_CASES.map((c) => ({ rows: [{ ...c, targetRomi: c.targetRomi ?? 1 }], minLeads: 5 }));
    expect(nativeVerdicts(months).map((verdicts) => verdicts[0])).toEqual(VERDICT_CASES.map((c) => c.expected));
  });

  it('writes the sheet\'s language', () => {
    expect(nativeVerdicts([{ rows: [{ leads: 0, cost: 10, revenue: null, targetCpl: null, targetRomi: 1 }], minLeads: 5 }], 'ru')).toEqual([['ОТКЛЮЧИТЬ']]);
  });
});
