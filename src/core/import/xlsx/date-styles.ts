/**
 * Which cell styles show a date: a cell holds a date as a serial number
 * and only its number format says so (ECMA-376 Part 1, 18.8.30 numFmt:
 * built-in ids 14–22 and 45–47 are dates and times; a custom format is a
 * date when, outside quotes, brackets and escapes, it has d, m, y, h or s).
 */
import { attribute } from './xml-text';

const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** The indexes of `cellXfs` (a cell's `s`) whose number format is a date or a time. */
export function dateStyleIndexes(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = Number(attribute(match[0], 'numFmtId'));
    custom.set(id, attribute(match[0], 'formatCode') ?? '');
  }
  const dates = new Set<number>();
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let index = 0;
  for (const match of cellXfs.matchAll(/<xf\s[^>]*?\/?>/g)) {
    const id = Number(attribute(match[0], 'numFmtId') ?? '0');
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_IDS.has(id)) dates.add(index);
    index++;
  }
  return dates;
}
