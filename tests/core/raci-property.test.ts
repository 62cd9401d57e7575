import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDirections, readRaciMatrix, roleLoads, type RaciMatrix } from '../../src/core/raci';

/**
 * Random matrices of hand-typed cells (blanks, either case, separators,
 * combined letters), checked against a plain recount that reads each cell
 * its own way: strip separators, uppercase, look for the letter.
 */
const letterSet = fc.subarray(['R', 'A', 'C', 'I'] as const);
const typedCell = fc
  .tuple(
    fc.shuffledSubarray(['R', 'A', 'C', 'I'] as const),
    fc.constantFrom('', '/', ', ', ' ', ';'),
    fc.boolean(),
    fc.constantFrom('', ' ', '  '),
  )
  .map(([letters, separator, lower, padding]) => {
    const text = letters.join(separator);
    return padding + (lower ? text.toLowerCase() : text) + padding;
  });
const typedMatrix = fc
  .tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 8 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(typedCell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );

function holds(text: string, letter: string): boolean {
  return text
    .toUpperCase()
    .replace(/[^RACI]/g, '')
    .includes(letter);
}

function read(grid: string[][]): RaciMatrix {
  const reading = readRaciMatrix(grid);
  if (!reading.ok) throw new Error(`unexpected invalid cells: ${JSON.stringify(reading.invalidCells)}`);
  return reading.matrix;
}

describe('RACI checks against a plain recount', () => {
  it('direction faults match counting the A and R cells of each row', () => {
    fc.assert(
      fc.property(typedMatrix, (grid) => {
        const checks = checkDirections(read(grid));
        grid.forEach((row, r) => {
          const a = row.filter((text) => holds(text, 'A')).length;
          const rCount = row.filter((text) => holds(text, 'R')).length;
          const kinds = checks[r]?.faults.map((fault) => fault.kind) ?? [];
          expect(kinds.includes('no_accountable')).toBe(a === 0);
          expect(kinds.includes('several_accountable')).toBe(a > 1);
          expect(kinds.includes('no_responsible')).toBe(rCount === 0);
          expect(kinds.length === 0).toBe(a === 1 && rCount >= 1);
        });
      }),
    );
  });

  it('role loads match counting each letter down each column', () => {
    fc.assert(
      fc.property(typedMatrix, fc.integer({ min: 1, max: 10 }), (grid, limit) => {
        const loads = roleLoads(read(grid), limit);
        expect(loads).toHaveLength(grid[0]?.length ?? 0);
        loads.forEach((load, c) => {
          const column = grid.map((row) => row[c] ?? '');
          const count = (letter: string) => column.filter((text) => holds(text, letter)).length;
          expect([load.responsible, load.accountable, load.consulted, load.informed]).toEqual([
            count('R'),
            count('A'),
            count('C'),
            count('I'),
          ]);
          expect(load.overloaded).toBe(count('R') > limit);
        });
      }),
    );
  });

  it('a cell holding any set of letters reads back as exactly that set', () => {
    fc.assert(
      fc.property(letterSet, fc.constantFrom('/', '', ' , '), (letters, separator) => {
        const reading = readRaciMatrix([[[...letters].reverse().join(separator)]]);
        expect(reading.ok && reading.matrix[0]?.[0]).toEqual(letters);
      }),
    );
  });
});
