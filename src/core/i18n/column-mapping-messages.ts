import { builtOnce, defineMessages } from './catalog';

/**
 * Saved column mappings: the sidebar's words for saving, offering, renaming
 * and deleting them (the server's refusals are in
 * column-mapping-server-messages.ts, which the sidebar does not carry).
 */
const columnMappingMessageTable = () =>
  defineMessages({
    en: {
      mapping_name: 'Save as (offered for the next file with these columns)',
      mapping_name_needed: 'Name the mapping.',
      mapping_offer: 'Columns of the saved mapping «{name}».',
      use_saved_mapping: 'Read with «{name}»',
      saved_empty: 'None yet: a mapping is saved when you map the columns of an unknown file.',
      saved_line: '«{name}»: {kind}, {columns:column|columns} in the file',
      saved_rename_label: 'New name for «{name}»',
      saved_rename: 'Rename',
      saved_delete: 'Delete',
      saved_delete_label: 'Delete the mapping «{name}»',
      saved_deleted: 'The mapping «{name}» is deleted.',
      saved_renamed: 'The mapping «{name}» is now «{newName}».',
    },
    ru: {
      mapping_name: 'Сохранить как (предложим для следующего файла с такими же столбцами)',
      mapping_name_needed: 'Назовите сопоставление.',
      mapping_offer: 'Столбцы сохранённого сопоставления «{name}».',
      use_saved_mapping: 'Прочитать по сопоставлению «{name}»',
      saved_empty:
        'Сохранённых сопоставлений пока нет: сопоставление сохраняется, когда вы указываете столбцы незнакомого файла.',
      saved_line: '«{name}»: {kind}, в файле {columns:столбец|столбца|столбцов}',
      saved_rename_label: 'Новое имя для «{name}»',
      saved_rename: 'Переименовать',
      saved_delete: 'Удалить',
      saved_delete_label: 'Удалить сопоставление «{name}»',
      saved_deleted: 'Сопоставление «{name}» удалено.',
      saved_renamed: 'Сопоставление «{name}» теперь называется «{newName}».',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const columnMappingMessages = {
  get en() {
    return builtOnce(columnMappingMessageTable).en;
  },
  get ru() {
    return builtOnce(columnMappingMessageTable).ru;
  },
};

export type ColumnMappingMessageKey = keyof typeof columnMappingMessages.en;
