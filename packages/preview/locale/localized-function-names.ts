/**
 * Function names a Russian spreadsheet accepts besides the English ones.
 * Sheets lets the functions be written in the spreadsheet's language
 * ("You can switch the language of functions in Google Sheets. Choose
 * between English and 21 other languages": the Google Sheets function list,
 * https://support.google.com/docs/table/25273), and always stores and
 * returns them in English (`getFormulas()`), so a typed Russian name is
 * translated before it is stored. The common ones a marketing head types;
 * the add-on's own functions (ROMI, CPL, …) have only their English names.
 */
export const RUSSIAN_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  СУММ: 'SUM',
  СРЗНАЧ: 'AVERAGE',
  СЧЁТ: 'COUNT',
  СЧЕТ: 'COUNT',
  СЧЁТЗ: 'COUNTA',
  СЧЕТЗ: 'COUNTA',
  СЧЁТЕСЛИ: 'COUNTIF',
  СЧЕТЕСЛИ: 'COUNTIF',
  СУММЕСЛИ: 'SUMIF',
  МИН: 'MIN',
  МАКС: 'MAX',
  ОКРУГЛ: 'ROUND',
  ЕСЛИ: 'IF',
  ЕСЛИОШИБКА: 'IFERROR',
  И: 'AND',
  ИЛИ: 'OR',
  НЕ: 'NOT',
  ВПР: 'VLOOKUP',
  СЕГОДНЯ: 'TODAY',
  ДАТА: 'DATE',
  ИСТИНА: 'TRUE',
  ЛОЖЬ: 'FALSE',
};

/** The logical constants, which stand without brackets too. */
export const RUSSIAN_CONSTANTS: Readonly<Record<string, string>> = { ИСТИНА: 'TRUE', ЛОЖЬ: 'FALSE' };
