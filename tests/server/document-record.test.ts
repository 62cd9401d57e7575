/**
 * The one document-property store every record goes through: what it writes
 * reads back whole however long, and anything else under its key (cut short,
 * edited by hand, another shape) reads as absent instead of breaking the reader.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { readDocumentRecord, writeDocumentRecord } from '../../src/server/document-record';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const recordSchema = v.object({ version: v.literal(1), names: v.array(v.string()) });
const KEY = 'marketingKpi.test';

function withProperties(): GoogleAppsScript.Properties.Properties {
  uninstall = createEmulator({ owner: 'head@example.com' }).installGlobals();
  return PropertiesService.getDocumentProperties();
}

describe('a record in document properties', () => {
  it('reads back what was written, in parts once it outgrows one property', () => {
    const properties = withProperties();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 60 }), (names) => {
        writeDocumentRecord(KEY, { version: 1, names });
        expect(readDocumentRecord(KEY, recordSchema)).toEqual({ version: 1, names });
      }),
      { numRuns: 40 },
    );
    const long = Array.from({ length: 80 }, (_, index) => `Анна Иванова-Петрова ${index}`.repeat(3));
    writeDocumentRecord(KEY, { version: 1, names: long });
    expect(Number(properties.getProperty(KEY))).toBeGreaterThan(1);
    expect(readDocumentRecord(KEY, recordSchema)?.names).toEqual(long);
  });

  it('reads as absent when nothing is stored, the text is not JSON, a part is missing or the shape is not its own', () => {
    const properties = withProperties();
    expect(readDocumentRecord(KEY, recordSchema)).toBeNull();
    properties.setProperty(KEY, '{"version": 1, "names": [');
    expect(readDocumentRecord(KEY, recordSchema)).toBeNull();
    properties.setProperty(KEY, JSON.stringify({ version: 2, names: [] }));
    expect(readDocumentRecord(KEY, recordSchema)).toBeNull();
    writeDocumentRecord(KEY, { version: 1, names: ['x'.repeat(20_000)] });
    properties.deleteProperty(`${KEY}.2`);
    expect(readDocumentRecord(KEY, recordSchema)).toBeNull();
    // A value an older version wrote whole, in one property, still reads.
    properties.setProperty(KEY, JSON.stringify({ version: 1, names: ['Олег'] }));
    expect(readDocumentRecord(KEY, recordSchema)).toEqual({ version: 1, names: ['Олег'] });
  });
});
