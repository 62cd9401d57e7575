/**
 * Where a text stops being JSON, in our own words: the engine's message
 * ("Unexpected token 'э', "это не json" is not valid JSON") is English and
 * quotes the text back, so only the place is taken from it — the position
 * it names, or else the first occurrence of the token it names outside a
 * quoted string. Line and column count from 1.
 */
import { excerpt } from '../text-excerpt';

export interface JsonErrorPlace {
  line: number;
  column: number;
  /** The character found there, as a short excerpt ('' at the end of the text). */
  found: string;
}

export function jsonErrorPlace(text: string, engineMessage: string): JsonErrorPlace | null {
  const position = /position (\d+)/.exec(engineMessage)?.[1];
  if (position !== undefined) return placeAt(text, Number(position));
  const token = /Unexpected token '(.+?)'/u.exec(engineMessage)?.[1];
  if (token === undefined) return null;
  const index = indexOutsideStrings(text, token);
  return index < 0 ? null : placeAt(text, index);
}

function placeAt(text: string, index: number): JsonErrorPlace {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column, found: excerpt(Array.from(text.slice(index))[0] ?? '', 1) };
}

function indexOutsideStrings(text: string, token: string): number {
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (text.startsWith(token, index)) return index;
    else if (char === '"') inString = true;
  }
  return -1;
}
