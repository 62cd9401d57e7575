/**
 * Numbers written as text, read in one place for every caller:
 *
 * - typed into a cell (`readTypedNumber`): the spreadsheet's locale decides,
 *   as Sheets reads an entry: its decimal mark, its thousands grouping, a
 *   sign, a trailing percent sign, a currency sign before or after; text
 *   written like a number the other locale's way stays text, with the reason;
 * - typed into a sidebar field (`readFormNumber`): either way of writing,
 *   so switching the sidebar's language never changes what a number means;
 * - read from an export (`readAmountText`): the column decides what a comma
 *   is (core/import/parse-amount), currency words are dropped;
 * - and which text a person meant as a number (`looksLikeNumberText`), so a
 *   custom function and the report never skip "1 000 рублей" as a label.
 *
 * Sources for the locales: Google's Sheets help, "Format numbers in a
 * spreadsheet" (https://support.google.com/docs/answer/56470: number formats
 * follow the spreadsheet's locale) and "Set a spreadsheet's location &
 * calculation settings" (https://support.google.com/docs/answer/58515: the
 * locale sets how numbers are written); the two groups of locales side by
 * side: https://www.benlcollins.com/spreadsheets/sheets-location/. Sheets'
 * own ru_RU formats write "15 000,50 ₽" and "12,5 %", so those read back.
 */

import { builtOnce } from './built-once';

export type DecimalMark = '.' | ',';

export interface NumberMarks {
  decimal: DecimalMark;
  /** Characters that group thousands in typed numbers. */
  grouping: readonly string[];
}

/** A space, a no-break space and a narrow no-break space: what Russian text and Sheets' own ru_RU format put between thousands. */
const SPACE_GROUPING: readonly string[] = [' ', '\u00A0', '\u202F'];

// The decimal-comma locales (the ones the add-on is used in, and their neighbours).
const DECIMAL_COMMA_LOCALE = /^(ru|uk|be|kk|de|fr|es|it|pt|pl|cs|nl|sv|fi|nb|da|tr)/i;

/** How a spreadsheet's locale writes numbers: ru_RU "15 000,50", en_US "15,000.50". */
export function numberMarksOf(locale: string): NumberMarks {
  return DECIMAL_COMMA_LOCALE.test(locale)
    ? { decimal: ',', grouping: SPACE_GROUPING }
    : { decimal: '.', grouping: [','] };
}

/** Currency signs Sheets reads beside a typed number. */
const CURRENCY_SIGNS = ['₽', '$', '€', '£'] as const;

/** Currency words an export or a person writes beside an amount ("2 000 руб.", "500р", "1200 rubles", "300 USD", "1 000 у.е."). */
const CURRENCY_WORD =
  '(?:руб(?:л(?:ей|я|ь))?\\.?|р\\.?|у\\.\\s?е\\.?|rub(?:les?)?|roubles?|usd|eur|euros?|евро|dollars?|долл(?:аров|ара|ар)?\\.?)';
/** Scale words: "12k", "1,5 тыс", "2 млн", "1,2 млрд". */
const SCALE_WORD = '(?:тыс(?:яч[аи]?)?\\.?|млн\\.?|млрд\\.?|k|к|m|mln|bn|thousand)';
/** "About": "~500", "≈ 700", "около 500", "примерно 1 000", "approx. 300". */
const ABOUT = '(?:[~≈]|(?:около|примерно|about|approx\\.?)\\s)';
/** A rate per period after an amount: "1 000 ₽/мес", "300 $/month". */
const PER_PERIOD = '(?:\\/\\s?(?:мес(?:яц)?|год|mo|month|yr|year)\\.?)';
/** Count words: "12 шт". */
const COUNT_WORD = '(?:шт\\.?|pcs)';
/** CURRENCY_SIGNS and the yen, as a character class. */
const SIGN_CLASS = '[₽$€£¥]';

/**
 * Text a person meant as a number: digits with spaces, separators, a sign,
 * brackets, a percent sign, a currency sign or word, a scale word, a "~" or
 * a word for "about", a rate per month, a trailing "+" ("1 000,50", "$1,200",
 * "12 500 ₽", "15%", "(300)", "2 000 руб.", "1 000 рублей", "1200 rubles",
 * "12k", "1,5 тыс", "~500", "около 500", "1 000 ₽/мес", "500+"). A header
 * like "Q1 leads" has letters beyond these words, so it is not.
 */
const numberLikeText = (): RegExp =>
  new RegExp(
    `^${ABOUT}?\\s*[-+−–(]?\\s*(?:${SIGN_CLASS}|${CURRENCY_WORD})?\\s*[-+−–]?\\d[\\d\\s\\u00a0\\u202f.,'’]*\\s*${SCALE_WORD}?\\s*(?:%|${SIGN_CLASS}|${CURRENCY_WORD}|${COUNT_WORD})?\\s*${PER_PERIOD}?\\s*[+)]?$`,
    'iu',
  );

export function looksLikeNumberText(text: string): boolean {
  // Built by the first call: the pushed Code.js runs no constructor while it loads (tests/bundle/lazy-top-level).
  return builtOnce(numberLikeText).test(text.trim());
}

/** Spaces of every kind, and the apostrophe some exports group thousands with (a sidebar field takes spaces only). */
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009']/g;
/** What an export writes beside an amount; dropped before reading it. */
const EXPORT_MARKS = /(₽|руб\.?|rub|usd|eur|\$|€|%)/gi;

/**
 * Digits with `decimal` as the decimal mark and the other mark, if any,
 * grouping thousands anywhere ("1.200,50" with a comma; "1,200.50" with a
 * point). `compact` has no spaces. A person in a form may leave a bare mark
 * ("12,", ",5"); an export writes digits on both sides. NaN when it is not a number.
 */
function readWithDecimal(compact: string, decimal: DecimalMark, bareMark: boolean): number {
  const grouping = decimal === ',' ? '.' : ',';
  const normalized = compact.split(grouping).join('').replace(decimal, '.');
  const pattern = bareMark ? /^[-+]?(?:\d+\.?\d*|\.\d+)$/ : /^[-+]?\d+(?:\.\d+)?$/;
  return pattern.test(normalized) ? Number(normalized) : Number.NaN;
}

/**
 * The decimal mark of a number written either way, from the number alone:
 * when both marks appear, the last one; a lone comma is the decimal mark
 * ("12,5"), except before exactly three digits ("1,200"), where it groups
 * thousands — money amounts with three decimals are rare, English thousands
 * common; several of one mark group thousands ("1.200.000").
 */
function guessDecimalMark(compact: string): DecimalMark {
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const commas = compact.split(',').length - 1;
  if (commas === 1) return /,\d{3}$/.test(compact) ? '.' : ',';
  // Several commas and no point fall through here too: their decimal mark is the point.
  return compact.split('.').length - 1 > 1 ? ',' : '.';
}

/**
 * A number typed into a sidebar field, written in English or Russian alike:
 * "1200", "1 200", "1,200", "1,200.50", "1 200,50", "12,5", "12.5". It does
 * not depend on the sidebar's language. `null` for an empty field, NaN for
 * text that is not a number (the schema reports it).
 */
export function readFormNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  return readWithDecimal(compact, guessDecimalMark(compact), true);
}

/** A field's initial text for a stored number: plain digits and a point, which `readFormNumber` reads back exactly. */
export function formNumberText(value: number): string {
  return String(value);
}

/**
 * An amount from an export, its currency marks and spaces dropped:
 * `decimal` is what the column's comma is (a point then groups thousands);
 * a value with no comma keeps its point as the decimal mark. NaN when it is
 * not a number, `null` when nothing is left.
 */
export function readAmountText(text: string, commaIsDecimal: boolean): number | null {
  const compact = compactAmountText(text);
  if (compact === '') return null;
  const value = readWithDecimal(compact, commaIsDecimal && compact.includes(',') ? ',' : '.', false);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The same amount with spaces and currency marks dropped, for a look at its marks (which is the column's decimal). */
export function compactAmountText(text: string): string {
  return text.replace(EXPORT_MARKS, '').replace(GROUPING_SPACES, '');
}

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

const TYPED_BODY = /^\d[\d\s\u00A0\u202F.,]*$/u;

interface Parts {
  sign: string;
  body: string;
  prefix: string;
  suffix: string;
}

function startsWithMinus(text: string): boolean {
  return text.startsWith('-') || text.startsWith('−');
}

/** Splits off a sign, a currency sign before or after, and a percent sign; null when something else is around the digits. */
function splitSigns(text: string): Parts | null {
  let rest = text.trim();
  let sign = '';
  let prefix = '';
  let suffix = '';
  if (startsWithMinus(rest)) {
    sign = '-';
    rest = rest.slice(1).trimStart();
  }
  const before = CURRENCY_SIGNS.find((symbol) => rest.startsWith(symbol));
  if (before) {
    prefix = before;
    rest = rest.slice(before.length).trimStart();
    if (sign === '' && startsWithMinus(rest)) {
      sign = '-';
      rest = rest.slice(1).trimStart();
    }
  }
  if (rest.endsWith('%')) {
    suffix = '%';
    rest = rest.slice(0, -1).trimEnd();
  } else {
    const after = CURRENCY_SIGNS.find((symbol) => rest.endsWith(symbol));
    if (after && !prefix) {
      suffix = after;
      rest = rest.slice(0, -after.length).trimEnd();
    }
  }
  return TYPED_BODY.test(rest) ? { sign, body: rest, prefix, suffix } : null;
}

/** Digits and grouping marks alone (the caller checks), at least one mark: grouped in threes after a first group of one to three. */
function groupedInThrees(integer: string): boolean {
  const [first, ...rest] = integer.split(/\D/);
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

function readTypedBody(body: string, marks: NumberMarks): { digits: string } | { reason: NotNumberReason } {
  const decimalAt = body.lastIndexOf(marks.decimal);
  const integer = decimalAt < 0 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : body.slice(decimalAt + 1);
  const otherMark = marks.decimal === ',' ? '.' : ',';
  if (fraction !== '' && !/^\d+$/.test(fraction))
    return { reason: fraction.includes(otherMark) ? 'wrong_decimal_mark' : 'bad_grouping' };
  if (decimalAt >= 0 && fraction === '') return { reason: 'bad_grouping' };
  if (/^\d+$/.test(integer)) return { digits: fraction === '' ? integer : `${integer}.${fraction}` };
  // The other locale's decimal mark, once, where this locale's own is absent: "15000.50" in ru_RU, "12,5" in en_US.
  const otherDecimal = decimalAt < 0 && new RegExp(`^\\d+\\${otherMark}\\d+$`).test(integer);
  const usesOwnGrouping = [...integer].every((char) => /\d/.test(char) || marks.grouping.includes(char));
  if (usesOwnGrouping && groupedInThrees(integer))
    return { digits: `${integer.replace(/\D/g, '')}${fraction === '' ? '' : `.${fraction}`}` };
  // "1,500" in en_US was read above as grouped: here the other mark is a decimal one.
  if (otherDecimal) return { reason: 'wrong_decimal_mark' };
  return { reason: usesOwnGrouping ? 'bad_grouping' : 'wrong_grouping' };
}

/** A date written with points ("15.01.2026"), which Sheets reads as a date, not as a number. */
const DOTTED_DATE = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*$/;

/**
 * A number typed into a cell, read the way Sheets reads it in the
 * spreadsheet's locale. The answer's `canonical` is the same entry written
 * the way an en_US `setValue` reads it, so the cell gets the value and the
 * format Sheets gives a typed percent or amount.
 */
export function readTypedNumber(text: string, locale: string): TypedEntry {
  if (DOTTED_DATE.test(text)) return { kind: 'other' };
  const parts = splitSigns(text);
  if (!parts) return { kind: 'other' };
  const read = readTypedBody(parts.body, numberMarksOf(locale));
  if ('reason' in read) return { kind: 'text', reason: read.reason };
  const magnitude = Number(read.digits);
  const value = (parts.sign === '-' ? -magnitude : magnitude) / (parts.suffix === '%' ? 100 : 1);
  return { kind: 'number', value, canonical: `${parts.sign}${parts.prefix}${read.digits}${parts.suffix}` };
}
