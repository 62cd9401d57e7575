import { builtOnce, defineMessages } from './catalog';

/** Messages of the server actions that are not tied to one feature. */
const serverMessageTable = () =>
  defineMessages({
    en: {
      busy: "Another change to the template is running (perhaps a teammate's). Try again in a moment.",
      invalid_settings: 'The settings are not valid: {details}',
      invalid_language: 'Unknown language "{value}": expected en or ru.',
      settings_not_saved: 'Save the template settings first.',
    },
    ru: {
      busy: 'Сейчас выполняется другое изменение шаблона (возможно, коллеги). Повторите через минуту.',
      invalid_settings: 'Настройки заполнены неверно: {details}',
      invalid_language: 'Неизвестный язык «{value}»: нужен en или ru.',
      settings_not_saved: 'Сначала сохраните настройки шаблона.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const serverMessages = {
  get en() {
    return builtOnce(serverMessageTable).en;
  },
  get ru() {
    return builtOnce(serverMessageTable).ru;
  },
};
