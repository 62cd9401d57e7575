import { builtOnce, defineMessages } from './catalog';

/**
 * The sidebar's "Import data" section, and the names of the exports the
 * import recognises (the server's log names them too).
 */
const importSectionMessageTable = () => defineMessages({
  en: {
    section_title: 'Import data',
    section_intro: 'CSV or TSV exports from ad cabinets (Yandex Direct, VK Ads, Google Ads, Yandex Metrica expenses) and CRMs (amoCRM, Bitrix24). Nothing is written until you confirm.',
    choose_files: 'Choose files',
    files_label: 'Export files (CSV, TSV)',
    reader_loading: 'Loading the file reader…',
    reader_failed: 'The file reader could not be loaded. Try again.',
    reading_file: 'Reading "{file}"…',
    file_too_large: '"{file}" is {size} MB; a file may be at most {limit} MB. Export a shorter period.',
    file_read: '"{file}": {format}, {rows:row|rows} counted.',
    file_nothing: '"{file}": nothing to import.',
    problems_title: 'Rows not read',
    problem_line: '"{file}": {problem}',
    problems_more: '…and {count:more|more}.',
    unmapped_title: 'Sources with no channel (not counted)',
    unmapped_line: '{source}: {rows:row|rows}, {money}',
    unmapped_channel: 'Channel for {source}',
    unmapped_none: 'Not counted',
    stages_title: 'CRM stages that count as a qualified lead',
    preview_title: 'What changes on the KPI tab',
    preview_row: '{month}, {channel}',
    preview_cell: '{field}: {before} → {after} ({rows:row|rows})',
    preview_blank: 'empty',
    typed_replace: 'typed by hand: replace',
    confirm_import: 'Import into the KPI tab',
    clear_files: 'Clear',
    log_title: 'Import log',
    log_empty: 'No imports yet.',
    log_line: '{when}, {who}: {files}. Cells written: {cells}.',
    log_undone: 'undone',
    log_unknown_person: 'someone',
    undo: 'Undo this import',
  },
  ru: {
    section_title: 'Импорт данных',
    section_intro: 'Выгрузки CSV или TSV из рекламных кабинетов (Яндекс Директ, VK Реклама, Google Ads, расходы Яндекс Метрики) и CRM (amoCRM, Битрикс24). Ничего не записывается, пока вы не подтвердите.',
    choose_files: 'Выбрать файлы',
    files_label: 'Файлы выгрузок (CSV, TSV)',
    reader_loading: 'Загружаем модуль чтения файлов…',
    reader_failed: 'Не удалось загрузить модуль чтения файлов. Попробуйте ещё раз.',
    reading_file: 'Читаем «{file}»…',
    file_too_large: 'Файл «{file}» весит {size} МБ, а можно не больше {limit} МБ. Выгрузите период покороче.',
    file_read: '«{file}»: {format}, учтено {rows:строка|строки|строк}.',
    file_nothing: '«{file}»: импортировать нечего.',
    problems_title: 'Непрочитанные строки',
    problem_line: '«{file}»: {problem}',
    problems_more: '…и ещё {count}.',
    unmapped_title: 'Источники без канала (не учтены)',
    unmapped_line: '{source}: {rows:строка|строки|строк}, {money}',
    unmapped_channel: 'Канал для {source}',
    unmapped_none: 'Не учитывать',
    stages_title: 'Этапы CRM, на которых лид считается квалифицированным',
    preview_title: 'Что изменится на вкладке KPI',
    preview_row: '{month}, {channel}',
    preview_cell: '{field}: {before} → {after} ({rows:строка|строки|строк})',
    preview_blank: 'пусто',
    typed_replace: 'введено вручную: заменить',
    confirm_import: 'Загрузить на вкладку KPI',
    clear_files: 'Убрать файлы',
    log_title: 'Журнал импорта',
    log_empty: 'Импортов пока не было.',
    log_line: '{when}, {who}: {files}. Записано ячеек: {cells}.',
    log_undone: 'отменён',
    log_unknown_person: 'кто-то',
    undo: 'Отменить этот импорт',
  },
});

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const importSectionMessages = {
  get en() {
    return builtOnce(importSectionMessageTable).en;
  },
  get ru() {
    return builtOnce(importSectionMessageTable).ru;
  },
};

export type ImportSectionMessageKey = keyof typeof importSectionMessages.en;
