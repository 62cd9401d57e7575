/**
 * The preview's own words: Google Sheets' menus and dialogs as the preview
 * draws them, the names Sheets gives a new spreadsheet, and its few tools. Not the add-on's text (that comes from the
 * server code and the sidebar), so it lives here, in English and Russian.
 */
import { defineMessages, translate, type MessageParams } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';

export const chromeMessages = defineMessages({
  en: {
    page_title: '{name} — local preview',
    preview_badge: 'Local preview · no Google account',
    menu_file: 'File',
    menu_edit: 'Edit',
    menu_view: 'View',
    menu_insert: 'Insert',
    menu_format: 'Format',
    menu_data: 'Data',
    menu_tools: 'Tools',
    menu_extensions: 'Extensions',
    menu_help: 'Help',
    menu_preview: 'Preview',
    not_in_preview: 'Not part of the preview',
    hold_document_lock: "A teammate's build holds the document lock",
    reopen_sidebar: 'Reopen the sidebar',
    name_box: 'Name box',
    formula_bar: 'Formula bar',
    all_sheets: 'All sheets',
    add_sheet: 'Add sheet',
    sheet_tabs: 'Sheets',
    close: 'Close',
    ok: 'OK',
    cancel: 'Cancel',
    problem_title: 'There was a problem',
    problem_default: 'The data you entered in cell {cell} violates the data validation rules set on this cell.',
    heads_up_title: 'Heads up!',
    heads_up_text: "You are trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?",
    error_title: 'Error',
    invalid_list_item: 'Invalid: Input must be an item on the specified list',
    error_cell: 'Error',
    sidebar_closed: 'The sidebar is closed. Open it from Extensions → {name}.',
    loading: 'Loading…',
    preview_unreachable: 'The preview server does not answer. Is `npm start` still running?',
    chart_kind: 'Chart: {type}',
    chart_not_drawn: 'The preview shows where a chart is, not the chart itself.',
    new_spreadsheet_name: 'Untitled spreadsheet',
    first_sheet_name: 'Sheet1',
  },
  ru: {
    page_title: '{name} — локальный предпросмотр',
    preview_badge: 'Локальный предпросмотр · без аккаунта Google',
    menu_file: 'Файл',
    menu_edit: 'Правка',
    menu_view: 'Вид',
    menu_insert: 'Вставка',
    menu_format: 'Формат',
    menu_data: 'Данные',
    menu_tools: 'Инструменты',
    menu_extensions: 'Расширения',
    menu_help: 'Справка',
    menu_preview: 'Предпросмотр',
    not_in_preview: 'В предпросмотре недоступно',
    hold_document_lock: 'Сборка коллеги удерживает блокировку документа',
    reopen_sidebar: 'Открыть боковую панель заново',
    name_box: 'Поле имени',
    formula_bar: 'Строка формул',
    all_sheets: 'Все листы',
    add_sheet: 'Добавить лист',
    sheet_tabs: 'Листы',
    close: 'Закрыть',
    ok: 'ОК',
    cancel: 'Отмена',
    problem_title: 'Возникла проблема',
    problem_default: 'Данные, введенные в ячейку {cell}, нарушают правила проверки данных для этой ячейки.',
    heads_up_title: 'Внимание!',
    heads_up_text: 'Вы пытаетесь изменить часть листа, которую не следует менять случайно. Все равно изменить?',
    error_title: 'Ошибка',
    invalid_list_item: 'Недопустимо: значение должно быть из указанного списка',
    error_cell: 'Ошибка',
    sidebar_closed: 'Боковая панель закрыта. Откройте ее: Расширения → {name}.',
    loading: 'Загрузка…',
    preview_unreachable: 'Сервер предпросмотра не отвечает. `npm start` еще работает?',
    chart_kind: 'Диаграмма: {type}',
    chart_not_drawn: 'Предпросмотр показывает, где диаграмма, но не рисует ее.',
    new_spreadsheet_name: 'Новая таблица',
    first_sheet_name: 'Лист1',
  },
});

export type ChromeMessageKey = keyof typeof chromeMessages.en;

export function chromeText(lang: Lang, key: ChromeMessageKey, params?: MessageParams): string {
  return translate(chromeMessages, lang, key, params);
}
