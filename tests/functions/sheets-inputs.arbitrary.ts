/** fast-check generators of what Sheets can hand a custom function. */
import fc from 'fast-check';
import type { SheetsArg, SheetsScalar } from '../../src/core/sheet-values';

export const cleanNumber = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
/** A count of leads or customers: whole numbers only. */
export const cleanCount = fc.integer({ min: 0, max: 1_000_000 });
export const blank = fc.constantFrom<SheetsScalar>('', null);
export const label = fc.constantFrom<SheetsScalar>('Revenue', 'Cost', 'Leads', 'Канал', 'SEO', 'Total, $');

export const anyCell: fc.Arbitrary<SheetsScalar> = fc.oneof(
  { weight: 6, arbitrary: cleanNumber },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: -1 }) },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: label },
  { weight: 1, arbitrary: fc.constantFrom('1 000', '1 000,50', '$1,200', '12 500 ₽', '15%') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** A rectangular range, a ragged one, a 1×1, or a lone value. */
export function sheetsArg(cell: fc.Arbitrary<SheetsScalar>): fc.Arbitrary<SheetsArg> {
  const rectangular = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    );
  const ragged = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 });
  return fc.oneof(
    { weight: 2, arbitrary: cell },
    { weight: 1, arbitrary: cell.map((value) => [[value]]) },
    { weight: 5, arbitrary: rectangular },
    { weight: 1, arbitrary: ragged },
  );
}

/** n rows × 1 column of clean cells: numbers, blanks and labels only. */
export function cleanColumn(rows: number, number: fc.Arbitrary<number> = cleanNumber): fc.Arbitrary<SheetsScalar[][]> {
  return fc
    .array(
      fc.oneof({ weight: 6, arbitrary: number }, { weight: 1, arbitrary: blank }, { weight: 1, arbitrary: label }),
      {
        minLength: rows,
        maxLength: rows,
      },
    )
    .map((cells) => cells.map((cell) => [cell]));
}

export function plainSum(grid: SheetsScalar[][]): number {
  let total = 0;
  for (const row of grid) for (const cell of row) if (typeof cell === 'number') total += cell;
  return total;
}
