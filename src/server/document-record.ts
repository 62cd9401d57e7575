/**
 * A record of the add-on's in document properties, the one way every store
 * reads and writes one: JSON, in parts once it outgrows a property
 * (chunked-property.ts), and checked by its schema on the way out as well as
 * in. A property edited by hand, cut short or written by an older version
 * reads as absent rather than breaking whoever reads it; each store says
 * what absent means for it.
 */
import { check, type Infer, type Schema } from '../shared/schema';
import { readChunkedProperty, writeChunkedProperty } from './chunked-property';

/** The record under `key` read by `schema`; `null` when nothing is stored or what is stored does not read. */
export function readDocumentRecord<S extends Schema>(key: string, schema: S): Infer<S> | null {
  const stored = readChunkedProperty(PropertiesService.getDocumentProperties(), key);
  if (!stored) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = check(schema, json);
  return parsed.success ? parsed.data : null;
}

/** Stores `record` under `key` as JSON, in as many parts as it needs. */
export function writeDocumentRecord(key: string, record: unknown): void {
  writeDocumentText(key, JSON.stringify(record));
}

/** For a store that sized its JSON first (property-room.ts): the text exactly as measured. */
export function writeDocumentText(key: string, text: string): void {
  writeChunkedProperty(PropertiesService.getDocumentProperties(), key, text);
}
