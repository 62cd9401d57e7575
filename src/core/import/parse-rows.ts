/**
 * Text → rows of cells with papaparse (quoted fields with delimiters and
 * line breaks inside). The delimiter is guessed among `;`, `,` and tab from
 * the lines after any title rows, because a title line like
 * «Период: 01.01.2026 - 31.01.2026» has none.
 */
import Papa from 'papaparse';

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

export function parseRows(text: string): ParsedRows {
  const delimiter = guessDelimiter(text);
  // skipEmptyLines is off so row numbers stay those a spreadsheet shows.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  return { rows: parsed.data, delimiter };
}
