/**
 * A number typed into a cell, read the way Sheets reads it in the
 * spreadsheet's locale: the locale's decimal mark, its thousands grouping
 * (in ru_RU a space, a no-break space or a narrow one; in en_US a comma, in
 * groups of three), a sign, a trailing percent sign, a currency sign before
 * or after. Sources: see locale-syntax.ts; Sheets' own ru_RU formats write
 * "15 000,50 ₽" and "12,5 %", which therefore read back as numbers.
 *
 * The answer is the same entry written the way the emulator's `setValue`
 * (and Apps Script's, in an en_US spreadsheet) reads it, so the cell gets
 * the value and the format Sheets gives a typed percent or amount. Text
 * that is not a number in this locale is kept as text; when it looks like
 * a number written another way, the answer says why it is not one.
 */
import { localeSyntax, type LocaleSyntax } from './locale-syntax';

export type NotNumberReason =
  /** A decimal point in a decimal-comma locale ("15000.50" in ru_RU), or a decimal comma in a decimal-point one ("12,5" in en_US). */
  | 'wrong_decimal_mark'
  /** Thousands grouped in something other than threes ("1 00", "10,00,000"). */
  | 'bad_grouping'
  /** Grouping written the other locale's way ("1,000" in ru_RU, "1 000" in en_US). */
  | 'wrong_grouping';

export type TypedEntry =
  /** `canonical`: the entry written with a decimal point and no grouping, its percent and currency signs kept where they stood. */
  | { kind: 'number'; value: number; canonical: string }
  /** Not a number in this locale although it is written like one: kept as text, and `reason` says why. */
  | { kind: 'text'; reason: NotNumberReason }
  /** Anything else (a word, a date, a formula-free label): Sheets' own reading of typed text applies. */
  | { kind: 'other' };

const CURRENCY = ['₽', '$', '€', '£'];
const NUMBER_BODY = /^\d[\d\s\u00A0\u202F.,]*$/u;

interface Parts {
  sign: string;
  body: string;
  prefix: string;
  suffix: string;
}

/** Splits off a sign, a currency sign before or after, and a percent sign; null when something else is around the digits. */
function splitSigns(text: string): Parts | null {
  let rest = text.trim();
  let sign = '';
  let prefix = '';
  let suffix = '';
  if (rest.startsWith('-') || rest.startsWith('−')) {
    sign = '-';
    rest = rest.slice(1).trimStart();
  }
  const before = CURRENCY.find((symbol) => rest.startsWith(symbol));
  if (before) {
    prefix = before;
    rest = rest.slice(before.length).trimStart();
    if (sign === '' && (rest.startsWith('-') || rest.startsWith('−'))) {
      sign = '-';
      rest = rest.slice(1).trimStart();
    }
  }
  if (rest.endsWith('%')) {
    suffix = '%';
    rest = rest.slice(0, -1).trimEnd();
  } else {
    const after = CURRENCY.find((symbol) => rest.endsWith(symbol));
    if (after && !prefix) {
      suffix = after;
      rest = rest.slice(0, -after.length).trimEnd();
    }
  }
  return NUMBER_BODY.test(rest) ? { sign, body: rest, prefix, suffix } : null;
}

function groupedInThrees(integer: string, separators: readonly string[]): boolean {
  const groups = integer.split(new RegExp(`[${separators.join('')}]`, 'u'));
  const [first, ...rest] = groups;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.length > 0 && rest.every((group) => /^\d{3}$/.test(group));
}

function readBody(body: string, syntax: LocaleSyntax): { digits: string } | { reason: NotNumberReason } {
  const decimalAt = body.lastIndexOf(syntax.decimal);
  const integer = decimalAt < 0 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : body.slice(decimalAt + 1);
  const otherMark = syntax.decimal === ',' ? '.' : ',';
  if (fraction !== '' && !/^\d+$/.test(fraction)) return { reason: fraction.includes(otherMark) ? 'wrong_decimal_mark' : 'bad_grouping' };
  if (decimalAt >= 0 && fraction === '') return { reason: 'bad_grouping' };
  if (/^\d+$/.test(integer)) return { digits: fraction === '' ? integer : `${integer}.${fraction}` };
  // The other locale's decimal mark, once, where this locale's own is absent: "15000.50" in ru_RU, "12,5" in en_US.
  const otherDecimal = decimalAt < 0 && new RegExp(`^\\d+\\${otherMark}\\d+$`).test(integer);
  const usesOwnGrouping = [...integer].every((char) => /\d/.test(char) || syntax.grouping.includes(char));
  if (usesOwnGrouping && groupedInThrees(integer, syntax.grouping)) return { digits: `${integer.replace(/\D/g, '')}${fraction === '' ? '' : `.${fraction}`}` };
  if (otherDecimal && !(syntax.decimal === '.' && /^\d{1,3},\d{3}$/.test(integer))) return { reason: 'wrong_decimal_mark' };
  return { reason: usesOwnGrouping ? 'bad_grouping' : 'wrong_grouping' };
}

/** A date written with points ("15.01.2026"), which Sheets reads as a date, not as a number. */
const DOTTED_DATE = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*$/;

export function readTypedEntry(text: string, locale: string): TypedEntry {
  if (DOTTED_DATE.test(text)) return { kind: 'other' };
  const parts = splitSigns(text);
  if (!parts) return { kind: 'other' };
  const read = readBody(parts.body, localeSyntax(locale));
  if ('reason' in read) return { kind: 'text', reason: read.reason };
  const magnitude = Number(read.digits);
  const value = (parts.sign === '-' ? -magnitude : magnitude) / (parts.suffix === '%' ? 100 : 1);
  return { kind: 'number', value, canonical: `${parts.sign}${parts.prefix}${read.digits}${parts.suffix}` };
}
