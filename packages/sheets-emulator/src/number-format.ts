/**
 * Renders a cell's value through its number format, as `getDisplayValues`
 * returns it: '#,##0', '#,##0.00', '0%', '0.0%', currencies such as
 * '#,##0 [$₽-419]', '[$$]#,##0', '"$"#,##0.00', dates such as 'yyyy-mm'.
 * Good enough for tests and a screenshot, not a full implementation of
 * Sheets' format language (no fractions, scientific patterns, conditions or
 * colours; colours are ignored).
 */
import { wallClockOfSerial } from './date-serial';

export const GENERAL_FORMAT = 'General';

interface Separators {
  group: string;
  decimal: string;
}

const NBSP = '\u00a0';

/** Digit grouping and decimal mark of a spreadsheet locale ("en_US", "ru_RU", "de_DE"). */
export function separatorsOf(locale: string): Separators {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  if (['ru', 'uk', 'be', 'kk', 'fr', 'cs', 'sk', 'pl', 'fi', 'sv', 'nb', 'no', 'bg', 'hu'].includes(language))
    return { group: NBSP, decimal: ',' };
  if (['de', 'es', 'it', 'pt', 'nl', 'id', 'tr', 'da', 'el', 'ro', 'sl', 'hr', 'sr', 'vi'].includes(language))
    return { group: '.', decimal: ',' };
  return { group: ',', decimal: '.' };
}

/** Splits a format at `;` into its positive, negative, zero and text sections, leaving quoted text alone. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i] ?? '';
    if (char === '"') quoted = !quoted;
    if (char === '\\' && !quoted) {
      current += char + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  sections.push(current);
  return sections;
}

/** A piece of a format section: text shown as is, or a pattern character. */
type Token = { literal: string } | { pattern: string };

/** Reads quoted text, escapes, `[$€-419]` currency marks and ignorable brackets (`[Red]`) out of a section. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const char = section[i] ?? '';
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ literal: section.slice(i + 1, stop) });
      i = stop;
    } else if (char === '\\') {
      tokens.push({ literal: section[i + 1] ?? '' });
      i++;
    } else if (char === '_') {
      tokens.push({ literal: ' ' });
      i++;
    } else if (char === '*') {
      i++;
    } else if (char === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      const inside = section.slice(i + 1, stop);
      if (inside.startsWith('$')) tokens.push({ literal: inside.slice(1).split('-')[0] ?? '' });
      i = stop;
    } else {
      tokens.push({ pattern: char });
    }
  }
  return tokens;
}

function patternText(tokens: Token[]): string {
  return tokens.map((token) => ('pattern' in token ? token.pattern : '')).join('');
}

function isDatePattern(tokens: Token[]): boolean {
  const text = patternText(tokens);
  return !/[0#?]/.test(text) && /[ydhs]|m/i.test(text);
}

/** Rounds in decimal, so that 1.005 with two decimals is 1.01 as a person expects. */
/**
 * Decimal rounding by shifting the exponent in text (no 1.005 × 100 float
 * noise). `String(value)` may itself be in exponent notation (1e-20,
 * 1.5e+21): the shift is added to that exponent, never appended after it,
 * which would read as NaN.
 */
function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const [shiftedMantissa = '0', shiftedExponent = '0'] = String(shifted).split('e');
  return Number(`${shiftedMantissa}e${Number(shiftedExponent) - decimals}`);
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A number through one numeric section, without its sign. */
function renderNumber(magnitude: number, tokens: Token[], separators: Separators): string {
  const text = patternText(tokens);
  const first = text.search(/[0#?]/);
  const last = Math.max(text.lastIndexOf('0'), text.lastIndexOf('#'), text.lastIndexOf('?'));
  // A section with no digits ("-" for zero) shows only its text.
  if (first < 0) return tokens.map((token) => ('literal' in token ? token.literal : token.pattern)).join('');
  const core = text.slice(first, last + 1);
  const [integerPattern = '', fractionPattern = ''] = core.split('.');
  const afterCore = text.slice(last + 1);
  const scaleCommas = /^,+/.exec(afterCore)?.[0].length ?? 0;
  const percents = (text.match(/%/g) ?? []).length;
  const scaled = (magnitude * 100 ** percents) / 1000 ** scaleCommas;

  const minFraction = (fractionPattern.match(/0/g) ?? []).length;
  const maxFraction = (fractionPattern.match(/[0#?]/g) ?? []).length;
  const rounded = roundTo(scaled, maxFraction);
  // toFixed switches to exponent notation from 1e21 on; such a number has no fraction digits left to show.
  const fixed =
    Math.abs(rounded) < 1e21
      ? rounded.toFixed(maxFraction)
      : `${BigInt(rounded).toString()}${maxFraction > 0 ? `.${'0'.repeat(maxFraction)}` : ''}`;
  const [wholeDigits = '0', fractionDigits = ''] = fixed.split('.');
  const minInteger = (integerPattern.match(/0/g) ?? []).length;
  let whole = wholeDigits === '0' && minInteger === 0 ? '' : wholeDigits.padStart(minInteger, '0');
  if (integerPattern.includes(',')) whole = groupDigits(whole, separators.group);
  let fraction = fractionDigits;
  while (fraction.length > minFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const number =
    whole +
    (fraction
      ? separators.decimal + fraction
      : core.includes('.') && maxFraction > 0 && minFraction > 0
        ? separators.decimal
        : '');

  // Literals before and after the number stay in place; pattern characters outside the number show as themselves.
  let before = '';
  let after = '';
  let position = 0;
  for (const token of tokens) {
    const piece = 'literal' in token ? token.literal : token.pattern;
    if ('pattern' in token) {
      const index = position;
      position += 1;
      if (index >= first && index <= last + scaleCommas) continue;
      if (index < first) before += piece;
      else after += piece;
    } else if (position <= first) {
      before += piece;
    } else {
      after += piece;
    }
  }
  return `${before}${number || (minInteger === 0 && fraction === '' ? '0' : '')}${after}`;
}

const MONTHS: Record<'en' | 'ru', string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
};
const WEEKDAYS: Record<'en' | 'ru', string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
};

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date serial through a date section: y, m (month, or minutes next to h or s), d, h, s, AM/PM. */
function renderDate(serial: number, tokens: Token[], locale: string): string {
  const clock = wallClockOfSerial(serial);
  const names = locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const twelveHour = /am\/pm|a\/p/i.test(patternText(tokens));
  // Group runs of the same pattern letter ("yyyy", "mm").
  const runs: Token[] = [];
  for (const token of tokens) {
    const previous = runs[runs.length - 1];
    if (
      'pattern' in token &&
      previous &&
      'pattern' in previous &&
      previous.pattern[0]?.toLowerCase() === token.pattern.toLowerCase() &&
      /[ymdhs]/i.test(token.pattern)
    ) {
      previous.pattern += token.pattern;
    } else {
      runs.push('pattern' in token ? { pattern: token.pattern } : token);
    }
  }
  let output = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Token;
    if ('literal' in run) {
      output += run.literal;
      continue;
    }
    const code = run.pattern.toLowerCase();
    const letter = code[0];
    if (letter === 'y') output += code.length <= 2 ? two(clock.year % 100) : String(clock.year);
    else if (letter === 'd') {
      if (code.length >= 4) output += WEEKDAYS[names][clock.weekday] ?? '';
      else if (code.length === 3) output += (WEEKDAYS[names][clock.weekday] ?? '').slice(0, 3);
      else output += code.length === 2 ? two(clock.day) : String(clock.day);
    } else if (letter === 'h') {
      const hour = twelveHour ? ((clock.hour + 11) % 12) + 1 : clock.hour;
      output += code.length >= 2 ? two(hour) : String(hour);
    } else if (letter === 's') output += code.length >= 2 ? two(clock.second) : String(clock.second);
    else if (letter === 'm') {
      const previousPattern = runs
        .slice(0, i)
        .reverse()
        .find((token) => 'pattern' in token && /[a-z]/i.test(token.pattern));
      const nextPattern = runs.slice(i + 1).find((token) => 'pattern' in token && /[a-z]/i.test(token.pattern));
      const isMinute =
        (previousPattern && 'pattern' in previousPattern && /^h/i.test(previousPattern.pattern)) ||
        (nextPattern && 'pattern' in nextPattern && /^s/i.test(nextPattern.pattern));
      if (isMinute && code.length <= 2) output += code.length === 2 ? two(clock.minute) : String(clock.minute);
      else if (code.length >= 4) output += MONTHS[names][clock.month - 1] ?? '';
      else if (code.length === 3) output += (MONTHS[names][clock.month - 1] ?? '').slice(0, 3);
      else output += code.length === 2 ? two(clock.month) : String(clock.month);
    } else if (
      code === 'a' &&
      /^\/p/i.test(
        runs
          .slice(i + 1)
          .map((t) => ('pattern' in t ? t.pattern : t.literal))
          .join(''),
      )
    ) {
      output += clock.hour < 12 ? 'a' : 'p';
      i += 2;
    } else if (
      code === 'a' &&
      /^m\/pm/i.test(
        runs
          .slice(i + 1)
          .map((t) => ('pattern' in t ? t.pattern : t.literal))
          .join(''),
      )
    ) {
      output += clock.hour < 12 ? 'AM' : 'PM';
      i += 4;
    } else output += run.pattern;
  }
  return output;
}

/** Sheets' "General": integers as they are, other numbers to 10 significant digits, huge or tiny ones in E notation. */
export function renderGeneralNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const separators = separatorsOf(locale);
  const magnitude = Math.abs(value);
  let text: string;
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-9)) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exponentNumber = Number(exponent);
    text = `${trimmed}E${exponentNumber < 0 ? '-' : '+'}${two(Math.abs(exponentNumber))}`;
  } else if (Number.isInteger(value)) {
    text = String(value);
  } else {
    text = String(Number(value.toPrecision(10)));
  }
  return separators.decimal === '.' ? text : text.replace('.', separators.decimal);
}

/** A cell value through `format` for display: '' for blank, TRUE/FALSE, text as is. */
export function renderDisplayValue(
  value: number | string | boolean | null,
  format: string | undefined,
  locale: string,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = format?.trim() && !/^general$/i.test(format.trim()) ? splitSections(format) : undefined;
  if (typeof value === 'string') {
    const textSection =
      sections?.[3] ?? (sections?.length === 1 && sections[0]?.includes('@') ? sections[0] : undefined);
    if (!textSection) return value;
    return tokenize(textSection)
      .map((token) => ('literal' in token ? token.literal : token.pattern === '@' ? value : token.pattern))
      .join('');
  }
  if (!sections || (sections.length === 1 && sections[0]?.trim() === '@')) return renderGeneralNumber(value, locale);

  let section = sections[0] ?? '';
  let magnitude = value;
  let sign = '';
  if (value < 0 && sections.length >= 2 && sections[1] !== undefined) {
    section = sections[1];
    magnitude = -value;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== undefined) {
    section = sections[2];
  } else if (value < 0) {
    magnitude = -value;
    sign = '-';
  }
  const tokens = tokenize(section);
  if (isDatePattern(tokens)) return renderDate(value, tokens, locale);
  const rendered = renderNumber(magnitude, tokens, separatorsOf(locale));
  // A value that rounds to zero shows no minus sign.
  return sign && /[1-9]/.test(rendered) ? sign + rendered : rendered;
}

/** Whether values in cells with this format read as dates (`getValues` returns a Date for them). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format.trim())) return false;
  const first = splitSections(format)[0] ?? '';
  return isDatePattern(tokenize(first));
}
