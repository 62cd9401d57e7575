import { builtOnce, defineMessages } from './catalog';

/**
 * Importing an ad-cabinet or CRM export: why a file or a row could not be
 * read. Each message says which row, which column and what was expected.
 */
const importMessageTable = () =>
  defineMessages({
    en: {
      empty_file: '"{file}" is empty.',
      binary_file:
        '"{file}" is not a text file (it looks like an image, a PDF or an archive). Export the report as CSV and choose that file.',
      spreadsheet_file:
        '"{file}" is a workbook that cannot be read (an old .xls, or not an XLSX). Save it as XLSX or CSV (File → Save as) and choose that file.',
      html_table:
        '"{file}" is a web page, not a CSV (Bitrix24 saves its «Excel» export this way). Export as CSV instead.',
      unknown_header:
        'The columns of "{file}" are not those of a known export (the first row with several columns is row {row}). Say which column holds the date, the source and the amount.',
      mapping_column_missing: 'The column "{column}" chosen for the {role} is not in the file\'s header.',
      no_date_column:
        'The file has no date column, so its figures cannot be put in months. Export the report segmented by day.',
      no_amount_column: 'The file has no spend column.',
      no_rows: '"{file}" has a header but no data rows.',
      bad_date: 'Row {row}, column "{column}": "{value}" is not a date (expected dd.mm.yyyy or yyyy-mm-dd).',
      missing_date: 'Row {row}, column "{column}": the date is empty.',
      bad_amount: 'Row {row}, column "{column}": "{value}" is not a number.',
      bad_won_date:
        'Row {row}, column "{column}": the deal is won but "{value}" is not a close date, so it is not counted as a customer.',
      mixed_currencies:
        'The file mixes currencies ({currencies}): its amounts are not added up. Export one currency per file.',
      currency_mismatch: "The file's amounts are in {found}, the template counts in {expected}: they are not added up.",
      rows_outside_year: 'Rows dated outside {year}, not counted: {count}.',
      metrica_holds_direct:
        '"{file}" holds {rows:row|rows} of Yandex Direct spend (by their utm_source and utm_medium tags): Metrica already has Direct\'s costs, so importing them here and from Direct counts them twice. Leave Direct out of the Metrica file, or import Direct only from its own export.',
      all_outside_year:
        'Every date in "{file}" is outside {year}: nothing is counted. Check the export\'s period or the template\'s year.',

      role_date: 'date',
      role_campaign: 'campaign',
      role_spend: 'spend',
      role_currency: 'currency',
      role_source: 'source',
      role_utmSource: 'utm_source',
      role_utmMedium: 'utm_medium',
      role_utmCampaign: 'utm_campaign',
      role_stage: 'stage',
      role_amount: 'amount',
      role_wonDate: 'close date',
    },
    ru: {
      empty_file: 'Файл «{file}» пуст.',
      binary_file:
        'Файл «{file}» не текстовый (похож на картинку, PDF или архив). Выгрузите отчёт в CSV и выберите этот файл.',
      spreadsheet_file:
        'Файл «{file}» — книга Excel, которую не удаётся прочитать (старый формат .xls или другой формат, не XLSX). Сохраните её как XLSX или CSV (Файл → Сохранить как) и выберите этот файл.',
      html_table:
        'Файл «{file}» — веб-страница, а не CSV (так Битрикс24 сохраняет выгрузку «в Excel»). Выгрузите в CSV.',
      unknown_header:
        'Столбцы файла «{file}» не похожи ни на одну известную выгрузку (первая строка с несколькими столбцами — строка {row}). Укажите, в каком столбце дата, источник и сумма.',
      mapping_column_missing: 'Столбца «{column}», выбранного как {role}, нет в заголовке файла.',
      no_date_column:
        'В файле нет столбца с датой, поэтому цифры не разложить по месяцам. Выгрузите отчёт с разбивкой по дням.',
      no_amount_column: 'В файле нет столбца с расходом.',
      no_rows: 'В файле «{file}» есть заголовок, но нет строк с данными.',
      bad_date: 'Строка {row}, столбец «{column}»: «{value}» — не дата (ожидается дд.мм.гггг или гггг-мм-дд).',
      missing_date: 'Строка {row}, столбец «{column}»: дата не заполнена.',
      bad_amount: 'Строка {row}, столбец «{column}»: «{value}» — не число.',
      bad_won_date:
        'Строка {row}, столбец «{column}»: сделка выиграна, но «{value}» — не дата закрытия, поэтому клиентом она не засчитана.',
      mixed_currencies:
        'В файле несколько валют ({currencies}): суммы не складываются. Выгружайте по одной валюте на файл.',
      currency_mismatch: 'Суммы в файле в валюте {found}, а шаблон считает в {expected}: они не складываются.',
      rows_outside_year: 'Не учтено строк с датой вне {year} года: {count}.',
      metrica_holds_direct:
        'В файле «{file}» {rows:строка|строки|строк} с расходом Яндекс Директа (по меткам utm_source и utm_medium): Метрика уже получает расходы Директа, поэтому если импортировать их и отсюда, и из выгрузки Директа, они учтутся дважды. Уберите Директ из файла Метрики или импортируйте Директ только из его собственной выгрузки.',
      all_outside_year:
        'Все даты в файле «{file}» вне {year} года: ничего не учтено. Проверьте период выгрузки или год шаблона.',

      role_date: 'дата',
      role_campaign: 'кампания',
      role_spend: 'расход',
      role_currency: 'валюта',
      role_source: 'источник',
      role_utmSource: 'utm_source',
      role_utmMedium: 'utm_medium',
      role_utmCampaign: 'utm_campaign',
      role_stage: 'этап',
      role_amount: 'сумма',
      role_wonDate: 'дата закрытия',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const importMessages = {
  get en() {
    return builtOnce(importMessageTable).en;
  },
  get ru() {
    return builtOnce(importMessageTable).ru;
  },
};

export type ImportMessageKey = keyof typeof importMessages.en;
