import { describe, expect, it } from 'vitest';
import { readCell, readSingle, sumArgument, toGrid } from '../../src/core/sheet-values';
import { problemOf } from '../support/argument-problem';

describe('reading a cell', () => {
  const here = { row: 3 };
  it('counts numbers and skips blanks and labels', () => {
    expect(readCell('cost', 12.5, here)).toBe(12.5);
    expect(readCell('cost', '', here)).toBeNull();
    expect(readCell('cost', null, here)).toBeNull();
    expect(readCell('cost', 'Revenue', here)).toBeNull();
  });
  it('reports number-like text with the row and the text', () => {
    expect(problemOf(() => readCell('revenue', '1 000 ₽', here))).toEqual({
      kind: 'text_number',
      arg: 'revenue',
      position: here,
      value: '1 000 ₽',
    });
  });
  it.each([
    '#N/A',
    '#DIV/0!',
    '#VALUE!',
    '#REF!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#ERROR!',
    '#SPILL!',
    '#CALC!',
    '#LOADING...',
  ])('reports the error value %s', (value) => {
    expect(problemOf(() => readCell('cost', value, here))).toMatchObject({ kind: 'error_value', value });
    // In lower case or with spaces around it is the same error, reported without the spaces.
    expect(problemOf(() => readCell('cost', ` ${value.toLowerCase()} `, here))).toMatchObject({
      kind: 'error_value',
      value: value.toLowerCase(),
    });
  });
  it('reports booleans, dates and non-finite numbers', () => {
    expect(problemOf(() => readCell('cost', true, here)).kind).toBe('boolean_value');
    expect(problemOf(() => readCell('cost', new Date(2026, 0, 1), here)).kind).toBe('date_value');
    expect(problemOf(() => readCell('cost', Number.NaN, here)).kind).toBe('unsupported_value');
  });
});

describe('ranges', () => {
  it('sums a range and names the row and column of a bad cell', () => {
    expect(sumArgument('cost', [[1], [''], ['Cost'], [2.5]])).toBe(3.5);
    expect(
      problemOf(() =>
        sumArgument('cost', [
          [1, 2],
          [3, '4 000'],
        ]),
      ),
    ).toMatchObject({ position: { row: 2, column: 2 } });
  });
  it('refuses negative cost but not negative revenue', () => {
    expect(problemOf(() => sumArgument('cost', [[5], [-1]], { nonNegative: true }))).toMatchObject({
      kind: 'negative_value',
      position: { row: 2 },
    });
    expect(sumArgument('revenue', [[5], [-1]])).toBe(4);
  });
  it('refuses a ragged range', () => {
    expect(problemOf(() => toGrid('cost', [[1, 2], [3]])).kind).toBe('ragged_range');
  });
  it('reads a single value and refuses a range or a label there', () => {
    expect(readSingle('margin', 0.3)).toBe(0.3);
    expect(readSingle('margin', [[0.3]])).toBe(0.3);
    expect(readSingle('margin', undefined)).toBeNull();
    expect(problemOf(() => readSingle('margin', [[0.3], [0.4]])).kind).toBe('single_value_expected');
    expect(problemOf(() => readSingle('margin', 'high')).kind).toBe('unsupported_value');
  });
});
