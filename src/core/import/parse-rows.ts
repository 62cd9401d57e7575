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

/** The delimiter with the most consistent, highest count over the first lines. */
function guessDelimiter(text: string): Delimiter {
  const lines = text.slice(0, 20_000).split(/\r\n|\n|\r/).slice(0, 30).filter((line) => line.trim() !== '');
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1).filter((count) => count > 0);
    if (counts.length === 0) continue;
    // The most frequent count, weighted by how many lines share it: a header and its data rows agree.
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [count, lineCount] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const score = lineCount * 1000 + count;
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
