import { fail, isBlank, readSingle, type SheetsArg } from '../core/sheet-values';

/**
 * A count or a limit: a single whole number, `min` or more. Blank or
 * omitted gives `null`, for the caller to treat as missing or as the default.
 */
export function readWholeNumber(arg: string, value: SheetsArg | undefined, min: number): number | null {
  if (value === undefined || (!Array.isArray(value) && isBlank(value))) return null;
  const number = readSingle(arg, value);
  if (number === null) return null;
  if (!Number.isInteger(number) || number < min)
    fail({ kind: 'whole_number_expected', arg, value: String(number), min });
  return number;
}
