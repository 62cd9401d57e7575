import { builtOnce, defineMessages } from './catalog';

/**
 * Saved column mappings: the sidebar's words for saving, offering, renaming
 * and deleting them (the server's refusals are in
 * column-mapping-server-messages.ts, which the sidebar does not carry).
 */
const columnMappingMessageTable = () =>
  defineMessages({
    en: {
      mapping_name: 'Save the mapping as',
      mapping_name_hint: 'The next file with the same columns is offered this mapping.',
      mapping_name_needed: 'Name the mapping: it is saved for the next file with these columns.',
      mapping_offer: 'These are the columns of the saved mapping «{name}».',
      use_saved_mapping: 'Read with «{name}»',
      read_with_saved: '"{file}" is read with the saved mapping «{name}».',
      saved_title: 'Saved column mappings',
      saved_empty: 'None yet: a mapping is saved when you map the columns of an unknown file.',
      saved_line: '«{name}»: {kind}, {columns:column|columns} in the file',
      saved_rename_label: 'New name for «{name}»',
      saved_rename: 'Rename',
      saved_delete: 'Delete',
      saved_delete_label: 'Delete the mapping «{name}»',
      saved_deleted: 'The mapping «{name}» is deleted.',
      saved_renamed: 'The mapping «{name}» is now «{newName}».',
      saved_saved: 'The mapping «{name}» is saved.',
    },
    ru: {
      mapping_name: 'Сохранить сопоставление под именем',
      mapping_name_hint: 'Следующему файлу с такими же столбцами будет предложено это сопоставление.',
      mapping_name_needed: 'Назовите сопоставление: оно сохранится для следующего файла с такими столбцами.',
      mapping_offer: 'Это столбцы сохранённого сопоставления «{name}».',
      use_saved_mapping: 'Прочитать по «{name}»',
      read_with_saved: 'Файл «{file}» прочитан по сохранённому сопоставлению «{name}».',
      saved_title: 'Сохранённые сопоставления столбцов',
      saved_empty: 'Пока нет: сопоставление сохраняется, когда вы указываете столбцы незнакомого файла.',
      saved_line: '«{name}»: {kind}, в файле {columns:столбец|столбца|столбцов}',
      saved_rename_label: 'Новое имя для «{name}»',
      saved_rename: 'Переименовать',
      saved_delete: 'Удалить',
      saved_delete_label: 'Удалить сопоставление «{name}»',
      saved_deleted: 'Сопоставление «{name}» удалено.',
      saved_renamed: 'Сопоставление «{name}» теперь называется «{newName}».',
      saved_saved: 'Сопоставление «{name}» сохранено.',
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
