/**
 * A property value larger than Apps Script allows in one property (9 KB):
 * a team of 50 people with Russian names and long emails is about 14 KB. It
 * is stored in parts: `key` holds the number of parts, `key.1`, `key.2`, …
 * hold the text, each under the limit, all written in one call.
 */
import { utf8CharLength } from '../core/utf8-length';

type Properties = GoogleAppsScript.Properties.Properties;

/** Under the 9 KB limit with room to spare; measured in UTF-8 bytes, as the limit is. */
const PART_BYTES = 8 * 1024;

export function writeChunkedProperty(properties: Properties, key: string, text: string): void {
  const values = chunkedEntries(key, text);
  const parts = Object.keys(values).length - 1;
  const previousParts = partCount(properties.getProperty(key));
  properties.setProperties(values);
  for (let index = parts; index < previousParts; index++) properties.deleteProperty(partKey(key, index));
}

/** The properties `writeChunkedProperty` writes for `text`: the count under `key`, the parts under `key.1`, `key.2`, … */
export function chunkedEntries(key: string, text: string): Record<string, string> {
  const parts = splitByBytes(text, PART_BYTES);
  const values: Record<string, string> = { [key]: String(parts.length) };
  parts.forEach((part, index) => {
    values[partKey(key, index)] = part;
  });
  return values;
}

/** Whether `stored` is `key` itself or one of its parts. */
export function isChunkOf(key: string, stored: string): boolean {
  return stored === key || (stored.startsWith(`${key}.`) && /^\d+$/.test(stored.slice(key.length + 1)));
}

/**
 * The text, or `null` when nothing is stored or a part is missing. A value
 * that is not a part count was written whole, by a version that stored it
 * in one property (settings did until values could outgrow 9 KB): it is the
 * text itself, and the next write stores it in parts.
 */
export function readChunkedProperty(properties: Properties, key: string): string | null {
  const stored = properties.getProperty(key);
  if (stored === null || stored === '') return null;
  if (!/^\d+$/.test(stored)) return stored;
  const parts = partCount(stored);
  if (parts === 0) return null;
  let text = '';
  for (let index = 0; index < parts; index++) {
    const part = properties.getProperty(partKey(key, index));
    if (part === null) return null;
    text += part;
  }
  return text;
}

function partKey(key: string, index: number): string {
  return `${key}.${index + 1}`;
}

function partCount(stored: string | null): number {
  const count = Number(stored);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** Pieces of at most `maxBytes` UTF-8 bytes each, never splitting a character. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of text) {
    const size = utf8CharLength(character);
    if (currentBytes + size > maxBytes) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += size;
  }
  parts.push(current);
  return parts;
}
