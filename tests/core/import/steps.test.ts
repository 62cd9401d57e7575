/**
 * Reading in steps (src/core/import/steps.ts) gives what reading at once
 * gives: papaparse over record-aligned slices returns the rows of one parse
 * of the whole text, whatever the slice size, with quoted delimiters and
 * line breaks (well-formed CSV: a quote opens a field); and the progress a long reading reports only grows, within
 * 0…1.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport } from '../../../src/core/import';
import { importExportSteps } from '../../../src/core/import/import-export';
import { parseRowsSteps } from '../../../src/core/import/parse-rows';
import { amoExport } from '../../../bench/import.bench';

function drain<T>(steps: Generator<number, T>): { value: T; progress: number[] } {
  const progress: number[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, progress };
    progress.push(next.value);
  }
}

describe('reading in steps', () => {
  it('parses slice by slice into the rows one parse of the whole text gives', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Я', '1', ' ', '.') }),
      fc.string({ unit: fc.constantFrom('a', ';', '\n', '\r\n', '""') }).map((text) => `"${text}"`),
    );
    const record = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(';'));
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (records, newline, trailing, sliceChars) => {
          const text = records.join(newline) + (trailing ? newline : '');
          const { value, progress } = drain(parseRowsSteps(text, sliceChars));
          const whole = Papa.parse<string[]>(text, { delimiter: value.delimiter, skipEmptyLines: false }).data;
          expect(value.rows).toEqual(whole);
          for (const [index, share] of progress.entries()) {
            expect(share).toBeGreaterThan(index === 0 ? 0 : (progress[index - 1] ?? 0));
            expect(share).toBeLessThan(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads an 8 000-row amoCRM export in steps into the figures read at once, reporting growing progress', () => {
    const bytes = amoExport(8_000);
    const options = { qualifiedStages: ['Квалификация'], year: 2026 };
    const { value, progress } = drain(importExportSteps(bytes, 'amo.csv', DEFAULT_CHANNEL_MAPPING, options));
    expect(value).toEqual(importExport(bytes, 'amo.csv', DEFAULT_CHANNEL_MAPPING, options));
    expect(value.rowsRead).toBe(8_000);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(Math.min(...progress)).toBeGreaterThan(0);
    expect(Math.max(...progress)).toBeLessThanOrEqual(1);
  });
});
