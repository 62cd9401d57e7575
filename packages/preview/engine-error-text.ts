/**
 * What Sheets says when hovering an error cell, in place of the formula
 * engine's English words ("Parsing error. Expecting token of type -->
 * RParen <--…"), which never reach a person. A custom function's own
 * message (an #ERROR! the add-on threw, already in the person's language)
 * is kept; the engine's messages are replaced by Sheets' sentence for the
 * error, in the spreadsheet's language.
 */
import type { Lang } from '../../src/core/i18n/lang';
import type { CellErrorInfo } from 'sheets-emulator';
import { isUnreadableFormulaMessage } from './locale/unreadable-formula';
import { chromeText, type ChromeMessageKey } from './page/chrome-messages';

const BY_CODE: Readonly<Record<string, ChromeMessageKey>> = {
  '#DIV/0!': 'engine_div_zero',
  '#VALUE!': 'engine_value',
  '#NUM!': 'engine_num',
  '#N/A': 'engine_not_found',
  '#REF!': 'engine_ref',
  '#SPILL!': 'engine_spill',
  '#CYCLE!': 'engine_cycle',
  '#NAME?': 'engine_name',
};

export function sheetsErrorText(error: CellErrorInfo, lang: Lang): CellErrorInfo {
  const { message } = error;
  if (isUnreadableFormulaMessage(message)) return { ...error, message: chromeText(lang, 'formula_argument_separator') };
  if (/^Parsing error/.test(message)) return { ...error, message: chromeText(lang, 'formula_parse_error') };
  const unknownFunction = /^Function name (.+) not recognized\.$/.exec(message);
  if (unknownFunction)
    return { ...error, message: chromeText(lang, 'unknown_function', { name: unknownFunction[1] ?? '' }) };
  const unknownName = /^Named expression (.+) not recognized\.$/.exec(message);
  if (unknownName) return { ...error, message: chromeText(lang, 'unknown_range_name', { name: unknownName[1] ?? '' }) };
  // Only a thrown custom function gives #ERROR! with a message of its own; every other code is the engine's.
  if (error.error === '#ERROR!') return error;
  const key = BY_CODE[error.error];
  return { ...error, message: key ? chromeText(lang, key) : chromeText(lang, 'engine_other') };
}
