/**
 * The readers of core/sheet-values, one promise at a time: what a custom
 * function gets from each shape of argument (a lone value, a one-column
 * range, a wider range), and which problem, with which cell, it reports.
 */
import { describe, expect, it } from 'vitest';
import {
  finiteResult,
  isRange,
  readCell,
  readColumn,
  readSingle,
  requireSameShape,
  sumArgument,
  toGrid,
  type SheetsArg,
  type SheetsScalar,
} from '../../src/core/sheet-values';
import { problemOf } from '../support/argument-problem';

const column = (...cells: SheetsScalar[]): SheetsScalar[][] => cells.map((cell) => [cell]);

describe('a lone value', () => {
  it('is summed as itself; omitted or blank adds nothing', () => {
    expect(sumArgument('cost', 120)).toBe(120);
    expect(sumArgument('cost', undefined)).toBe(0);
    expect(sumArgument('cost', '')).toBe(0);
    expect(sumArgument('cost', null)).toBe(0);
    expect(sumArgument('cost', '   ')).toBe(0);
  });
  it('written in words is refused, not counted as 0', () => {
    expect(problemOf(() => sumArgument('cost', '  сто  '))).toEqual({ kind: 'only_text', arg: 'cost', value: 'сто' });
  });
  it('below zero is refused where the argument cannot be negative, with the value', () => {
    expect(problemOf(() => sumArgument('cost', -5, { nonNegative: true }))).toEqual({
      kind: 'negative_value',
      arg: 'cost',
      position: { row: 1 },
      value: '-5',
    });
    expect(sumArgument('revenue', -5)).toBe(-5);
    expect(sumArgument('cost', 0, { nonNegative: true })).toBe(0);
  });
  it('that is a fraction is refused where it is a count', () => {
    expect(problemOf(() => sumArgument('leads', 2.5, { wholeNumber: true }))).toEqual({
      kind: 'fractional_count',
      arg: 'leads',
      position: { row: 1 },
      value: 2.5,
    });
    expect(sumArgument('cost', 2.5)).toBe(2.5);
  });
  it('is read as one number by readSingle, which refuses a label and a wider range', () => {
    expect(problemOf(() => readSingle('margin', 'high'))).toEqual({
      kind: 'unsupported_value',
      arg: 'margin',
      position: { row: 1 },
      value: '"high"',
    });
    expect(readSingle('margin', '')).toBeNull();
    expect(problemOf(() => readSingle('margin', true))).toEqual({
      kind: 'boolean_value',
      arg: 'margin',
      position: { row: 1 },
      value: 'TRUE',
    });
    expect(readSingle('margin', [['']])).toBeNull();
    expect(problemOf(() => readSingle('margin', [[0.3, 0.4]]))).toEqual({
      kind: 'single_value_expected',
      arg: 'margin',
      shape: { rows: 1, columns: 2 },
    });
    expect(problemOf(() => readSingle('margin', [[0.3], [0.4]]))).toMatchObject({ shape: { rows: 2, columns: 1 } });
  });
});

describe('reading a cell', () => {
  const here = { row: 4, column: 2 };
  it('names what the cell holds when it is not a number', () => {
    expect(problemOf(() => readCell('cost', true, here))).toEqual({
      kind: 'boolean_value',
      arg: 'cost',
      position: here,
      value: 'TRUE',
    });
    expect(problemOf(() => readCell('cost', false, here))).toMatchObject({ kind: 'boolean_value', value: 'FALSE' });
    const date = new Date(2026, 0, 1);
    expect(problemOf(() => readCell('cost', date, here))).toEqual({
      kind: 'date_value',
      arg: 'cost',
      position: here,
      value: String(date),
    });
    expect(problemOf(() => readCell('cost', Number.POSITIVE_INFINITY, here))).toEqual({
      kind: 'unsupported_value',
      arg: 'cost',
      position: here,
      value: 'Infinity',
    });
    expect(problemOf(() => readCell('cost', '#REF!', here))).toEqual({
      kind: 'error_value',
      arg: 'cost',
      position: here,
      value: '#REF!',
    });
  });
  it('reads 0 and negative numbers as they are', () => {
    expect(readCell('cost', 0, here)).toBe(0);
    expect(readCell('cost', -3, here)).toBe(-3);
    expect(readCell('cost', undefined, here)).toBeNull();
  });
  it('reports a value of no kind Sheets sends rather than count it', () => {
    const unknown = { toString: () => 'object' } as unknown as SheetsScalar;
    expect(problemOf(() => readCell('cost', unknown, here))).toEqual({
      kind: 'unsupported_value',
      arg: 'cost',
      position: here,
      value: 'object',
    });
  });
});

describe('a one-column range read row by row (CHANNEL_VERDICT)', () => {
  it('gives a number or null per row, labels and blanks as null', () => {
    expect(readColumn('leads', column('Leads', 3, '', null, 'Итого', 0))).toEqual([null, 3, null, null, null, 0]);
    expect(readColumn('leads', 7)).toEqual([7]);
  });
  it('names the row of a negative cost and of a fractional lead count', () => {
    expect(problemOf(() => readColumn('cost', column(1, 2, -4), { nonNegative: true }))).toEqual({
      kind: 'negative_value',
      arg: 'cost',
      position: { row: 3 },
      value: '-4',
    });
    expect(problemOf(() => readColumn('leads', column(1, 2.5), { wholeNumber: true }))).toEqual({
      kind: 'fractional_count',
      arg: 'leads',
      position: { row: 2 },
      value: 2.5,
    });
    expect(readColumn('revenue', column(1, -4, 2.5))).toEqual([1, -4, 2.5]);
  });
  it('refuses a row of another width', () => {
    expect(problemOf(() => readColumn('leads', [[1], [2, 3]]))).toEqual({ kind: 'ragged_range', arg: 'leads' });
    expect(problemOf(() => readColumn('leads', [[1], 'x'] as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'leads',
    });
  });
  it('takes a header with a digit above the first number, and reports one below it', () => {
    expect(readColumn('leads', column('Q1 2024', 5))).toEqual([null, 5]);
    expect(problemOf(() => readColumn('leads', column('Leads', 5, ' Q2 2024 ')))).toEqual({
      kind: 'digit_text',
      arg: 'leads',
      position: { row: 3 },
      value: 'Q2 2024',
    });
  });
  it('refuses a column of text, unless it is a header alone above blank cells', () => {
    const refuse = { refuseOnlyText: true };
    expect(problemOf(() => readColumn('cost', column('SEO', 'PPC'), refuse))).toEqual({
      kind: 'only_text',
      arg: 'cost',
      value: 'SEO',
    });
    expect(problemOf(() => readColumn('cost', column('', ' Email '), refuse))).toMatchObject({ value: 'Email' });
    expect(problemOf(() => readColumn('cost', column('SEO'), refuse))).toMatchObject({ kind: 'only_text' });
    expect(readColumn('cost', column('Cost', '', null), refuse)).toEqual([null, null, null]);
    expect(readColumn('cost', column('', ''), refuse)).toEqual([null, null]);
    expect(readColumn('cost', column('Cost', 0), refuse)).toEqual([null, 0]);
    // A space typed below the header is a blank, not a second text.
    expect(readColumn('cost', column('Cost', '  '), refuse)).toEqual([null, null]);
    // Without the option a text column reads as blanks.
    expect(readColumn('cost', column('SEO', 'PPC'))).toEqual([null, null]);
  });
});

describe('a wider range summed (CPL, ROMI)', () => {
  it('adds every number, in every column', () => {
    expect(
      sumArgument('cost', [
        ['Jan', 'Feb'],
        [1, 2],
        ['', 3.5],
      ]),
    ).toBe(6.5);
  });
  it('takes a header row with digits above the numbers', () => {
    expect(
      sumArgument('cost', [
        ['Q1 2024', 'Q2 2024'],
        [1, 2],
      ]),
    ).toBe(3);
  });
  it('reports text with a digit beside or below the first number, naming its cell', () => {
    expect(problemOf(() => sumArgument('cost', [['Q1 2024', 5]]))).toEqual({
      kind: 'digit_text',
      arg: 'cost',
      position: { row: 1, column: 1 },
      value: 'Q1 2024',
    });
    expect(problemOf(() => sumArgument('cost', [[5, 'Q1 2024']]))).toMatchObject({
      kind: 'digit_text',
      position: { row: 1, column: 2 },
    });
    expect(
      problemOf(() =>
        sumArgument('cost', [
          ['Cost', 'Q1 2024', 'Q2 2024', 4],
          [1, 2, 3, 4],
        ]),
      ),
    ).toMatchObject({ kind: 'digit_text', position: { row: 1, column: 2 } });
    expect(
      problemOf(() =>
        sumArgument('cost', [
          [1, 2],
          ['x', '3 квартал'],
        ]),
      ),
    ).toMatchObject({ kind: 'digit_text', position: { row: 2, column: 2 } });
  });
  it('names the cell of a negative cost, a fractional count or an error value', () => {
    const grid = (cell: SheetsScalar): SheetsScalar[][] => [
      [1, 2],
      [3, cell],
    ];
    expect(problemOf(() => sumArgument('cost', grid(-1), { nonNegative: true }))).toEqual({
      kind: 'negative_value',
      arg: 'cost',
      position: { row: 2, column: 2 },
      value: '-1',
    });
    expect(sumArgument('revenue', grid(-1))).toBe(5);
    expect(problemOf(() => sumArgument('leads', grid(0.5), { wholeNumber: true }))).toMatchObject({
      kind: 'fractional_count',
      position: { row: 2, column: 2 },
    });
    expect(sumArgument('cost', grid(0.5))).toBe(6.5);
    expect(problemOf(() => sumArgument('cost', grid('#SPILL!')))).toMatchObject({
      kind: 'error_value',
      value: '#SPILL!',
      position: { row: 2, column: 2 },
    });
    expect(problemOf(() => sumArgument('cost', grid(Number.NaN)))).toMatchObject({ kind: 'unsupported_value' });
  });
  it('refuses text and not one number, and a ragged range', () => {
    expect(
      problemOf(() =>
        sumArgument('cost', [
          ['', ' SEO '],
          ['PPC', ''],
        ]),
      ),
    ).toEqual({ kind: 'only_text', arg: 'cost', value: 'SEO' });
    // A space before the text is a blank: the text is still all there is.
    expect(
      problemOf(() =>
        sumArgument('cost', [
          [' ', ' '],
          ['SEO', 'PPC'],
        ]),
      ),
    ).toEqual({ kind: 'only_text', arg: 'cost', value: 'SEO' });
    expect(
      sumArgument('cost', [
        ['', ''],
        [null, ''],
      ]),
    ).toBe(0);
    expect(problemOf(() => sumArgument('cost', [[1, 2], [3]]))).toEqual({ kind: 'ragged_range', arg: 'cost' });
    expect(problemOf(() => sumArgument('cost', [[1, 2], null] as unknown as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'cost',
    });
    expect(problemOf(() => sumArgument('cost', [1, 2] as unknown as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'cost',
    });
    expect(problemOf(() => sumArgument('cost', [[1, 2], 'ab'] as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'cost',
    });
  });
});

describe('a one-column range summed', () => {
  it('adds the numbers, skipping a header, blanks and labels', () => {
    expect(sumArgument('cost', column('Cost', 1, '', null, 'Итого', 2.5))).toBe(3.5);
  });
  it('refuses text and not one number, but not zeros', () => {
    expect(problemOf(() => sumArgument('cost', column('  ', 'SEO', null)))).toEqual({
      kind: 'only_text',
      arg: 'cost',
      value: 'SEO',
    });
    expect(problemOf(() => sumArgument('cost', column('', ' SEO ', 'PPC')))).toEqual({
      kind: 'only_text',
      arg: 'cost',
      value: 'SEO',
    });
    expect(sumArgument('cost', column('Cost', 0, 0))).toBe(0);
    expect(sumArgument('cost', column('', null))).toBe(0);
    expect(sumArgument('revenue', column('Revenue', 5, -5))).toBe(0);
  });
  it('names the first problem in row order', () => {
    expect(problemOf(() => sumArgument('cost', column(1, Number.NaN, -1), { nonNegative: true }))).toMatchObject({
      kind: 'unsupported_value',
      position: { row: 2 },
    });
    expect(problemOf(() => sumArgument('cost', column(1, -1, Number.NaN), { nonNegative: true }))).toMatchObject({
      kind: 'negative_value',
      position: { row: 2 },
    });
    expect(problemOf(() => sumArgument('cost', column(Number.POSITIVE_INFINITY, '#N/A')))).toMatchObject({
      kind: 'unsupported_value',
      position: { row: 1 },
    });
    expect(problemOf(() => sumArgument('cost', column(1, '#CALC!', Number.NaN)))).toMatchObject({
      kind: 'error_value',
      value: '#CALC!',
      position: { row: 2 },
    });
    expect(problemOf(() => sumArgument('leads', column(1, 1.5, -1), { nonNegative: true, wholeNumber: true }))).toEqual(
      { kind: 'fractional_count', arg: 'leads', position: { row: 2 }, value: 1.5 },
    );
    expect(problemOf(() => sumArgument('cost', column(1, ' 1 000 ₽ ')))).toMatchObject({
      kind: 'text_number',
      position: { row: 2 },
    });
    expect(problemOf(() => sumArgument('cost', column(3, '#LOADING...')))).toMatchObject({
      kind: 'error_value',
      value: '#LOADING...',
    });
  });
  it('refuses a ragged range even after a problem-free start', () => {
    expect(problemOf(() => sumArgument('cost', [[1], [2], [3, 4]]))).toEqual({ kind: 'ragged_range', arg: 'cost' });
    expect(problemOf(() => sumArgument('cost', [[1], 'x'] as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'cost',
    });
    expect(problemOf(() => sumArgument('cost', [[1], null] as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'cost',
    });
  });
  it('gives an infinite total for numbers adding up past what a double holds, for finiteResult to refuse', () => {
    const total = sumArgument('revenue', column(1e308, 1e308));
    expect(total).toBe(Number.POSITIVE_INFINITY);
    expect(problemOf(() => finiteResult(total))).toEqual({ kind: 'result_not_finite' });
    expect(finiteResult(-2.5)).toBe(-2.5);
    // Read again for the overflow, the column still names a label with a digit below its numbers.
    expect(problemOf(() => sumArgument('revenue', column(1e308, 1e308, 'Q2 2024')))).toMatchObject({
      kind: 'digit_text',
      position: { row: 3 },
    });
  });
});

describe('two ranges that pair row by row', () => {
  it('must be the same size', () => {
    expect(problemOf(() => requireSameShape('revenue', column(1, 2, 3), 'cost', column(1, 2)))).toEqual({
      kind: 'shape_mismatch',
      arg: 'revenue',
      shape: { rows: 3, columns: 1 },
      otherArg: 'cost',
      otherShape: { rows: 2, columns: 1 },
    });
    expect(problemOf(() => requireSameShape('revenue', [[1, 2]], 'cost', column(1, 2)))).toMatchObject({
      shape: { rows: 1, columns: 2 },
      otherShape: { rows: 2, columns: 1 },
    });
    expect(problemOf(() => requireSameShape('revenue', 5, 'cost', undefined))).toMatchObject({
      shape: { rows: 1, columns: 1 },
      otherShape: { rows: 0, columns: 0 },
    });
    expect(() => requireSameShape('revenue', column(1, 2), 'cost', column('', 4))).not.toThrow();
    expect(() => requireSameShape('revenue', 5, 'cost', [[3]])).not.toThrow();
    const twoColumns = [
      [1, 2],
      [3, 4],
    ];
    expect(problemOf(() => requireSameShape('revenue', twoColumns, 'cost', column(1, 2)))).toMatchObject({
      kind: 'shape_mismatch',
      shape: { rows: 2, columns: 2 },
    });
  });
  it('are ranges only when wider or longer than one cell', () => {
    expect(isRange([[1]])).toBe(false);
    expect(isRange(5)).toBe(false);
    expect(isRange([[1], [2]])).toBe(true);
    expect(isRange([[1, 2]])).toBe(true);
  });
});

describe('any argument as a grid', () => {
  it('makes a lone value a 1×1 range and an omitted one empty', () => {
    expect(toGrid('cost', 5)).toEqual([[5]]);
    expect(toGrid('cost', '')).toEqual([['']]);
    expect(toGrid('cost', undefined)).toEqual([]);
    expect(toGrid('cost', [[1, 2]])).toEqual([[1, 2]]);
    expect(problemOf(() => toGrid('cost', [1, 2] as unknown as SheetsArg))).toEqual({
      kind: 'ragged_range',
      arg: 'cost',
    });
  });
});
