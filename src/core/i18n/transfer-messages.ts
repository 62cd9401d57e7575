import { builtOnce, defineMessages } from './catalog';

/**
 * Exporting the template to a file and importing one, in the user's own
 * language: why a file is refused (each message names the field), what an
 * import would change, and what it did.
 */
const transferMessageTable = () =>
  defineMessages({
    en: {
      exported: 'Template exported: {channels:channel|channels}, {roles:role|roles}, {people:person|people}.',
      exported_with_emails: "The file holds the people's emails: share it only with whom you would show them.",
      exported_without_emails:
        'The file holds no emails; importing it keeps the emails a spreadsheet has for the same people.',
      exported_no_matrix: 'There is no Roles tab yet, so the file holds no responsibility matrix.',

      import_empty: 'Paste a template file (JSON) first.',
      import_too_large:
        'The file is too large: {size} KB, while a template is at most {max} KB. Paste a file made by Export.',
      import_truncated:
        'The file ends too early: it looks cut off. Copy the whole file, from the first {open} to the last {close}, and paste it again.',
      import_not_json: 'This is not valid JSON. Paste the file exactly as Export made it.',
      import_not_json_at:
        'This is not valid JSON: unexpected "{found}" at line {line}, position {column}. Paste the file exactly as Export made it.',
      import_not_template:
        'This JSON is not a Marketing KPI template: its "format" should be "marketing-kpi-template".',
      import_newer_version:
        'This template was made by a newer version of Marketing KPI (file version {version}); this one reads version {supported}. Update the add-on, or export again from the newer one.',
      import_invalid: 'The template is not valid: {details}',
      import_stale: 'The template or the file changed since the preview. Preview the import again, then confirm.',
      imported: 'Template imported: {channels:channel|channels}, {roles:role|roles}, {people:person|people}.',

      field_settings: 'Settings',
      field_team: 'Team',
      field_matrix: 'Responsibility matrix',
      field_document: 'The file',
      field_format: 'format',
      field_version: 'version',
      field_includesEmails: 'includes emails',
      field_departmentName: 'department name',
      field_year: 'year',
      field_currency: 'currency',
      field_sheetLang: 'language of the tabs',
      field_minLeads: 'fewest leads to judge a channel by',
      field_targetRomi: 'target ROMI',
      field_channels: 'channels',
      field_channel: 'channel {index}',
      field_channel_named: 'channel {index} ({name})',
      field_name: 'name',
      field_id: 'id',
      field_targetCpl: 'target CPL',
      field_columns: 'columns',
      field_column: 'column {index}',
      field_rows: 'rows',
      field_row: 'row {index}',
      field_row_named: 'row {index} ({name})',
      field_cells: 'cells',
      field_cell: 'cell {index}',
      field_direction: 'direction',
      field_schemaVersion: 'schema version',
      problem_not_raci: '"{value}" is not R, A, C, I or a combination such as R/A',
      problem_cells_count: 'the number of cells ({count}) is not the number of columns ({columns})',
      problem_duplicate_channel_name: 'two channels have the same name',
      problem_duplicate_channel_id: 'two channels have the same id',
      problem_column_id: '"{value}" is not a column id (role:… or person:…)',

      preview_changes: 'Importing makes these changes. Nothing changes until you confirm.',
      preview_same:
        'The file holds the template this spreadsheet already has: importing rebuilds the tabs and changes nothing else.',
      section_settings: 'Settings',
      section_channels: 'Channels and targets',
      section_team: 'Team',
      section_matrix: 'Responsibility matrix',
      change_field: '{field}: {from} → {to}',
      nothing: '—',
      blended_cpl: 'the blended CPL',
      field_companyHeadcount: 'company head count',
      field_matrixColumns: 'matrix columns',
      field_maxResponsible: 'most directions per role (R)',
      columns_roles: 'a column per role',
      columns_people: 'a column per person',
      channel_added: 'New channel: {name}',
      channel_removed: 'Removed: {name} (its rows keep the figures typed in them, marked in the Note column)',
      channel_renamed: 'Renamed: {from} → {to}',
      target_changed: 'Target CPL of {name}: {from} → {to}',
      romi_target_changed: 'Target ROMI of {name}: {from} → {to}',
      department_romi: "the department's",
      role_added: 'New role: {name}',
      role_removed: 'Removed role: {name} (its letters are kept in the matrix until you clear them)',
      role_renamed: 'Role renamed: {from} → {to}',
      person_added: 'New person: {name}',
      person_removed: 'No longer in the team: {name}',
      person_changed: 'Changed: {name}',
      person_renamed: 'Renamed: {from} → {to}',
      emails_kept: 'The file holds no emails: the emails this spreadsheet has for the same people are kept ({count}).',
      matrix_new: "The Roles tab is built with the file's letters: {rows:row|rows} × {columns:column|columns}.",
      matrix_changes: 'Cells whose letters change: {count}.',
      matrix_same: 'No letter changes.',
      matrix_kept: "Cells that hold the team's own text instead of letters stay as they are: {count}.",
      matrix_absent: 'The file holds no matrix: the Roles tab keeps its letters.',
      matrix_rows_added: 'Directions the team added come along: {names}.',
    },
    ru: {
      exported: 'Шаблон выгружен: каналов — {channels}, ролей — {roles}, людей — {people}.',
      exported_with_emails: 'В файле есть адреса почты людей: передавайте его только тем, кому показали бы их.',
      exported_without_emails:
        'Адресов почты в файле нет; при загрузке у тех же людей останутся адреса, которые уже есть в таблице.',
      exported_no_matrix: 'Листа «Роли» ещё нет, поэтому матрицы ответственности в файле нет.',

      import_empty: 'Сначала вставьте файл шаблона (JSON).',
      import_too_large:
        'Файл слишком большой: {size} КБ, а шаблон занимает не больше {max} КБ. Вставьте файл, созданный выгрузкой.',
      import_truncated:
        'Файл обрывается: похоже, он скопирован не целиком. Скопируйте весь файл, от первой {open} до последней {close}, и вставьте снова.',
      import_not_json: 'Это не JSON. Вставьте файл в том виде, в каком его создала выгрузка.',
      import_not_json_at:
        'Это не JSON: в строке {line}, в позиции {column} неожиданный знак «{found}». Вставьте файл в том виде, в каком его создала выгрузка.',
      import_not_template:
        'Этот JSON — не шаблон «Маркетинг KPI»: в поле «format» должно быть «marketing-kpi-template».',
      import_newer_version:
        'Шаблон создан более новой версией «Маркетинг KPI» (версия файла {version}); эта читает версию {supported}. Обновите надстройку или выгрузите шаблон из новой версии заново.',
      import_invalid: 'Шаблон заполнен неверно: {details}',
      import_stale: 'После предпросмотра изменился шаблон или файл. Повторите предпросмотр и подтвердите снова.',
      imported: 'Шаблон загружен: каналов — {channels}, ролей — {roles}, людей — {people}.',

      field_settings: 'Настройки',
      field_team: 'Команда',
      field_matrix: 'Матрица ответственности',
      field_document: 'Файл',
      field_format: 'формат',
      field_version: 'версия',
      field_includesEmails: 'есть ли адреса почты',
      field_departmentName: 'название отдела',
      field_year: 'год',
      field_currency: 'валюта',
      field_sheetLang: 'язык листов',
      field_minLeads: 'наименьшее число лидов для оценки канала',
      field_targetRomi: 'целевой ROMI',
      field_channels: 'каналы',
      field_channel: 'канал {index}',
      field_channel_named: 'канал {index} ({name})',
      field_name: 'название',
      field_id: 'идентификатор',
      field_targetCpl: 'целевая стоимость лида',
      field_columns: 'столбцы',
      field_column: 'столбец {index}',
      field_rows: 'строки',
      field_row: 'строка {index}',
      field_row_named: 'строка {index} ({name})',
      field_cells: 'ячейки',
      field_cell: 'ячейка {index}',
      field_direction: 'направление',
      field_schemaVersion: 'версия схемы',
      problem_not_raci: '«{value}» — не R, A, C, I и не их сочетание вроде R/A',
      problem_cells_count: 'число ячеек ({count}) не равно числу столбцов ({columns})',
      problem_duplicate_channel_name: 'у двух каналов одинаковое название',
      problem_duplicate_channel_id: 'у двух каналов одинаковый идентификатор',
      problem_column_id: '«{value}» — не идентификатор столбца (role:… или person:…)',

      preview_changes: 'Загрузка внесёт эти изменения. Пока вы не подтвердите, ничего не изменится.',
      preview_same:
        'В файле тот же шаблон, что уже есть в таблице: загрузка перестроит листы и больше ничего не изменит.',
      section_settings: 'Настройки',
      section_channels: 'Каналы и целевые значения',
      section_team: 'Команда',
      section_matrix: 'Матрица ответственности',
      change_field: '{field}: {from} → {to}',
      nothing: '—',
      blended_cpl: 'средняя стоимость лида',
      field_companyHeadcount: 'сотрудников в компании',
      field_matrixColumns: 'столбцы матрицы',
      field_maxResponsible: 'предел направлений с R на роль',
      columns_roles: 'столбец на роль',
      columns_people: 'столбец на человека',
      channel_added: 'Новый канал: {name}',
      channel_removed:
        'Удалён: {name} (введённые в его строки показатели сохранятся с отметкой в столбце «Примечание»)',
      channel_renamed: 'Переименован: {from} → {to}',
      target_changed: 'Целевая стоимость лида канала {name}: {from} → {to}',
      romi_target_changed: 'Целевой ROMI канала {name}: {from} → {to}',
      department_romi: 'общий для отдела',
      role_added: 'Новая роль: {name}',
      role_removed: 'Удалена роль: {name} (её буквы останутся в матрице, пока вы их не очистите)',
      role_renamed: 'Роль переименована: {from} → {to}',
      person_added: 'Новый человек: {name}',
      person_removed: 'Больше не в команде: {name}',
      person_changed: 'Изменён: {name}',
      person_renamed: 'Переименован: {from} → {to}',
      emails_kept: 'В файле нет адресов почты: у людей ({count}) останутся адреса, которые уже есть в таблице.',
      matrix_new: 'Лист «Роли» будет создан с буквами из файла: строк — {rows}, столбцов — {columns}.',
      matrix_changes: 'Ячеек, где меняются буквы: {count}.',
      matrix_same: 'Буквы не меняются.',
      matrix_kept: 'Ячейки, где вместо букв записан собственный текст команды, останутся как есть: {count}.',
      matrix_absent: 'В файле нет матрицы: на листе «Роли» останутся его буквы.',
      matrix_rows_added: 'Добавленные командой направления тоже переносятся: {names}.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const transferMessages = {
  get en() {
    return builtOnce(transferMessageTable).en;
  },
  get ru() {
    return builtOnce(transferMessageTable).ru;
  },
};
