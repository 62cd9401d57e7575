import { translate } from '../core/i18n/catalog';
import { argumentLabel } from '../core/i18n/argument-names';
import { functionMessages } from '../core/i18n/function-messages';
import type { Lang } from '../core/i18n/lang';
import { countNoun } from '../core/i18n/plural';
import type { ArgumentProblem, CellPosition, Shape } from '../core/sheet-values';

const ROWS = { en: ['row', 'rows', 'rows'], ru: ['строка', 'строки', 'строк'] } as const;
const COLUMNS = { en: ['column', 'columns', 'columns'], ru: ['столбец', 'столбца', 'столбцов'] } as const;

/** A misread matrix cell's message, with a hint when it looks like a header or a direction's name caught in the range. */
const RACI_CELL_MESSAGE = {
  none: 'raci_cell_invalid',
  header_row: 'raci_cell_header_row',
  label_column: 'raci_cell_label_column',
} as const;

export function describeShape(shape: Shape, lang: Lang): string {
  return `${countNoun(lang, shape.rows, ROWS)} × ${countNoun(lang, shape.columns, COLUMNS)}`;
}

function describePosition(position: CellPosition, lang: Lang): string {
  return position.column === undefined
    ? translate(functionMessages, lang, 'where_row', { row: position.row })
    : translate(functionMessages, lang, 'where_cell', { row: position.row, column: position.column });
}

/** The whole message for a problem, starting with the function's name. */
export function problemMessage(fn: string, problem: ArgumentProblem, lang: Lang): string {
  switch (problem.kind) {
    case 'text_number':
    case 'error_value':
    case 'boolean_value':
    case 'date_value':
    case 'unsupported_value':
    case 'negative_value':
    case 'digit_text':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel(problem.arg, lang),
        where: describePosition(problem.position, lang),
        value: problem.value,
      });
    case 'fractional_count':
      return translate(functionMessages, lang, 'fractional_count', {
        fn,
        arg: argumentLabel(problem.arg, lang),
        where: describePosition(problem.position, lang),
        // As typed, with the language's decimal mark: rounding could show 0.0000001 as 0.
        value: lang === 'ru' ? String(problem.value).replace('.', ',') : String(problem.value),
      });
    case 'only_text':
      return translate(functionMessages, lang, 'only_text', {
        fn,
        arg: argumentLabel(problem.arg, lang),
        value: problem.value,
      });
    case 'ragged_range':
    case 'missing_argument':
      return translate(functionMessages, lang, problem.kind, { fn, arg: argumentLabel(problem.arg, lang) });
    case 'shape_mismatch':
      return translate(functionMessages, lang, 'shape_mismatch', {
        fn,
        arg: argumentLabel(problem.arg, lang),
        shape: describeShape(problem.shape, lang),
        otherArg: argumentLabel(problem.otherArg, lang),
        otherShape: describeShape(problem.otherShape, lang),
      });
    case 'single_value_expected':
    case 'single_column_expected':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel(problem.arg, lang),
        shape: describeShape(problem.shape, lang),
      });
    case 'zero_leads':
    case 'zero_cost':
    case 'result_not_finite':
      return translate(functionMessages, lang, problem.kind, { fn });
    case 'margin_out_of_range':
      return translate(functionMessages, lang, problem.kind, { fn, value: problem.value });
    case 'min_leads_invalid':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel('min_leads', lang),
        value: problem.value,
      });
    case 'target_cpl_not_positive':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel('target_cpl', lang),
        where: describePosition(problem.position, lang),
        value: problem.value,
      });
    case 'whole_number_expected':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel(problem.arg, lang),
        value: problem.value,
        min: problem.min,
      });
    case 'raci_cell_invalid':
      return translate(functionMessages, lang, RACI_CELL_MESSAGE[problem.labelHint ?? 'none'], {
        fn,
        arg: argumentLabel(problem.arg, lang),
        where: describePosition(problem.position, lang),
        value: problem.value,
      });
    case 'raci_letter_repeated':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel(problem.arg, lang),
        where: describePosition(problem.position, lang),
        value: problem.value,
      });
    case 'names_shape_mismatch':
      return translate(functionMessages, lang, problem.kind, {
        fn,
        arg: argumentLabel(problem.arg, lang),
        shape: describeShape(problem.shape, lang),
        otherArg: argumentLabel(problem.otherArg, lang),
        columns: problem.columns,
      });
  }
}
