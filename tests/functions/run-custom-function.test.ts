/**
 * The argument runner on declarations of its own, one per kind of
 * parameter: each rule a declaration can ask for (present, not negative,
 * whole, the same size as another, one column, within bounds, one per row)
 * is refused with its message when broken and taken at its edge, so a test
 * fails if the runner drops any of them. The custom functions' own tests
 * check the rules each function declares.
 */
import { describe, expect, it } from 'vitest';
import { type CheckedColumn, columnNumber } from '../../src/core/sheet-values';
import { declareFunction } from '../../src/functions/custom-function-declaration';
import { CUSTOM_FUNCTION_DECLARATIONS, CUSTOM_FUNCTION_DOCS } from '../../src/functions/custom-functions';
import { ENGLISH_CONTEXT, type FunctionContext } from '../../src/functions/function-context';
import type { Parameter } from '../../src/functions/parameters';
import { runCustomFunction } from '../../src/functions/run-custom-function';

const en = ENGLISH_CONTEXT;
const ru: FunctionContext = { lang: () => 'ru' };
const column = (...values: unknown[]) => values.map((value) => [value]);

/** Each checked column among `values` as the numbers its rows read as. */
function asNumbers(values: unknown[]): unknown[] {
  return values.map((value) =>
    value === null ? null : (value as CheckedColumn).map((_, row) => columnNumber(value as CheckedColumn, row)),
  );
}

/** Runs a one-off declaration whose compute step returns the values it was handed. */
function run<const Parameters extends readonly Parameter[]>(parameters: Parameters, ...args: unknown[]): unknown[] {
  const declaration = declareFunction({ name: 'TRY', parameters, compute: (values) => values as unknown[] });
  return runCustomFunction(declaration, en, args);
}

describe('the runner', () => {
  const sums = [
    { name: 'cost', kind: 'sum', nonNegative: true },
    { name: 'leads', kind: 'sum', wholeNumber: true, sameShapeAs: 'cost' },
    { name: 'extra_cost', kind: 'sum', optional: true },
  ] as const;

  it('names a required argument left out before it reads any other', () => {
    expect(() => run(sums)).toThrow('TRY: cost is required');
    expect(() => run(sums, column(-1))).toThrow('TRY: leads is required');
    expect(run(sums, 1, 2)).toEqual([1, 2, 0]);
  });

  it('adds up a sum, refusing a negative number where the declaration says so and a fraction in a count', () => {
    expect(run(sums, column(1, 2), column(3, 4), [[5, -6]])).toEqual([3, 7, -1]);
    expect(() => run(sums, column(1, -2), column(3, 4))).toThrow(
      'TRY: cost, row 2: -2 is negative; expected 0 or more',
    );
    expect(() => run(sums, 1, column(3, 4.5))).toThrow('TRY: leads, row 2: 4.5 is not a whole number');
  });

  it('pairs two sums only when both are ranges, and then by their size', () => {
    expect(run(sums, 10, column(1, 2))).toEqual([10, 3, 0]);
    expect(run(sums, column(1, 2), [[3]])).toEqual([3, 3, 0]);
    expect(() => run(sums, column(1, 2), column(1, 2, 3))).toThrow(
      'TRY: cost is 2 rows × 1 column but leads is 3 rows × 1 column',
    );
  });

  const columns = [
    { name: 'leads', kind: 'column', nonNegative: true, wholeNumber: true, refuseOnlyText: true },
    { name: 'cost', kind: 'column', sameShapeAs: 'leads' },
    { name: 'revenue', kind: 'column', optional: true, sameShapeAs: 'leads' },
  ] as const;

  it('reads a column row by row, a single value being one row, and an omitted or blank optional one as none', () => {
    expect(asNumbers(run(columns, column(1, ''), column(3, 'Total')))).toEqual([[1, null], [3, null], null]);
    expect(asNumbers(run(columns, 2, 5, ''))).toEqual([[2], [5], null]);
    expect(asNumbers(run(columns, 2, 5, -7))).toEqual([[2], [5], [-7]]);
    // Checked where it stands: the range itself, no copy of 100 000 rows.
    const leads = column(1, 2);
    expect(run(columns, leads, column(3, 4))[0]).toBe(leads);
  });

  it('refuses a column of another size than its pair, even a single value beside two rows', () => {
    expect(() => run(columns, column(1, 2), 5)).toThrow('TRY: leads is 2 rows × 1 column but cost is 1 row × 1 column');
    expect(() => run(columns, column(1, 2), column(3, 4), column(1, 2, 3))).toThrow(
      'TRY: leads is 2 rows × 1 column but revenue is 3 rows × 1 column',
    );
  });

  it('refuses a range of two columns, a negative or fractional count, and a column of text alone', () => {
    expect(() => run(columns, [[1, 2]], [[1, 2]])).toThrow(
      'TRY: leads must be one column (one row per channel), not 1 row × 2 columns',
    );
    expect(() => run(columns, column(1, -1), column(1, 1))).toThrow('TRY: leads, row 2: -1 is negative');
    expect(() => run(columns, column(1, 0.5), column(1, 1))).toThrow('TRY: leads, row 2: 0.5 is not a whole number');
    expect(() => run(columns, column('Ads', 'SEO'), column(1, 1))).toThrow(
      'TRY: leads holds text ("Ads") and no number',
    );
    // Text alone is refused only where the declaration says so.
    expect(asNumbers(run(columns, column(1, 1), column('Ads', 'SEO')))).toEqual([[1, 1], [null, null], null]);
  });

  const margin = [
    {
      name: 'margin',
      kind: 'number',
      optional: true,
      default: 1,
      above: 0,
      atMost: 1,
      outOfBounds: 'margin_out_of_range',
    },
  ] as const;

  it('reads one number within its bounds, the default when omitted or blank', () => {
    expect(run(margin)).toEqual([1]);
    expect(run(margin, '')).toEqual([1]);
    expect(run(margin, 1)).toEqual([1]);
    expect(run(margin, [[0.25]])).toEqual([0.25]);
    expect(() => run(margin, 0)).toThrow('TRY: margin must be above 0 % and at most 100 % (enter 30 % or 0.3); got 0');
    expect(() => run(margin, 1.01)).toThrow('got 1.01');
    expect(() => run(margin, column(0.1, 0.2))).toThrow(
      'TRY: margin must be a single value, not a range of 2 rows × 1 column',
    );
    expect(() => run(margin, 'half')).toThrow('TRY: margin, row 1: "half" is not a number');
  });

  const perRow = [
    { name: 'leads', kind: 'column' },
    { name: 'target_cpl', kind: 'per-row', optional: true, rowsOf: 'leads', above: 0, outOfBounds: 'not_positive' },
    {
      name: 'target_romi',
      kind: 'per-row',
      optional: true,
      rowsOf: 'leads',
      atLeast: 0,
      default: 1,
      outOfBounds: 'negative_value',
    },
  ] as const;

  it('takes one number for every row, or a column with one per row when the paired column has several', () => {
    expect(run(perRow, column(1, 2))).toEqual([column(1, 2), null, 1]);
    expect(run(perRow, column(1, 2), 900, 0)).toEqual([column(1, 2), 900, 0]);
    expect(run(perRow, column(1, 2), column(900, ''), column('', 2))).toEqual([column(1, 2), [900, null], [null, 2]]);
    // One row of leads: a one-row target is one number for it.
    expect(run(perRow, 1, [[900]], [[2]])).toEqual([[[1]], 900, 2]);
    expect(() => run(perRow, column(1, 2), column(900, 800, 700))).toThrow(
      'TRY: leads is 2 rows × 1 column but target_cpl is 3 rows × 1 column',
    );
  });

  it('names the first problem of a per-row column in row order, a negative one included', () => {
    expect(() => run(perRow, column(1, 2, 3), '', column(1, -1, '1 000'))).toThrow(
      'TRY: target_romi, row 2: -1 is negative',
    );
  });

  it('refuses a number per row outside its bounds, naming the row', () => {
    expect(() => run(perRow, column(1, 2), 0)).toThrow('TRY: target_cpl, row 1: must be above 0; got 0');
    expect(() => run(perRow, column(1, 2), column(900, 0))).toThrow('TRY: target_cpl, row 2: must be above 0; got 0');
    expect(() => run(perRow, column(1, 2), '', -0.5)).toThrow(
      'TRY: target_romi, row 1: -0.5 is negative; expected 0 or more',
    );
    expect(() => run(perRow, column(1, 2), '', column(1, -1))).toThrow(
      'TRY: target_romi, row 2: -1 is negative; expected 0 or more',
    );
  });

  const counts = [
    { name: 'company_headcount', kind: 'whole-number', min: 1 },
    { name: 'min_leads', kind: 'whole-number', optional: true, min: 0, default: 5, notWhole: 'min_leads_invalid' },
  ] as const;

  it('reads a count as a whole number from its minimum, blank being left out', () => {
    expect(run(counts, 1)).toEqual([1, 5]);
    expect(run(counts, [[3]], '')).toEqual([3, 5]);
    expect(run(counts, 3, 0)).toEqual([3, 0]);
    expect(() => run(counts, '')).toThrow('TRY: company_headcount is required');
    expect(() => run(counts, 0)).toThrow('TRY: company_headcount must be a whole number, 1 or more; got 0');
    expect(() => run(counts, 1.5)).toThrow('TRY: company_headcount must be a whole number, 1 or more; got 1.5');
    expect(() => run(counts, 2, -1)).toThrow('TRY: min_leads must be a whole number, 0 or more; got -1');
    expect(() => run(counts, 2, 2.5)).toThrow('TRY: min_leads must be a whole number, 0 or more; got 2.5');
  });

  const matrix = [
    { name: 'matrix', kind: 'raci-matrix' },
    { name: 'role_names', kind: 'column-names', optional: true, columnsOf: 'matrix' },
  ] as const;

  it('reads a responsibility matrix and names for its columns, one per column', () => {
    const [cells, names] = run(matrix, [['A', 'r']]);
    expect(cells).toHaveLength(1);
    expect((cells as unknown[][])[0]).toHaveLength(2);
    expect(names).toBeUndefined();
    expect(run(matrix, [['A', 'R']], [['Head', ' PR ']])[1]).toEqual(['Head', 'PR']);
    expect(() => run(matrix, [['A', 'R']], [['Head']])).toThrow('TRY: role_names');
    expect(() => run(matrix, [['A', 'X']])).toThrow('TRY: matrix, row 1, column 2: "X" is not R, A, C or I');
  });

  it("words every problem in the spreadsheet's language, and names the function in any other failure", () => {
    const declaration = declareFunction({ name: 'TRY', parameters: sums, compute: () => 1 });
    expect(() => runCustomFunction(declaration, ru, [column(1, -2), 1])).toThrow(
      'TRY: затраты (cost), строка 2: -2 — отрицательное число; нужно 0 или больше',
    );
    const failing = declareFunction({
      name: 'TRY',
      parameters: [],
      compute: () => {
        throw new Error('out of memory');
      },
    });
    expect(() => runCustomFunction(failing, en, [])).toThrow(/^TRY: out of memory$/);
  });
});

describe('the list of custom functions', () => {
  it('documents every parameter each declaration has, and nothing else', () => {
    for (const [name, declare] of Object.entries(CUSTOM_FUNCTION_DECLARATIONS)) {
      const declaration = declare();
      expect(declaration.name).toBe(name);
      const docs = CUSTOM_FUNCTION_DOCS[name as keyof typeof CUSTOM_FUNCTION_DOCS];
      expect(Object.keys(docs.params)).toEqual(declaration.parameters.map((parameter) => parameter.name));
    }
  });
});
