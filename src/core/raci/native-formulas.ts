/**
 * The Roles tab's checks (core/raci/line-check.ts) rendered as native Sheets
 * formulas, one per line, so the tab checks itself with no custom function:
 * at once, with no Apps Script execution per recalculation, and for a
 * teammate who never installed the add-on. The words come from the same
 * message tables, in the template's language; English function names and
 * commas, as Apps Script writes formulas in every locale. A property test
 * evaluates these in HyperFormula against line-check.ts on thousands of
 * random lines.
 *
 * How a cell is read, as core/raci/read-cell.ts reads it, with Sheets' own
 * text functions over the whole line (ARRAYFORMULA):
 * upper case, Cyrillic А/С as Latin A/C, the four spaces (tab, line break,
 * carriage return, no-break space) as a space, trimmed; then a cell reads
 * when it is blank, dashes only, or letters R/A/C/I and separators that
 * start and end with a letter and repeat no letter.
 */
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { formatNumber } from '../i18n/number-format';
import { pluralForm } from '../i18n/plural';
import { EMPLOYEE_FORMS, PEOPLE_FORMS, raciMessages } from '../i18n/raci-messages';
import { DEFAULT_MAX_RESPONSIBLE } from './role-load';
import { MID_SIZE_COMPANY_HEADCOUNT, MIN_DEPARTMENT_PEOPLE } from './staffing';

/** Text as a formula's string literal. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A character as a formula expression: a backslash as CHAR(92), since some formula parsers (HyperFormula's) read it in a literal as an escape. */
function character(text: string): string {
  return text === '\\' ? 'CHAR(92)' : quoted(text);
}

/** Replaces in turn each of `characters` in `text` by `by`. */
function substituteEach(text: string, characters: readonly string[], by: string): string {
  return characters.reduce((inner, each) => `SUBSTITUTE(${inner},${character(each)},${quoted(by)})`, text);
}

const SEPARATOR_CHARACTERS = [' ', '/', '\\', ',', ';', '+', '&', '|'];
const LETTERS = ['R', 'A', 'C', 'I'];
const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];

/** The cells in upper case, Cyrillic А and С as Latin. */
function upper(cells: string): string {
  return `SUBSTITUTE(SUBSTITUTE(UPPER(${cells}),"А","A"),"С","C")`;
}

const OTHER_SPACES = ['CHAR(9)', 'CHAR(10)', 'CHAR(13)', 'CHAR(160)'];

/** Upper case, the four other spaces as spaces, trimmed. */
function trimmedUpper(cells: string): string {
  return `TRIM(${OTHER_SPACES.reduce((inner, space) => `SUBSTITUTE(${inner},${space}," ")`, upper(cells))})`;
}

/**
 * 1 for a cell that reads (see the file's comment), 0 for one that does not,
 * over an array of cells. Only what needs the ends trimmed (dashes only, the
 * first and last letter) reads the trimmed text; the rest reads the upper-case
 * text, where a space of any kind is a separator anyway.
 */
function readable(cells: string): string {
  const u = upper(cells);
  const t = trimmedUpper(cells);
  const blankOrDashes = `(${substituteEach(t, DASHES, '')}="")`;
  const stripped = OTHER_SPACES.reduce(
    (inner, space) => `SUBSTITUTE(${inner},${space},"")`,
    substituteEach(u, [...LETTERS, ...SEPARATOR_CHARACTERS], ''),
  );
  const lettersOnly = `(${stripped}="")`;
  const noRepeat = `(${LETTERS.reduce((inner, letter) => `SUBSTITUTE(${inner},"${letter}","",2)`, u)}=${u})`;
  const endsWithLetters = `ISNUMBER(FIND(LEFT(${t},1),"RACI"))*ISNUMBER(FIND(RIGHT(${t},1),"RACI"))`;
  const text = `(${blankOrDashes}+${lettersOnly}*${noRepeat}*${endsWithLetters}>0)`;
  return `IFERROR(--IF(ISTEXT(${cells}),${text},LEN(${cells})=0),0)`;
}

function holds(cells: string, letter: 'A' | 'R'): string {
  return `ISNUMBER(FIND("${letter}",${upper(cells)}))`;
}

const NUMBER_MARK = '\u0001';
const TEXT_MARK = '\u0002';
/** Both marks; a literal pattern, as the marks are control characters no message holds. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 and U+0002 are the marks this module puts in formula text itself.
const MARKS = /[\u0001\u0002]/;

/**
 * A message with its placeholders as formula expressions: `template` is the
 * message filled with marks, each mark in turn replaced by the next of `parts`.
 */
function spliced(template: string, parts: readonly string[]): string {
  const literals = template.split(MARKS);
  return (
    literals
      .flatMap((literal, index) => [
        ...(literal ? [quoted(literal)] : []),
        ...(index < parts.length ? [parts[index] ?? ''] : []),
      ])
      .join('&') || '""'
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Each line's labels: its name, or "column 3" / "row 5" where it has none. */
function labels(names: string, lang: Lang, kind: 'column' | 'row'): string {
  const fallback =
    kind === 'column'
      ? spliced(translate(raciMessages, lang, 'column_fallback', { column: NUMBER_MARK }), [
          `SEQUENCE(1,COLUMNS(${names}))`,
        ])
      : spliced(translate(raciMessages, lang, 'row_fallback', { row: NUMBER_MARK }), [`SEQUENCE(ROWS(${names}),1)`]);
  return `IF(TRIM(${names})="",${fallback},${names})`;
}

function unreadable(cells: string, names: string, lang: Lang, kind: 'column' | 'row'): { count: string; text: string } {
  const listed = `TEXTJOIN(", ",TRUE(),IF(${readable(cells)}=1,"",${labels(names, lang, kind)}))`;
  return {
    count: `SUMPRODUCT(1-${readable(cells)})`,
    text: spliced(capitalise(translate(raciMessages, lang, 'unreadable_cells', { names: TEXT_MARK })), [listed]),
  };
}

/** How every line check begins, so a rebuild recognises the Check column and the load row by their formulas. */
export const NATIVE_LINE_CHECK = /^=ARRAYFORMULA\(IF\(SUMPRODUCT\(1-IFERROR\(--IF\(ISTEXT\(/i;

/** A direction's check, for the cell beside its row. @param row its cells ("B2:E2") @param names the header over them ("$B$1:$E$1") */
export function nativeDirectionCheckFormula(row: string, names: string, lang: Lang): string {
  const t = (key: 'ok' | 'no_accountable' | 'no_responsible') => translate(raciMessages, lang, key);
  const accountable = `SUMPRODUCT(--${holds(row, 'A')})`;
  const responsible = `SUMPRODUCT(--${holds(row, 'R')})`;
  const holders = `TEXTJOIN(", ",TRUE(),IF(${holds(row, 'A')},${labels(names, lang, 'column')},""))`;
  const several = spliced(
    capitalise(translate(raciMessages, lang, 'several_accountable_named', { count: NUMBER_MARK, names: TEXT_MARK })),
    [accountable, holders],
  );
  const bad = unreadable(row, names, lang, 'column');
  const faults =
    `IF(${accountable}=1,IF(${responsible}=0,${quoted(capitalise(t('no_responsible')))},${quoted(t('ok'))}),` +
    `IF(${accountable}=0,${quoted(capitalise(t('no_accountable')))},${several})&IF(${responsible}=0,${quoted(`; ${t('no_responsible')}`)},""))`;
  return `=ARRAYFORMULA(IF(${bad.count}>0,${bad.text},${faults}))`;
}

/**
 * A role's (or person's) load, for the cell under its column.
 * @param column its cells ("B$2:B$13") @param names the directions beside them ("$A$2:$A$13")
 * @param limit the cell of the most directions one may be responsible for; blank means the default
 */
export function nativeRoleLoadFormula(column: string, names: string, limit: string, lang: Lang): string {
  const responsible = `SUMPRODUCT(--${holds(column, 'R')})`;
  const accountable = `SUMPRODUCT(--${holds(column, 'A')})`;
  const max = `IF(${limit}="",${DEFAULT_MAX_RESPONSIBLE},${limit})`;
  const marks = { responsible: NUMBER_MARK, accountable: NUMBER_MARK, limit: NUMBER_MARK };
  const plain = spliced(translate(raciMessages, lang, 'role_counts', marks), [responsible, accountable]);
  const overloaded = spliced(translate(raciMessages, lang, 'role_counts_overloaded', marks), [
    responsible,
    accountable,
    max,
  ]);
  const bad = unreadable(column, names, lang, 'row');
  return `=ARRAYFORMULA(IF(${bad.count}>0,${bad.text},IF(${responsible}>${max},${overloaded},${plain})))`;
}

/**
 * The department's size, for the staffing cell: `hint` while either figure
 * is blank. Both figures are the add-on's (written from the team).
 */
export function nativeStaffingFormula(headcount: string, people: string, hint: string, lang: Lang): string {
  const counted = (count: number) => `${formatNumber(count, lang, 0)} ${pluralForm(lang, count, PEOPLE_FORMS[lang])}`;
  const sentence = (key: 'understaffed' | 'single_specialist', count: number, parts: readonly string[]) =>
    spliced(
      capitalise(
        translate(raciMessages, lang, key, {
          people: counted(count),
          headcount: TEXT_MARK,
          minHeadcount: formatNumber(MID_SIZE_COMPANY_HEADCOUNT, lang, 0),
          minimum: MIN_DEPARTMENT_PEOPLE,
        }),
      ),
      parts,
    );
  const employees = `${groupedWholeNumber(headcount, lang)}&" "&${pluralExpression(headcount, EMPLOYEE_FORMS[lang], lang)}`;
  // Understaffed means fewer than the minimum, a single specialist at most one: each count there has its own words.
  const understaffed = `CHOOSE(${people}+1,${Array.from({ length: MIN_DEPARTMENT_PEOPLE }, (_, count) => sentence('understaffed', count, [employees])).join(',')})`;
  const single = `CHOOSE(${people}+1,${[0, 1].map((count) => sentence('single_specialist', count, [])).join(',')})`;
  return (
    `=IF(OR(${headcount}="",${people}=""),${quoted(hint)},` +
    `IF(AND(${headcount}>=${MID_SIZE_COMPANY_HEADCOUNT},${people}<${MIN_DEPARTMENT_PEOPLE}),${understaffed},` +
    `IF(AND(${headcount}<${MID_SIZE_COMPANY_HEADCOUNT},${people}<=1),${single},${quoted(translate(raciMessages, lang, 'ok'))})))`
  );
}

/** A whole number below 10⁹ grouped by thousands as formatNumber groups it, whatever the spreadsheet's locale. */
function groupedWholeNumber(cell: string, lang: Lang): string {
  const separator = quoted(lang === 'ru' ? '\u00a0' : ',');
  const group = (divisor: number) => `TEXT(MOD(INT(${cell}/${divisor}),1000),"000")`;
  return (
    `IF(${cell}>=1000000,INT(${cell}/1000000)&${separator}&${group(1000)}&${separator}&${group(1)},` +
    `IF(${cell}>=1000,INT(${cell}/1000)&${separator}&${group(1)},""&${cell}))`
  );
}

/** The noun for a count, as core/i18n/plural.ts chooses it. */
function pluralExpression(cell: string, forms: readonly [string, string, string], lang: Lang): string {
  if (lang === 'en') return `IF(${cell}=1,${quoted(forms[0])},${quoted(forms[2])})`;
  const lastTwo = `MOD(${cell},100)`;
  const last = `MOD(${cell},10)`;
  return `IF(AND(${lastTwo}>=11,${lastTwo}<=14),${quoted(forms[2])},IF(${last}=1,${quoted(forms[0])},IF(AND(${last}>=2,${last}<=4),${quoted(forms[1])},${quoted(forms[2])})))`;
}
