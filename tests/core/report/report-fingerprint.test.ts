import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintOfValues, reportTabState } from '../../../src/core/report/report-fingerprint';

describe("a report tab's fingerprint", () => {
  const written = [
    ['Title', ''],
    ['Leads', 62],
    ['Generated', new Date('2026-04-02T09:30:00Z')],
  ];

  it('is the same for the same values, whatever blank cells or rows trail them', () => {
    const padded = [...written.map((row) => [...row, '', '']), ['', '', ''], ['']];
    expect(fingerprintOfValues(padded)).toBe(fingerprintOfValues(written));
    expect(fingerprintOfValues(written)).toMatch(/^[0-9a-f]{8}$/);
    expect(reportTabState(fingerprintOfValues(written), padded)).toBe('as_written');
  });

  it('tells an edited tab, and one without a fingerprint', () => {
    const stored = fingerprintOfValues(written);
    expect(reportTabState(stored, [['Title', ''], ['Leads', 63], written[2] ?? []])).toBe('edited');
    expect(reportTabState(stored, [['Title', 'note'], ['Leads', 62], written[2] ?? []])).toBe('edited');
    // The number 62 and the text "62" are different cells.
    expect(reportTabState(stored, [['Title', ''], ['Leads', '62'], written[2] ?? []])).toBe('edited');
    expect(reportTabState(null, written)).toBe('unknown');
  });

  it('changes when any one cell changes', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -1_000, max: 1_000 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 6 }),
        (grid, at, text) => {
          const row = at % grid.length;
          const column = at % (grid[row]?.length ?? 1);
          if (grid[row]?.[column] === `${text}!`) return;
          const edited = grid.map((cells, r) =>
            cells.map((value, c) => (r === row && c === column ? `${text}!` : value)),
          );
          expect(fingerprintOfValues(edited)).not.toBe(fingerprintOfValues(grid));
        },
      ),
      { numRuns: 300 },
    );
  });
});
