import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport, type ImportOptions } from '../../../src/core/import';
import { CP1251_TWINS, cp1251BytesOf } from '../../fixtures/exports/write-cp1251';

const dir = join(import.meta.dirname, '../../fixtures/exports');

interface Expected {
  files: string[];
  options: ImportOptions;
  format: string;
  figures: unknown[];
  unmapped: { rows: number; spend: number; revenue: number };
  problems: { key: string; row?: number; column?: string }[];
}

const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.expected.json'))
  .flatMap((name) => {
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Expected;
    return expected.files.map((file) => [file, expected] as const);
  });

describe('export fixtures against their hand-computed aggregates', () => {
  it('covers every format and both encodings', () => {
    expect(new Set(cases.map(([, expected]) => expected.format)).size).toBe(7);
    expect(cases.map(([file]) => file)).toEqual(expect.arrayContaining(CP1251_TWINS.map(([, cp1251]) => cp1251)));
  });

  it.each(cases)('%s', (file, expected) => {
    const result = importExport(
      new Uint8Array(readFileSync(join(dir, file))),
      file,
      DEFAULT_CHANNEL_MAPPING,
      expected.options,
    );
    expect(result.format.id).toBe(expected.format);
    expect(result.figures).toEqual(expected.figures);
    expect({ rows: result.unmapped.rows, spend: result.unmapped.spend, revenue: result.unmapped.revenue }).toEqual(
      expected.unmapped,
    );
    expect(result.problems.map(({ key, row, column }) => ({ key, row, column }))).toEqual(
      expected.problems.map(({ key, row, column }) => ({ key, row, column })),
    );
    // An XLSX holds its text as XML parts, not as an encoded text file.
    expect(result.encoding).toBe(file.endsWith('.xlsx') ? null : file.includes('cp1251') ? 'windows-1251' : 'utf-8');
  });

  it.each(CP1251_TWINS)('%s → %s: the committed bytes are Windows-1251, not UTF-8', (utf8, cp1251) => {
    const bytes = new Uint8Array(readFileSync(join(dir, cp1251)));
    expect(bytes).toEqual(cp1251BytesOf(utf8));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });
});
