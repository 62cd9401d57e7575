import { translate, type MessageParams } from '../core/i18n/catalog';
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

/** Every field a problem may carry; each is worded the same way in every message that names it. */
interface ProblemFields {
  kind: ArgumentProblem['kind'];
  arg?: string;
  otherArg?: string;
  position?: CellPosition;
  shape?: Shape;
  otherShape?: Shape;
  value?: string | number;
  min?: number;
  columns?: number;
}

/** The message a problem gets: its kind's, except where one kind has several wordings or shares another's. */
function messageKey(problem: ArgumentProblem): keyof typeof functionMessages.en {
  if (problem.kind === 'raci_cell_invalid') return RACI_CELL_MESSAGE[problem.labelHint ?? 'none'];
  if (problem.kind === 'not_positive') return 'target_cpl_not_positive';
  return problem.kind;
}

/** The whole message for a problem, starting with the function's name. */
export function problemMessage(fn: string, problem: ArgumentProblem, lang: Lang): string {
  const fields: ProblemFields = problem;
  const params: MessageParams = { fn };
  if (fields.arg !== undefined) params.arg = argumentLabel(fields.arg, lang);
  if (fields.otherArg !== undefined) params.otherArg = argumentLabel(fields.otherArg, lang);
  if (fields.position) params.where = describePosition(fields.position, lang);
  if (fields.shape) params.shape = describeShape(fields.shape, lang);
  if (fields.otherShape) params.otherShape = describeShape(fields.otherShape, lang);
  if (fields.min !== undefined) params.min = fields.min;
  if (fields.columns !== undefined) params.columns = fields.columns;
  if (fields.value !== undefined)
    // A fractional count as typed, with the language's decimal mark: rounding could show 0.0000001 as 0.
    params.value =
      problem.kind === 'fractional_count' && lang === 'ru'
        ? String(fields.value).replace('.', ',')
        : String(fields.value);
  return translate(functionMessages, lang, messageKey(problem), params);
}
