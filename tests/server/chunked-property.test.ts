import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByBytes } from '../../src/server/chunked-property';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

describe('splitting a value into properties', () => {
  it('keeps every part under the limit in UTF-8 bytes, never splits a character, and loses nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 4, max: 64 }),
        (text, maxBytes) => {
          const parts = splitByBytes(text, maxBytes);
          expect(parts.join('')).toBe(text);
          for (const part of parts) expect(utf8(part)).toBeLessThanOrEqual(maxBytes);
        },
      ),
    );
  });

  it('counts Cyrillic as two bytes a letter', () => {
    expect(splitByBytes('Привет', 4)).toEqual(['Пр', 'ив', 'ет']);
    expect(splitByBytes('', 8)).toEqual(['']);
  });
});
