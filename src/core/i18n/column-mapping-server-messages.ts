import { builtOnce, defineMessages } from './catalog';

/** Saved column mappings: the server's refusals (the sidebar's words are in column-mapping-messages.ts). */
const columnMappingServerMessageTable = () =>
  defineMessages({
    en: {
      invalid_mapping: 'The column mapping cannot be read: {details}.',
      mapping_unknown: 'There is no saved mapping «{name}» any more.',
      mapping_name_taken: 'A mapping named «{name}» is already saved: choose another name.',
      too_many_mappings: 'At most {max:mapping|mappings} can be saved: delete one you no longer use.',
    },
    ru: {
      invalid_mapping: 'Не удалось прочитать сопоставление столбцов: {details}.',
      mapping_unknown: 'Сохранённого сопоставления «{name}» больше нет.',
      mapping_name_taken: 'Сопоставление с именем «{name}» уже сохранено: выберите другое имя.',
      too_many_mappings:
        'Можно сохранить не больше {max:сопоставления|сопоставлений|сопоставлений}: удалите то, которым больше не пользуетесь.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const columnMappingServerMessages = {
  get en() {
    return builtOnce(columnMappingServerMessageTable).en;
  },
  get ru() {
    return builtOnce(columnMappingServerMessageTable).ru;
  },
};

export type ColumnMappingServerMessageKey = keyof typeof columnMappingServerMessages.en;
