/**
 * The label rule, for every range: text without a digit is a label wherever
 * it stands; text with a digit is a label only as a header above the first
 * number; below it, it is reported with its row. Checked on both readers
 * (sumArgument for CPL and ROMI, readColumn for CHANNEL_VERDICT).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentProblemError, readColumn, sumArgument, type SheetsScalar } from '../../src/core/sheet-values';

const wordLabel = fc.constantFrom<SheetsScalar>('Итого', 'Total', 'Лиды', 'Канал', 'SEO', 'Яндекс Директ', 'n/a');
const digitLabel = fc.constantFrom<SheetsScalar>('Q1 2024', 'FY2024', 'Январь 2026', 'v2', 'Канал №3', 'B2B-1');
const count = fc.integer({ min: 0, max: 100_000 });
const blank = fc.constantFrom<SheetsScalar>('', null);

/** A column: a header block (any labels, no number), then a body (numbers, blanks, word labels) that starts with a number. */
const cleanColumn = fc
  .tuple(
    fc.array(fc.oneof(wordLabel, digitLabel, blank), { maxLength: 3 }),
    count,
    fc.array(fc.oneof({ weight: 4, arbitrary: count }, blank, wordLabel), { maxLength: 12 }),
  )
  .map(([header, first, body]) => [...header, first, ...body]);

const numbersIn = (cells: readonly SheetsScalar[]) =>
  cells.reduce<number>((sum, cell) => sum + (typeof cell === 'number' ? cell : 0), 0);
const asColumn = (cells: readonly SheetsScalar[]) => cells.map((cell) => [cell]);

function problemOf(read: () => unknown): ArgumentProblemError['problem'] | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof ArgumentProblemError) return error.problem;
    throw error;
  }
}

describe('the label rule', () => {
  it('labels are skipped and the numbers add up, in any column that keeps the rule', () => {
    fc.assert(
      fc.property(cleanColumn, (cells) => {
        expect(sumArgument('leads', asColumn(cells), { nonNegative: true, wholeNumber: true })).toBe(numbersIn(cells));
        expect(readColumn('leads', asColumn(cells), { nonNegative: true, wholeNumber: true })).toEqual(
          cells.map((cell) => (typeof cell === 'number' ? cell : null)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('text with a digit anywhere below the first number is reported with its row', () => {
    const withDigitTextBelow = cleanColumn.chain((cells) => {
      const firstNumber = cells.findIndex((cell) => typeof cell === 'number');
      return fc.tuple(fc.constant(cells), fc.integer({ min: firstNumber + 1, max: cells.length }), digitLabel);
    });
    fc.assert(
      fc.property(withDigitTextBelow, ([cells, at, text]) => {
        const broken = [...cells.slice(0, at), text, ...cells.slice(at)];
        const expected = { kind: 'digit_text', arg: 'leads', position: { row: at + 1 }, value: text };
        expect(problemOf(() => sumArgument('leads', asColumn(broken)))).toEqual(expected);
        expect(problemOf(() => readColumn('leads', asColumn(broken)))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("in a range of several columns, a digit text in the first number's row is not a header", () => {
    fc.assert(
      fc.property(digitLabel, count, fc.boolean(), (text, number, textFirst) => {
        const row = textFirst ? [text, number] : [number, text];
        const problem = problemOf(() => sumArgument('cost', [['Канал', 'Бюджет'], row]));
        expect(problem).toEqual({
          kind: 'digit_text',
          arg: 'cost',
          position: { row: 2, column: textFirst ? 1 : 2 },
          value: text,
        });
        // One row higher it is a header.
        expect(
          sumArgument('cost', [
            [text, text],
            [number, number],
          ]),
        ).toBe(2 * number);
      }),
      { numRuns: 300 },
    );
  });
});
