import { describe, expect, it } from 'vitest';
import { formatFormNumber, parseFormNumber } from '../../src/sidebar/form-number';

describe('parseFormNumber', () => {
  it.each([
    ['1200', 1200],
    ['1 200', 1200],
    ['1\u00a0200,5', 1200.5],
    ['1,200', 1200],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0,75', 0.75],
    ['1,000,000', 1_000_000],
    ['-3', -3],
    ['  42  ', 42],
  ])('reads %j as %d', (text, expected) => {
    expect(parseFormNumber(text)).toBe(expected);
  });

  it('reads an empty field as null', () => {
    expect(parseFormNumber('')).toBeNull();
    expect(parseFormNumber('   ')).toBeNull();
  });

  it.each(['abc', '12a', '1e5', '--1', ','])('reads %j as NaN, for the schema to report', (text) => {
    expect(parseFormNumber(text)).toBeNaN();
  });

  it('reads back exactly what formatFormNumber writes', () => {
    for (const value of [0.125, 1200.5, 2026, 0.01, 99999.99]) expect(parseFormNumber(formatFormNumber(value))).toBe(value);
  });
});
