/**
 * A one-column range is summed by a fast loop that leaves some checks to
 * the total and hands anything unusual to the fully checked loop
 * (core/sheet-values, sumOneColumn). Whatever the column holds, the sum is
 * the one every cell's check gives: the same first problem as readColumn
 * (which checks each cell in row order), else the numbers' total, or
 * `only_text` for text without a number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ArgumentProblemError,
  readColumn,
  sumArgument,
  type ReadOptions,
  type SheetsScalar,
} from '../../src/core/sheet-values';

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 1_000 }) },
  { weight: 2, arbitrary: fc.constantFrom<SheetsScalar>('', '', null) },
  fc.constantFrom<SheetsScalar>(0.5, -0.25, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.constantFrom<SheetsScalar>('Итого', 'Revenue', '  ', 'Q1 2024', '1 000 ₽', '#N/A', true, new Date(2026, 0, 1)),
);
/** A row: mostly one cell, now and then a row of another width or not an array at all. */
const row = fc.oneof(
  { weight: 30, arbitrary: cell.map((value) => [value]) },
  fc.constantFrom<unknown>([], [1, 2], 'x', null),
);
const options = fc.record({ nonNegative: fc.boolean(), wholeNumber: fc.boolean() });

function outcome(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (error) {
    if (error instanceof ArgumentProblemError) return { problem: error.problem };
    throw error;
  }
}

describe('a one-column sum', () => {
  it('gives what checking every cell in row order gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          cell.map((value) => [value]),
          { minLength: 1, maxLength: 1 },
        ),
        fc.array(row, { maxLength: 40 }),
        options,
        (first, rest, readOptions: ReadOptions) => {
          // The first row is one cell, so the range is read as one column; later rows may break it.
          const grid = [...first, ...rest] as SheetsScalar[][];
          const checked = outcome(() => readColumn('cost', grid, readOptions)) as {
            value?: (number | null)[];
            problem?: unknown;
          };
          const summed = outcome(() => sumArgument('cost', grid, readOptions)) as {
            value?: number;
            problem?: { kind: string };
          };
          if (checked.problem) {
            expect(summed).toEqual(checked);
            return;
          }
          const numbers = (checked.value ?? []).filter((value): value is number => value !== null);
          if (numbers.length === 0 && summed.problem?.kind === 'only_text') return;
          expect(summed).toEqual({ value: numbers.reduce((total, value) => total + value, 0) });
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
