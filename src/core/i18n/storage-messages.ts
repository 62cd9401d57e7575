import { builtOnce, defineMessages } from './catalog';

/**
 * What the add-on says when what it must store would not fit in the
 * spreadsheet's document properties (Apps Script keeps at most 500 KB per
 * store): refused before anything is written, saying what to shorten.
 */
const storageMessageTable = () =>
  defineMessages({
    en: {
      too_large:
        "This is too much to store in the spreadsheet: the template would need {needed} KB, and Google keeps at most {limit} KB of an add-on's data per spreadsheet ({others} KB of it hold the add-on's other data). Shorten the names of channels, roles and people, or remove channels or people, and try again. Nothing was changed.",
    },
    ru: {
      too_large:
        'Столько не сохранить в таблице: шаблону нужно {needed} КБ, а Google хранит не более {limit} КБ данных надстройки в одной таблице (из них {others} КБ занимают другие её данные). Сократите названия каналов и ролей, имена людей или уберите часть каналов или людей и повторите. Ничего не изменено.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const storageMessages = {
  get en() {
    return builtOnce(storageMessageTable).en;
  },
  get ru() {
    return builtOnce(storageMessageTable).ru;
  },
};
