import { builtOnce, defineMessages } from './catalog';

/**
 * Importing exports into the KPI tab, the server's words: the preview,
 * results, the log and undo. (Why a file or a row could not be read is in
 * import-messages.ts, with the core; the sidebar's section has its own table,
 * import-section-messages.ts, which Code.js does not carry.)
 */
const dataImportMessageTable = () =>
  defineMessages({
    en: {
      field_request: 'import request',
      field_file: 'file {index} ("{name}")',
      field_figure: 'file {index} ("{name}"), figure {figure}',
      field_overwrite: 'cells to replace',
      invalid_request: 'The import cannot be read: {details}.',
      unknown_channel:
        '"{file}" has figures for the channel "{channel}", which the template does not have. Map that source to one of the template\'s channels.',
      month_outside_year: '"{file}" has figures for {month}, outside the template\'s year {year}. Nothing was written.',
      needs_settings: 'Save the KPI template first: the import fills the months and channels of its KPI tab.',
      tab_not_found: 'That tab is no longer in the spreadsheet. Choose a tab from the list again.',
      tab_is_own: 'The tab "{tab}" is the add-on\'s own; choose the tab that holds the export.',
      tab_too_large:
        'The tab "{tab}" has {cells:cell|cells}; one import reads at most {limit}. Download the export as a CSV file and choose the file instead.',
      preview_summary:
        'Cells to change: {changes}. Already up to date: {unchanged}. Typed by hand (kept unless ticked): {typed}.',
      preview_nothing: 'The KPI tab already holds these figures: importing changes nothing.',
      preview_rows_added: 'Rows the KPI tab lacks and gets, as the template adds them: {count}.',
      nothing_changed: 'Nothing changed: the KPI tab already holds these figures.',
      imported: 'Imported: cells written: {cells}.',
      imported_kept_typed: 'Cells typed by hand, kept as they were: {cells}.',
      imported_rows_added: 'Rows added to the KPI tab: {count}.',
      imported_by_won_month: 'Customers and revenue are counted in the month the deal was won.',
      changed_meanwhile: 'Cells someone changed while the import ran (left as they are): {cells}.',
      undo_done: 'Import undone: cells restored: {cells}.',
      undo_edited: 'Cells changed since the import, left as they are: {cells}.',
      undo_not_latest: 'Only the latest import can be undone, and only while its record is kept.',
      undo_unknown: 'This import is no longer in the log.',
      no_kpi_tab: 'The spreadsheet has no KPI tab: there is nothing to undo.',
      log_files: '{files}: {period}',
      preview_blank: 'empty',
      cell_note: 'Imported: "{file}", {day}',
      preview_vat_taken_out: 'Spend of "{file}" is written without VAT: {rate} % taken out.',
    },
    ru: {
      field_request: 'запрос на импорт',
      field_file: 'файл {index} («{name}»)',
      field_figure: 'файл {index} («{name}»), строка итогов {figure}',
      field_overwrite: 'ячейки для замены',
      invalid_request: 'Не удалось прочитать импорт: {details}.',
      unknown_channel:
        'В файле «{file}» есть цифры для канала «{channel}», которого нет в шаблоне. Сопоставьте этот источник одному из каналов шаблона.',
      month_outside_year: 'В файле «{file}» есть цифры за {month} — это вне года шаблона ({year}). Ничего не записано.',
      needs_settings: 'Сначала сохраните шаблон KPI: импорт заполняет месяцы и каналы его листа KPI.',
      tab_not_found: 'Этого листа больше нет в таблице. Выберите лист из списка ещё раз.',
      tab_is_own: 'Лист «{tab}» — служебный лист дополнения; выберите лист, на котором лежит выгрузка.',
      tab_too_large:
        'На листе «{tab}» {cells:ячейка|ячейки|ячеек}, а за один импорт читается не больше {limit}. Скачайте выгрузку файлом CSV и выберите файл.',
      preview_summary:
        'Изменится ячеек: {changes}. Уже совпадают: {unchanged}. Заполнены вручную (останутся, если не отметить): {typed}.',
      preview_nothing: 'На листе KPI уже эти цифры: импорт ничего не изменит.',
      preview_rows_added:
        'Строк, которых нет на листе KPI и которые будут добавлены, как их добавляет шаблон: {count}.',
      nothing_changed: 'Ничего не изменилось: на листе KPI уже эти цифры.',
      imported: 'Импорт выполнен, записано ячеек: {cells}.',
      imported_kept_typed: 'Ячейки, заполненные вручную, оставлены как были: {cells}.',
      imported_rows_added: 'Добавлено строк на лист KPI: {count}.',
      imported_by_won_month: 'Клиенты и выручка учтены в месяце, когда сделка выиграна.',
      changed_meanwhile: 'Ячейки, которые кто-то изменил во время импорта (оставлены как есть): {cells}.',
      undo_done: 'Импорт отменён, восстановлено ячеек: {cells}.',
      undo_edited: 'Ячейки, изменённые после импорта, оставлены как есть: {cells}.',
      undo_not_latest: 'Отменить можно только последний импорт и только пока хранится его запись.',
      undo_unknown: 'Этого импорта уже нет в журнале.',
      no_kpi_tab: 'В таблице нет листа KPI: отменять нечего.',
      log_files: '{files}: {period}',
      preview_blank: 'пусто',
      cell_note: 'Импорт: «{file}», {day}',
      preview_vat_taken_out: 'Расход из «{file}» записывается без НДС: НДС {rate} % вычтен.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const dataImportMessages = {
  get en() {
    return builtOnce(dataImportMessageTable).en;
  },
  get ru() {
    return builtOnce(dataImportMessageTable).ru;
  },
};

export type DataImportMessageKey = keyof typeof dataImportMessages.en;
