/**
 * The verdict rule rendered as a native Sheets formula (core/verdict-formula)
 * against the rule itself (core/verdict), both evaluated: the formula by
 * HyperFormula with no custom function involved, the rule in plain
 * TypeScript. HyperFormula's comparison tolerance is switched off
 * (precisionEpsilon 0) so both compare doubles exactly; how Sheets itself
 * rounds comparisons is a step of docs/smoke-test.md. The KPI tab's own form
 * (kpiRowFormulas: Total cost, Target CPL used resolving a typed target, the
 * channel's settings target or the month's blended CPL, the verdict over it,
 * the named ranges) is evaluated whole, tab by tab.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { verdictMessages } from '../../src/core/i18n/verdict-messages';
import { judgeChannels, MONEY_TOLERANCE, type ChannelPeriod } from '../../src/core/verdict';
import { nativeVerdictFormula } from '../../src/core/verdict-formula';
import { KPI_COLUMNS, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import { COST_RANGE_NAME, kpiRowFormulas, LEADS_RANGE_NAME, MONTH_RANGE_NAME } from '../../src/core/kpi/kpi-formulas';
import { VERDICT_CASES } from './verdict-acceptance-table';

/** `npm run soak` (SOAK or SOAK_RUNS set) runs five times as many batches of months and tabs. */
const SOAK = Boolean(process.env.SOAK || process.env.SOAK_RUNS);

interface Row {
  leads: number | null;
  cost: number | null;
  revenue: number | null;
  targetCpl: number | null;
  targetRomi: number;
}

/** Compares doubles exactly, as the rule does. */
const ENGINE_CONFIG = { licenseKey: 'gpl-v3', smartRounding: false, precisionEpsilon: 0 } as const;

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
        {
          leads: `A${r}`,
          cost: `B${r}`,
          revenue: `C${r}`,
          targetCpl: `D${r}`,
          periodLeads: `A$${first}:A$${last}`,
          periodCost: `B$${first}:B$${last}`,
        },
        { minLeads: month.minLeads, targetRomi: row.targetRomi },
        verdictMessages[lang],
      );
      content.push([row.leads, row.cost, row.revenue, row.targetCpl, formula]);
    });
  }
  // An engine of its own for each batch: clearing the last batch's thousand formulas out of one engine cost a
  // fifth of the time, and building from the content evaluates every formula once.
  const engine = HyperFormula.buildFromSheets({ Rows: content }, ENGINE_CONFIG);
  const sheet = engine.getSheetId('Rows') ?? 0;
  const values = engine
    .getRangeValues({ start: { sheet, row: 0, col: 4 }, end: { sheet, row: content.length - 1, col: 4 } })
    .map((line) => line[0] ?? '');
  engine.destroy();
  let offset = 0;
  return months.map((month) => {
    const slice = values.slice(offset, offset + month.rows.length);
    offset += month.rows.length;
    return slice;
  });
}

function coreVerdicts({ rows, minLeads }: Month): string[] {
  const periods: ChannelPeriod[] = rows.map((row) => ({
    leads: row.leads ?? 0,
    cost: row.cost ?? 0,
    revenue: row.revenue,
  }));
  return judgeChannels({
    periods,
    targetCpl: rows.map((row) => row.targetCpl),
    targetRomi: rows.map((row) => row.targetRomi),
    minLeads,
  }).map((result) => result.verdict ?? '');
}

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((value) => value / 100);
const targetRomi = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 1.5, 2),
  fc.integer({ min: 0, max: 1_000 }).map((value) => value / 100),
);

/** A row near the rule's thresholds as often as not: break-even, the target ROMI, a cent either side, no cost. */
const row: fc.Arbitrary<Row> = fc
  .record({
    leads: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 })),
    cost: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 6, arbitrary: cents(50_000) },
    ),
    targetCpl: fc.oneof(
      fc.constant(null),
      cents(2_000).filter((value) => value > 0),
    ),
    targetRomi,
    revenueKind: fc.constantFrom(
      'unknown',
      'free',
      'break_even',
      'at_target',
      'cent_below',
      'cent_above',
      'rounding_below',
      'rounding_below_target',
      'refund',
    ),
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
  it("gives the core rule's verdict on a thousand random rows and more, month by month", { timeout: 300_000 }, () => {
    const month = fc.record({
      rows: fc.array(row, { minLength: 1, maxLength: 12 }),
      minLeads: fc.integer({ min: 0, max: 8 }),
    });
    let rows = 0;
    fc.assert(
      fc.property(fc.array(month, { minLength: 40, maxLength: 40 }), (months) => {
        rows += months.reduce((total, m) => total + m.rows.length, 0);
        expect(nativeVerdicts(months)).toEqual(months.map(coreVerdicts));
      }),
      { numRuns: SOAK ? 120 : 8 },
    );
    expect(rows).toBeGreaterThan(1_000);
  });

  it("gives the acceptance table's verdicts, each row judged on its own", () => {
    const months = VERDICT_CASES.map((c) => ({ rows: [{ ...c, targetRomi: c.targetRomi ?? 1 }], minLeads: 5 }));
    expect(nativeVerdicts(months).map((verdicts) => verdicts[0])).toEqual(VERDICT_CASES.map((c) => c.expected));
  });

  it("writes the sheet's language", () => {
    expect(
      nativeVerdicts(
        [{ rows: [{ leads: 0, cost: 10, revenue: null, targetCpl: null, targetRomi: 1 }], minLeads: 5 }],
        'ru',
      ),
    ).toEqual([['ОТКЛЮЧИТЬ']]);
  });

  it("gives the core rule's verdict in the KPI tab's own form: Target CPL used resolving typed, settings and blended targets, target ROMI per row", {
    timeout: 300_000,
  }, () => {
    const channel = fc.record({
      settingsTarget: fc.oneof(
        fc.constant(null),
        cents(2_000).filter((value) => value > 0),
      ),
    });
    const kpiRow = fc.record({
      figures: row,
      staff: fc.oneof(fc.constant(null), cents(5_000)),
      customers: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 })),
    });
    const tab = fc.record({
      channels: fc.array(channel, { minLength: 3, maxLength: 6 }),
      months: fc.integer({ min: 12, max: 12 }),
      minLeads: fc.integer({ min: 0, max: 8 }),
      rows: fc.array(kpiRow, { minLength: 72, maxLength: 72 }),
    });
    let rows = 0;
    fc.assert(
      fc.property(fc.array(tab, { minLength: 4, maxLength: 4 }), (tabs) => {
        for (const t of tabs) {
          const { native, core } = kpiTabVerdicts(t);
          rows += native.length;
          expect(native).toEqual(core);
        }
      }),
      { numRuns: SOAK ? 100 : 6 },
    );
    // Four tabs a run, each of 3–6 channels × 12 months.
    expect(rows).toBeGreaterThanOrEqual((SOAK ? 100 : 6) * 4 * 3 * 12);
  });
});

/** 1-based column of each KPI column, in the tab's own order. */
const KPI_PLACES = new Map<KpiColumnKey, number>(KPI_COLUMNS.map((column, index) => [column.key, index + 1]));

interface KpiTab {
  channels: { settingsTarget: number | null }[];
  months: number;
  minLeads: number;
  rows: { figures: Row; staff: number | null; customers: number | null }[];
}

/**
 * A KPI tab as the build writes it: a header row, then month × channel rows
 * with every formula of kpiRowFormulas (Total cost, Target CPL used, the
 * verdict over it), and the named ranges the formulas read covering exactly
 * the table's rows. The core rule judges each month's rows with the target
 * the tab resolves: the typed one, else the settings', else the month's
 * blended CPL.
 */
function kpiTabVerdicts(tab: KpiTab): { native: unknown[]; core: string[] } {
  const width = KPI_COLUMNS.length;
  const content: (number | string | null)[][] = [KPI_COLUMNS.map((column) => column.key)];
  const col = (key: KpiColumnKey) => (KPI_PLACES.get(key) ?? 1) - 1;
  const judged: { month: number; period: ChannelPeriod; target: number | null; romi: number }[] = [];
  const count = Math.min(tab.rows.length, tab.months * tab.channels.length);
  for (let index = 0; index < count; index++) {
    const input = tab.rows[index];
    if (!input) continue;
    const month = 46_000 + Math.floor(index / tab.channels.length) * 31;
    const settingsTarget = tab.channels[index % tab.channels.length]?.settingsTarget ?? null;
    const sheetRow = content.length + 1;
    const line: (number | string | null)[] = new Array(width).fill(null);
    const { figures } = input;
    line[col('month')] = month;
    line[col('channel')] = `Channel ${index % tab.channels.length}`;
    line[col('spend')] = figures.cost;
    line[col('staff_cost')] = input.staff;
    line[col('leads')] = figures.leads;
    line[col('customers')] = input.customers;
    line[col('revenue')] = figures.revenue;
    line[col('target_cpl')] = figures.targetCpl;
    const formulas = kpiRowFormulas(KPI_PLACES, sheetRow, {
      minLeads: tab.minLeads,
      targetRomi: figures.targetRomi,
      settingsTargetCpl: settingsTarget,
      verdictLabels: verdictMessages.en,
    });
    for (const [key, formula] of Object.entries(formulas)) line[col(key as KpiColumnKey)] = formula ?? null;
    content.push(line);
    const cost = figures.cost === null && input.staff === null ? 0 : (figures.cost ?? 0) + (input.staff ?? 0);
    judged.push({
      month,
      period: { leads: figures.leads ?? 0, cost, revenue: figures.revenue },
      target: figures.targetCpl ?? settingsTarget,
      romi: figures.targetRomi,
    });
  }
  const last = content.length;
  const span = (key: KpiColumnKey) => {
    const letter = String.fromCharCode(64 + (KPI_PLACES.get(key) ?? 1));
    return `=KPI!$${letter}$2:$${letter}$${Math.max(2, last)}`;
  };
  // A tab of its own in an engine of its own, its named ranges with it: emptying one engine for the next tab
  // (its formulas and names removed one by one) cost a fifth of the time.
  const kpiEngine = HyperFormula.buildFromSheets({ KPI: content }, ENGINE_CONFIG, [
    { name: MONTH_RANGE_NAME, expression: span('month') },
    { name: COST_RANGE_NAME, expression: span('total_cost') },
    { name: LEADS_RANGE_NAME, expression: span('leads') },
  ]);
  const kpiSheet = kpiEngine.getSheetId('KPI') ?? 0;
  const verdict = col('verdict');
  const native = judged.map(
    (_, index) => kpiEngine.getCellValue({ sheet: kpiSheet, row: index + 1, col: verdict }) ?? '',
  );
  kpiEngine.destroy();
  const core: string[] = new Array(judged.length).fill('');
  const months = new Set(judged.map((item) => item.month));
  for (const month of months) {
    const indexes = judged.flatMap((item, index) => (item.month === month ? [index] : []));
    const verdicts = judgeChannels({
      periods: indexes.map((index) => judged[index]?.period ?? { leads: 0, cost: 0, revenue: null }),
      targetCpl: indexes.map((index) => judged[index]?.target ?? null),
      targetRomi: indexes.map((index) => judged[index]?.romi ?? 1),
      minLeads: tab.minLeads,
    });
    indexes.forEach((index, at) => {
      core[index] = verdicts[at]?.verdict ?? '';
    });
  }
  return {
    native,
    core: core.map((verdict) => (verdict === '' ? '' : verdictMessages.en[verdict as keyof typeof verdictMessages.en])),
  };
}
