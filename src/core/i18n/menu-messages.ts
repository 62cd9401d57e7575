import { defineMessages } from './catalog';

/** The add-on menu. Its title is the add-on's name, which Sheets shows itself. */
export const menuMessages = defineMessages({
  en: {
    open_sidebar: 'Open sidebar',
  },
  ru: {
    open_sidebar: 'Открыть боковую панель',
  },
});
