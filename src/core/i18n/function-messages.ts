import { builtOnce, defineMessages } from './catalog';

/**
 * Messages of the custom functions. Every error names the function, the
 * argument, the row where there is one, and what was expected.
 */
const functionMessageTable = () =>
  defineMessages({
    en: {
      where_row: 'row {row}',
      where_cell: 'row {row}, column {column}',
      text_number: '{fn}: {arg}, {where}: "{value}" is text; enter it as a number',
      digit_text:
        '{fn}: {arg}, {where}: "{value}" is text with digits among the numbers; enter an amount or a count as a number, and put a label above the first number',
      fractional_count:
        '{fn}: {arg}, {where}: {value} is not a whole number; leads and customers are counted in whole numbers (12, not 12.5)',
      only_text:
        '{fn}: {arg} holds text ("{value}") and no number; pick the column with the numbers, or enter the number in digits',
      error_value: '{fn}: {arg}, {where}: the cell holds the error {value}; fix that cell first',
      boolean_value: '{fn}: {arg}, {where}: {value} is a TRUE/FALSE value; expected a number',
      date_value: '{fn}: {arg}, {where}: a date; expected a number',
      unsupported_value: '{fn}: {arg}, {where}: {value} is not a number',
      negative_value: '{fn}: {arg}, {where}: {value} is negative; expected 0 or more',
      ragged_range: '{fn}: {arg} is not a rectangular range; pass a range of cells',
      shape_mismatch:
        '{fn}: {arg} is {shape} but {otherArg} is {otherShape}; give ranges of the same size, one row per channel',
      single_value_expected: '{fn}: {arg} must be a single value, not a range of {shape}',
      single_column_expected: '{fn}: {arg} must be one column (one row per channel), not {shape}',
      missing_argument: '{fn}: {arg} is required',
      zero_leads: '{fn}: leads add up to 0, so there is no cost per lead; check the leads range',
      zero_cost: '{fn}: cost adds up to 0, so there is no return on it; check the cost range',
      result_not_finite: '{fn}: the result is too large to show; check that the ranges hold amounts and lead counts',
      margin_out_of_range: '{fn}: margin must be above 0 % and at most 100 % (enter 30 % or 0.3); got {value}',
      target_cpl_not_positive: '{fn}: {arg}, {where}: must be above 0; got {value}',
      min_leads_invalid: '{fn}: {arg} must be a whole number, 0 or more; got {value}',
      whole_number_expected: '{fn}: {arg} must be a whole number, {min} or more; got {value}',
      raci_cell_invalid:
        '{fn}: {arg}, {where}: "{value}" is not R, A, C or I; leave the cell blank or write one or more of these letters, e.g. "A/R"',
      raci_cell_header_row:
        '{fn}: {arg}, {where}: "{value}" is not R, A, C or I; if it is a header, start the range on the row below it',
      raci_cell_label_column:
        '{fn}: {arg}, {where}: "{value}" is not R, A, C or I; if it is the name of a direction, start the range at the column right of the names',
      raci_letter_repeated:
        '{fn}: {arg}, {where}: "{value}" repeats a letter; write each of R, A, C, I at most once, e.g. "A/R"',
      names_shape_mismatch:
        '{fn}: {arg} must be one row with a name for each of the {columns:column|columns} of {otherArg}; got {shape}',
    },
    ru: {
      where_row: 'строка {row}',
      where_cell: 'строка {row}, столбец {column}',
      text_number: '{fn}: {arg}, {where}: «{value}» записано как текст; введите это число как число',
      digit_text:
        '{fn}: {arg}, {where}: «{value}» — текст с цифрами среди чисел; сумму или количество введите числом, а подпись поставьте выше первого числа',
      fractional_count:
        '{fn}: {arg}, {where}: {value} — не целое число; лиды и клиенты считаются целыми числами (12, а не 12,5)',
      only_text:
        '{fn}: в аргументе «{arg}» только текст («{value}») и ни одного числа; выберите столбец с числами или введите число цифрами',
      error_value: '{fn}: {arg}, {where}: в ячейке ошибка {value}; сначала исправьте эту ячейку',
      boolean_value: '{fn}: {arg}, {where}: {value} — логическое значение; нужно число',
      date_value: '{fn}: {arg}, {where}: дата; нужно число',
      unsupported_value: '{fn}: {arg}, {where}: {value} — не число',
      negative_value: '{fn}: {arg}, {where}: {value} — отрицательное число; нужно 0 или больше',
      ragged_range: '{fn}: {arg} — не прямоугольный диапазон; передайте диапазон ячеек',
      shape_mismatch:
        '{fn}: {arg} — {shape}, а {otherArg} — {otherShape}; нужны диапазоны одного размера, строка на канал',
      single_value_expected: '{fn}: {arg}: нужно одно значение, а не диапазон {shape}',
      single_column_expected: '{fn}: {arg}: нужен один столбец (строка на канал), а не {shape}',
      missing_argument: '{fn}: {arg} — аргумент не указан',
      zero_leads: '{fn}: сумма лидов равна 0, стоимость лида не определена; проверьте диапазон лидов',
      zero_cost: '{fn}: сумма затрат равна 0, окупаемость не определена; проверьте диапазон затрат',
      result_not_finite: '{fn}: результат слишком велик; проверьте, что в диапазонах суммы и количество лидов',
      margin_out_of_range:
        '{fn}: маржа должна быть больше 0 % и не больше 100 % (введите 30 % или 0,3); получено {value}',
      target_cpl_not_positive: '{fn}: {arg}, {where}: нужно число больше 0; получено {value}',
      min_leads_invalid: '{fn}: {arg}: нужно целое число, 0 или больше; получено {value}',
      whole_number_expected: '{fn}: {arg}: нужно целое число, {min} или больше; получено {value}',
      raci_cell_invalid:
        '{fn}: {arg}, {where}: «{value}» — не R, A, C или I; оставьте ячейку пустой или впишите одну или несколько этих букв, например «A/R»',
      raci_cell_header_row:
        '{fn}: {arg}, {where}: «{value}» — не R, A, C или I; если это заголовок, начните диапазон со строки под ним',
      raci_cell_label_column:
        '{fn}: {arg}, {where}: «{value}» — не R, A, C или I; если это название направления, начните диапазон со столбца правее названий',
      raci_letter_repeated:
        '{fn}: {arg}, {where}: в «{value}» повторяется буква; пишите каждую из R, A, C, I не больше одного раза, например «A/R»',
      names_shape_mismatch:
        '{fn}: {arg}: нужна одна строка с названием для каждого столбца аргумента {otherArg} (всего {columns:столбец|столбца|столбцов}); получено {shape}',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const functionMessages = {
  get en() {
    return builtOnce(functionMessageTable).en;
  },
  get ru() {
    return builtOnce(functionMessageTable).ru;
  },
};
