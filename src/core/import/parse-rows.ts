/**
 * Text → rows of cells with papaparse (quoted fields with delimiters and
 * line breaks inside). The delimiter is guessed among `;`, `,` and tab from
 * the lines after any title rows, because a title line like
 * «Период: 01.01.2026 - 31.01.2026» has none.
 */
import Papa from 'papaparse';
import { runSteps } from './steps';

export type Delimiter = ';' | ',' | '\t';

export interface ParsedRows {
  rows: string[][];
  delimiter: Delimiter;
}

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

/**
 * Per record of the first 64 KB, how many of each delimiter stand outside
 * quotes: a quoted note may hold `;`, `,` and line breaks (amoCRM), which a
 * plain split by lines would count.
 */
function delimiterCountsPerRecord(text: string): Record<Delimiter, number>[] {
  const records: Record<Delimiter, number>[] = [];
  let current: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  let filled = false;
  const end = Math.min(text.length, 65_536);
  for (let index = 0; index < end && records.length < 40; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === ';' || char === ',' || char === '\t') current[char]++;
    else if (char === '\n' || char === '\r') {
      if (filled) records.push(current);
      current = { ';': 0, ',': 0, '\t': 0 };
      filled = false;
      continue;
    }
    if (char !== ' ') filled = true;
  }
  if (filled) records.push(current);
  return records;
}

/** The delimiter whose count most records share (a header and its data rows agree), then the larger count. */
function guessDelimiter(text: string): Delimiter {
  const records = delimiterCountsPerRecord(text);
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const record of records) {
      if (record[delimiter] > 0) frequency.set(record[delimiter], (frequency.get(record[delimiter]) ?? 0) + 1);
    }
    const [count, recordCount] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const score = recordCount * 1000 + count;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** About 1 MB of text per slice: some 20 ms of papaparse, short enough for the page to stay responsive between slices. */
const PARSE_SLICE_CHARS = 1 << 20;

/**
 * The end of the slice that starts at `from`: just after the first line
 * break at or beyond `from + size` that stands outside quotes (a quoted
 * note may hold line breaks), or the end of the text. `inQuotes` is the
 * quote state at `from`, which is always outside quotes.
 */
function sliceEnd(text: string, from: number, size: number): number {
  const target = from + size;
  if (target >= text.length) return text.length;
  let inQuotes = false;
  for (let index = from; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 34) inQuotes = !inQuotes;
    else if (char === 10 && !inQuotes && index >= target) return index + 1;
  }
  return text.length;
}

/**
 * Parses slice by slice, yielding the share of the text done after each,
 * so a caller can let the page breathe or report progress. Each slice ends
 * on a record boundary; papaparse reads it with the delimiter guessed once.
 */
export function* parseRowsSteps(text: string, sliceChars = PARSE_SLICE_CHARS): Generator<number, ParsedRows> {
  const delimiter = guessDelimiter(text);
  const rows: string[][] = [];
  let from = 0;
  while (from < text.length) {
    const to = sliceEnd(text, from, sliceChars);
    const slice = text.slice(from, to);
    // skipEmptyLines is off so row numbers stay those a spreadsheet shows.
    const parsed = Papa.parse<string[]>(slice, { delimiter, skipEmptyLines: false, header: false }).data;
    // A slice that ends with a line break gets papaparse's empty last row; only the text's own end keeps it.
    if (to < text.length && /\n$/.test(slice) && parsed.length > 0) parsed.pop();
    for (const row of parsed) rows.push(row);
    from = to;
    if (from < text.length) yield from / text.length;
  }
  return { rows, delimiter };
}

export function parseRows(text: string): ParsedRows {
  return runSteps(parseRowsSteps(text));
}
