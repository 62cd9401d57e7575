import { describe, expect, it } from 'vitest';
import { readRaciMatrix } from '../../src/core/raci';

describe('readRaciMatrix', () => {
  it('reads a range of cells as a matrix of letters', () => {
    expect(
      readRaciMatrix([
        ['A/R', 'c', ''],
        ['a', ' r ', 'I'],
      ]),
    ).toEqual({
      ok: true,
      matrix: [
        [['R', 'A'], ['C'], []],
        [['A'], ['R'], ['I']],
      ],
    });
  });

  it('lists every invalid cell, 1-based, row by row', () => {
    const reading = readRaciMatrix([
      ['A', 'X'],
      ['RR', 'R'],
      ['R', 5],
    ]);
    expect(reading).toEqual({
      ok: false,
      invalidCells: [
        { row: 1, column: 2, problem: 'not_raci', text: 'X', labelHint: null },
        { row: 2, column: 1, problem: 'repeated_letter', text: 'RR', labelHint: null },
        { row: 3, column: 2, problem: 'not_raci', text: '5', labelHint: null },
      ],
    });
  });

  it('hints that words in the first row are a header row caught in the range', () => {
    const reading = readRaciMatrix([
      ['Head of marketing', 'PR manager'],
      ['A', 'R'],
    ]);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.invalidCells.map((cell) => cell.labelHint)).toEqual(['header_row', 'header_row']);
  });

  it('hints that words in the first column are direction names caught in the range', () => {
    const reading = readRaciMatrix([
      ['A', 'R'],
      ['SEO', 'A'],
      ['Веб-чат', 'R'],
    ]);
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.invalidCells.map((cell) => [cell.row, cell.column, cell.labelHint])).toEqual([
        [2, 1, 'label_column'],
        [3, 1, 'label_column'],
      ]);
  });

  it('gives no label hint for a short typo', () => {
    const reading = readRaciMatrix([['X', 'R']]);
    expect(!reading.ok && reading.invalidCells[0]?.labelHint).toBeNull();
  });
});
