/**
 * Amount text → number. Exports write `1234,56` (Russian UI), `1234.56`,
 * `1 234,56` (space or no-break space thousands), `"1,234.56"` or
 * `"260,580"` (Google's comma thousands). A lone comma before exactly three
 * digits is ambiguous (`50,000`), so the whole column decides: see
 * `commaRoleOfColumn`. The reading itself is core/number-text's.
 */
import { compactAmountText, readAmountText } from '../number-text';

/** What a comma means in one column. */
export type CommaRole = 'decimal' | 'thousands';

export type AmountReading = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid' };

const EMPTY_MARKS = new Set(['', '-', '--', '—', '–', 'н/д', 'n/a']);

/** Looks at every value of a column for a comma that can only be a decimal (or only thousands). */
export function commaRoleOfColumn(values: readonly string[], delimiter: string): CommaRole {
  let thousandsEvidence = false;
  for (const raw of values) {
    const text = compactAmountText(raw);
    if (!text.includes(',')) continue;
    const dot = text.lastIndexOf('.');
    const comma = text.lastIndexOf(',');
    if (dot >= 0) {
      // Both marks: the later one is the decimal separator.
      if (comma > dot) return 'decimal';
      thousandsEvidence = true;
      continue;
    }
    if (!/^-?\d{1,3}(,\d{3})+$/.test(text)) return 'decimal';
    if ((text.match(/,/g) ?? []).length > 1) thousandsEvidence = true;
  }
  if (thousandsEvidence) return 'thousands';
  // Only `x,yyy` forms: a comma-delimited file quotes thousands (Google); a `;` or tab file uses a decimal comma.
  return delimiter === ',' ? 'thousands' : 'decimal';
}

export function parseAmount(raw: string, commaRole: CommaRole): AmountReading {
  if (EMPTY_MARKS.has(raw.trim().toLowerCase())) return { kind: 'empty' };
  const value = readAmountText(raw, commaRole === 'decimal');
  if (value === null) return { kind: 'empty' };
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
