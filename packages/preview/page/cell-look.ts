/**
 * How one cell looks in the grid: its shown text, alignment, colours and
 * font (the cell's own format, then conditional formats over it), and the
 * marks Sheets draws — the red corner of an error or an invalid entry with
 * its message, a note's corner, a drop-down arrow.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { PlainValue, ValidationSnapshot } from 'sheets-emulator';
import type { PreviewSheet } from '../preview-snapshot';
import { dropdownItems, satisfiesValidation } from '../validation-check';
import type { CellPosition } from './cell-position';
import { chromeText } from './chrome-messages';
import type { Paint } from './conditional-paint';

export interface CellLook {
  text: string;
  /** left, center or right. */
  align: string;
  /** CSS declarations for the cell. */
  style: string;
  classes: string[];
  /** Shown on hover: an error's message, an invalid entry's complaint, a note. */
  tooltip: string | null;
  /** The items of a drop-down list on the cell. */
  dropdown: string[] | null;
}

const ALIGNMENTS: Record<string, string> = {
  left: 'left',
  center: 'center',
  centre: 'center',
  right: 'right',
  normal: '',
};
const VERTICAL_ALIGNMENTS: Record<string, string> = { top: 'top', middle: 'middle', bottom: 'bottom' };

/** Sheets puts numbers and dates on the right, TRUE/FALSE in the middle, text and errors on the left. */
function defaultAlignment(value: unknown, isError: boolean): string {
  if (isError) return 'center';
  if (typeof value === 'number') return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}

/** A custom formula by the server's evaluation (the page has no engine); the other rules here. */
function passesValidation(
  sheet: PreviewSheet,
  position: CellPosition,
  validation: ValidationSnapshot,
  value: PlainValue,
): boolean {
  if (validation.criteriaType !== 'CUSTOM_FORMULA') return satisfiesValidation(validation, value);
  return !(sheet.customFormulas?.invalid.includes(`${position.row}:${position.column}`) ?? false);
}

export function cellLook(sheet: PreviewSheet, position: CellPosition, paint: Paint | undefined, lang: Lang): CellLook {
  const r = position.row - 1;
  const c = position.column - 1;
  const inContent = position.row <= sheet.numRows && position.column <= sheet.numColumns;
  if (!inContent) return { text: '', align: 'left', style: '', classes: [], tooltip: null, dropdown: null };

  const value = sheet.values[r]?.[c] ?? '';
  const error = sheet.errors[r]?.[c] ?? null;
  const validation = sheet.validations[r]?.[c] ?? null;
  const note = sheet.notes[r]?.[c] ?? '';
  const background = paint?.background ?? sheet.backgrounds[r]?.[c] ?? null;
  const fontColor = paint?.fontColor ?? sheet.fontColors[r]?.[c] ?? null;
  const bold = paint?.bold ?? sheet.fontWeights[r]?.[c] === 'bold';
  const italic = paint?.italic ?? sheet.fontStyles[r]?.[c] === 'italic';
  const fontSize = sheet.fontSizes[r]?.[c] ?? null;
  const align =
    ALIGNMENTS[(sheet.horizontalAlignments[r]?.[c] ?? '').toLowerCase()] || defaultAlignment(value, error !== null);
  const verticalAlign = VERTICAL_ALIGNMENTS[(sheet.verticalAlignments[r]?.[c] ?? '').toLowerCase()] ?? 'bottom';
  const wrap = sheet.wraps[r]?.[c] ?? false;

  const declarations = [`text-align:${align}`, `vertical-align:${verticalAlign}`];
  // A filled cell hides its gridlines in Sheets: the border takes the fill's colour.
  if (background) declarations.push(`background-color:${background}`, `border-color:${background}`);
  if (fontColor) declarations.push(`color:${fontColor}`);
  if (bold) declarations.push('font-weight:bold');
  if (italic) declarations.push('font-style:italic');
  if (paint?.strikethrough || paint?.underline) {
    declarations.push(
      `text-decoration:${[paint.strikethrough && 'line-through', paint.underline && 'underline'].filter(Boolean).join(' ')}`,
    );
  }
  if (fontSize !== null) declarations.push(`font-size:${fontSize}pt`);

  const classes: string[] = [];
  if (wrap) classes.push('wrap');
  let tooltip: string | null = null;
  if (error) {
    classes.push('has-error');
    tooltip = `${chromeText(lang, 'error_cell')}\n${error.message || error.error}`;
  } else if (validation?.allowInvalid && !passesValidation(sheet, position, validation, value)) {
    // Sheets marks an entry that breaks a warning-only rule rather than refusing it.
    classes.push('has-error');
    tooltip = validation.criteriaType === 'VALUE_IN_LIST' ? chromeText(lang, 'invalid_list_item') : validation.helpText;
  }
  if (note) {
    classes.push('has-note');
    tooltip = tooltip ? `${tooltip}\n\n${note}` : note;
  }
  const dropdown = validation ? dropdownItems(validation) : null;
  if (dropdown) classes.push('has-dropdown');

  return { text: sheet.displayValues[r]?.[c] ?? '', align, style: declarations.join(';'), classes, tooltip, dropdown };
}
