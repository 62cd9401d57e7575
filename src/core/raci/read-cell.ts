import { isBlank, isDate, isSheetsError, type SheetsScalar } from '../sheet-values';
import { RACI_LETTERS, type RaciCell, type RaciLetter } from './raci-letter';
import { builtOnce } from '../built-once';

/**
 * How a matrix cell is read. A person types these by hand, so the reading
 * forgives what cannot change the meaning and refuses what could:
 * - blank, spaces only, or a lone dash ("-", "—") meaning "no part": no letters;
 *   a space is a space, a tab, a line break (Alt+Enter) or a no-break space —
 *   the ones a person types or pastes, and the ones the native Check formula
 *   (core/raci/native-formulas.ts) can read the same way;
 * - R, A, C, I in either case, with spaces around: that letter;
 * - several distinct letters, run together or split by spaces, "/", "\",
 *   ",", ";", "+", "&" or "|" ("A/R", "R/A", "a, r", "AR"): each letter counts
 *   once, so "A/R" is both accountable and responsible;
 * - the Cyrillic А and С, which look exactly like the Latin A and C on a
 *   Russian keyboard: read as A and C (an error about a letter the person
 *   sees as correct would be baffling);
 * - anything else — another letter ("X", a Cyrillic "Р"), a repeated letter
 *   ("RR", likely a typo for something else), a number, TRUE/FALSE, a date,
 *   a Sheets error — is a problem, never a silent miscount.
 */
export type RaciCellProblem = 'not_raci' | 'repeated_letter' | 'error_value';

export type RaciCellReading =
  | { ok: true; cell: RaciCell }
  | {
      ok: false;
      problem: RaciCellProblem;
      /** The cell's content as text, for the message that names it. */
      text: string;
    };

/** Space, tab, line feed, carriage return, no-break space. */
const SPACES = ' \\t\\n\\r\\u00a0';
/** Built at the first cell read (core/built-once.ts). */
function cellPatterns() {
  const separators = `${SPACES}/\\\\,;+&|`;
  return {
    spaceAtEnds: new RegExp(`^[${SPACES}]+|[${SPACES}]+$`, 'g'),
    lettersWithSeparators: new RegExp(`^[RACI](?:[${separators}]*[RACI])*$`),
    separator: new RegExp(`[${separators}]`, 'g'),
  };
}
const DASHES_ONLY = /^[-\u2010-\u2015\u2212]+$/;
const CYRILLIC_LOOKALIKES: Readonly<Record<string, RaciLetter>> = { А: 'A', С: 'C' };

const BLANK: RaciCellReading = { ok: true, cell: [] };

export function readRaciCell(value: SheetsScalar): RaciCellReading {
  if (isBlank(value)) return BLANK;
  if (typeof value !== 'string') return { ok: false, problem: 'not_raci', text: nonTextAsText(value) };
  const patterns = builtOnce(cellPatterns);
  const trimmed = value.replace(patterns.spaceAtEnds, '');
  if (trimmed === '' || DASHES_ONLY.test(trimmed)) return BLANK;
  if (isSheetsError(trimmed)) return { ok: false, problem: 'error_value', text: trimmed.toUpperCase() };

  const normalised = trimmed.toUpperCase().replace(/[АС]/g, (letter) => CYRILLIC_LOOKALIKES[letter] ?? letter);
  if (!patterns.lettersWithSeparators.test(normalised)) return { ok: false, problem: 'not_raci', text: trimmed };
  const letters = normalised.replace(patterns.separator, '');
  if (new Set(letters).size !== letters.length) return { ok: false, problem: 'repeated_letter', text: trimmed };
  return { ok: true, cell: RACI_LETTERS.filter((letter) => letters.includes(letter)) };
}

function nonTextAsText(value: SheetsScalar): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  return String(value);
}
