import { describe, expect, it } from 'vitest';
import { formatRaciCell, raciCell, readRaciCell, type RaciCellReading } from '../../src/core/raci';

const letters = (reading: RaciCellReading) => (reading.ok ? reading.cell : `problem: ${reading.problem}`);

describe('readRaciCell', () => {
  it.each([
    ['', []],
    ['   ', []],
    [null, []],
    [undefined, []],
    ['-', []],
    ['—', []],
  ])('reads %j as blank', (value, expected) => {
    expect(letters(readRaciCell(value))).toEqual(expected);
  });

  it.each([
    ['R', ['R']],
    ['a', ['A']],
    [' c ', ['C']],
    ['i', ['I']],
  ])('reads the single letter %j in either case, spaces trimmed', (value, expected) => {
    expect(letters(readRaciCell(value))).toEqual(expected);
  });

  it.each(['A/R', 'R/A', 'a/r', 'A, R', 'AR', 'ra', 'R A', 'A + R', 'A;R', 'A | R', 'A & R', 'A\\R', 'A // R'])(
    'reads the combined cell %j as both R and A, in canonical order',
    (value) => {
      expect(letters(readRaciCell(value))).toEqual(['R', 'A']);
    },
  );

  it('reads all four letters at once', () => {
    expect(letters(readRaciCell('I/C/A/R'))).toEqual(['R', 'A', 'C', 'I']);
  });

  it('reads the Cyrillic look-alikes А and С as A and C', () => {
    expect(letters(readRaciCell('А'))).toEqual(['A']);
    expect(letters(readRaciCell('с'))).toEqual(['C']);
    expect(letters(readRaciCell('R/А'))).toEqual(['R', 'A']);
  });

  it.each(['X', 'P', 'Р', 'RX', 'Head of marketing', '/A', 'A/', 'R-A', '?'])(
    'refuses %j as not R, A, C or I',
    (value) => {
      expect(readRaciCell(value)).toEqual({ ok: false, problem: 'not_raci', text: value.trim() });
    },
  );

  it.each(['RR', 'A/A', 'r R', 'RAR'])(
    'refuses the repeated letter in %j rather than counting it once or twice',
    (value) => {
      expect(readRaciCell(value)).toEqual({ ok: false, problem: 'repeated_letter', text: value });
    },
  );

  it('refuses numbers, booleans and dates, naming them', () => {
    expect(readRaciCell(1)).toEqual({ ok: false, problem: 'not_raci', text: '1' });
    expect(readRaciCell(true)).toEqual({ ok: false, problem: 'not_raci', text: 'TRUE' });
    expect(readRaciCell(new Date(Date.UTC(2024, 0, 31)))).toEqual({
      ok: false,
      problem: 'not_raci',
      text: '2024-01-31',
    });
  });

  it('reports a Sheets error value as such', () => {
    expect(readRaciCell('#REF!')).toEqual({ ok: false, problem: 'error_value', text: '#REF!' });
  });

  it('reads back every cell it writes', () => {
    for (const cell of [raciCell(), raciCell('A'), raciCell('A', 'R'), raciCell('I', 'C', 'A', 'R')]) {
      expect(letters(readRaciCell(formatRaciCell(cell)))).toEqual(cell);
    }
    expect(formatRaciCell(raciCell('A', 'R'))).toBe('R/A');
  });
});
