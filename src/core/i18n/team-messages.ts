import { builtOnce, defineMessages } from './catalog';

/**
 * The "Team & roles" feature's server words in the user's own language: what
 * building the matrix did, why a team was refused, and the findings the
 * sidebar lists beside the RACI checks. What is wrong with one field of a
 * team, which the sidebar says too before it sends, is in
 * team-problem-messages.ts, so the sidebar carries only those.
 */
const teamMessageTable = () =>
  defineMessages({
    en: {
      matrix_built:
        'Roles tab built: {directions:direction|directions} × {columns:column|columns}, pre-filled from the role descriptions.',
      matrix_updated:
        'Roles tab updated: {directions:direction|directions} × {columns:column|columns}; every letter you set is kept.',
      columns_are_people: "Columns are now people: each person's column starts from their role's letters.",
      columns_are_roles: "Columns are now roles: each role's column gathers its people's letters.",
      kept_columns:
        'Kept with their letters, though no longer in the team: {names}. They still count; clear a column to remove it.',
      custom_rows: 'Rows you added are kept and checked: {names}.',
      matrix_updated_unchecked: 'Roles tab updated: {directions:direction|directions} × {columns:column|columns}.',
      matrix_updated_imported:
        "Roles tab updated: {directions:direction|directions} × {columns:column|columns}; the file's letters replaced the tab's in {cells}; every other letter you set is kept.",
      cells_not_kept: 'After this build these cells do not hold what they held before: {cells}.',
      restored_parts: 'Roles tab restored: {count:part|parts} put back ({parts}), found again where they belong.',
      restored_block:
        'The responsibility matrix is back on the Roles tab, in new columns {columns} at its left, with the default letters (the letters deleted with it come back only with Edit → Undo or File → Version history).',
      restored_kept:
        'Every other cell holds what it held before, checked cell by cell (the inserted rows and columns moved some, and every formula follows them).',
      restore_nothing: 'The Roles tab has every part the add-on keeps there: nothing to restore.',
      restore_no_tab: 'There is no Roles tab to restore: build the responsibility matrix.',
      restore_label_lost:
        'The Roles tab has lost its «Direction» column: the direction names in it are what tells the rows apart, so the add-on cannot put it back without guessing. Undo the deletion (Edit → Undo, or File → Version history).',
      restore_incomplete:
        'The Roles tab still lacks {parts} after restoring: undo the deletion (Edit → Undo, or File → Version history).',
      typed_over_checks:
        'A value typed over a check formula is kept, and that cell checks nothing until you clear it: {cells}.',
      unmapped_columns:
        'Kept beside the matrix as they are, because the matrix does not hold all their letters: {names}. The checks do not count them; once the matrix holds their letters, the next build hides them.',
      unmerged_people:
        "{role}: the letters of {people} differ on {directions}, so their columns are kept as they were (and still count) and the role's column starts empty. Put the role's letters in its column and clear theirs; the next build removes them.",
      team_tab_edited:
        'The Team tab was changed by hand ({cells}), so it was left as it is: the team is edited in the sidebar (Team & roles), and the tab only shows it. Make the change in the sidebar and build again, or delete the Team tab to have it written afresh.',
      team_tab_written: 'Team tab lists {people:person|people}.',
      team_tab_foreign:
        'A tab named "{name}" already exists and was not made by Marketing KPI, so the people were not listed there. Rename it to get the Team tab.',
      foreign_tab:
        'A tab named "{name}" already exists and was not made by Marketing KPI, so it was left alone. Rename it, then build again.',
      invalid_team: 'The team is not valid: {details}',
      findings_none: 'Every direction has one accountable (A) and a responsible (R), and nobody is overloaded.',
      findings_some: 'To put right: {count}',
      findings_no_tab: 'Build the responsibility matrix first: its checks appear here.',
      invalid_cell: '{direction} × {role}: "{text}" is not R, A, C or I',
      invalid_cell_repeated: '{direction} × {role}: "{text}" repeats a letter',
      invalid_cell_error: '{direction} × {role}: holds the error {text}',
      why_invalid_cell:
        'The checks cannot count a cell they cannot read, so they stop. Pick R, A, C, I or R/A from the drop-down, or leave the cell blank.',
      kept_column_finding: '{name}: no longer in the team, yet its letters are kept and still counted',
      why_kept_column:
        'Nothing is deleted without you: move its letters to someone else and clear the column; the next build removes it.',
    },
    ru: {
      matrix_built:
        'Лист «Роли» создан: {directions:направление|направления|направлений} × {columns:столбец|столбца|столбцов}, заполнено по описаниям ролей.',
      matrix_updated:
        'Лист «Роли» обновлён: {directions:направление|направления|направлений} × {columns:столбец|столбца|столбцов}; все поставленные вами буквы сохранены.',
      columns_are_people: 'Теперь столбцы — люди: столбец каждого человека начинается с букв его роли.',
      columns_are_roles: 'Теперь столбцы — роли: в столбец роли собраны буквы её людей.',
      kept_columns:
        'Сохранены с буквами, хотя их больше нет в команде: {names}. Они учитываются; очистите столбец, чтобы убрать его.',
      custom_rows: 'Добавленные вами строки сохранены и проверяются: {names}.',
      matrix_updated_unchecked:
        'Лист «Роли» обновлён: {directions:направление|направления|направлений} × {columns:столбец|столбца|столбцов}.',
      matrix_updated_imported:
        'Лист «Роли» обновлён: {directions:направление|направления|направлений} × {columns:столбец|столбца|столбцов}; буквы из файла заменили буквы листа в {cells}; все остальные поставленные вами буквы сохранены.',
      cells_not_kept: 'После обновления в этих ячейках не то, что было до него: {cells}.',
      restored_parts:
        'Лист «Роли» восстановлен: {count:часть возвращена|части возвращены|частей возвращено} на свои места ({parts}).',
      restored_block:
        'Матрица ответственности снова на листе «Роли», в новых столбцах {columns} слева, с буквами по умолчанию (буквы, удалённые вместе с ней, вернут только Правка → Отменить или Файл → История версий).',
      restored_kept:
        'Во всех остальных ячейках то же, что было до восстановления, — проверено по каждой ячейке (вставленные строки и столбцы сдвинули некоторые из них, и все формулы последовали за ними).',
      restore_nothing: 'На листе «Роли» есть всё, что ведёт надстройка: восстанавливать нечего.',
      restore_no_tab: 'Листа «Роли» нет, восстанавливать нечего: создайте матрицу ответственности.',
      restore_label_lost:
        'На листе «Роли» удалён столбец «Направление»: только по названиям направлений в нём строки отличаются друг от друга, поэтому надстройка не вернёт его, не гадая. Отмените удаление (Правка → Отменить или Файл → История версий).',
      restore_incomplete:
        'После восстановления на листе «Роли» всё ещё нет: {parts}. Отмените удаление (Правка → Отменить или Файл → История версий).',
      typed_over_checks:
        'Значение, введённое поверх формулы проверки, оставлено; эта ячейка ничего не проверяет, пока вы её не очистите: {cells}.',
      unmapped_columns:
        'Оставлены рядом с матрицей как есть, потому что в матрице не все их буквы: {names}. Проверки их не учитывают; когда буквы будут в матрице, следующее обновление скроет эти столбцы.',
      unmerged_people:
        '{role}: буквы людей ({people}) расходятся в направлениях: {directions}. Поэтому их столбцы сохранены как были (и учитываются), а столбец роли начат пустым. Впишите буквы роли в её столбец и очистите их столбцы — при следующем обновлении они исчезнут.',
      team_tab_edited:
        'Лист «Команда» изменён вручную ({cells}), поэтому оставлен как есть: команда редактируется в боковой панели («Команда и роли»), а лист только показывает её. Внесите изменение в боковой панели и обновите снова или удалите лист «Команда», чтобы он был записан заново.',
      team_tab_written: 'На листе «Команда» — {people:человек|человека|человек}.',
      team_tab_foreign:
        'Лист «{name}» уже есть и создан не «Маркетинг KPI», поэтому список людей туда не записан. Переименуйте его, чтобы появился лист «Команда».',
      foreign_tab:
        'Лист «{name}» уже есть и создан не «Маркетинг KPI», поэтому он не тронут. Переименуйте его и повторите.',
      invalid_team: 'Команда заполнена неверно: {details}',
      findings_none: 'У каждого направления один ответственный (A) и есть исполнитель (R), перегруженных нет.',
      findings_some: 'Исправить: {count}',
      findings_no_tab: 'Сначала создайте матрицу ответственности: её проверки появятся здесь.',
      invalid_cell: '{direction} × {role}: «{text}» — не R, A, C или I',
      invalid_cell_repeated: '{direction} × {role}: в «{text}» буква повторяется',
      invalid_cell_error: '{direction} × {role}: в ячейке ошибка {text}',
      why_invalid_cell:
        'Проверки не могут учесть ячейку, которую не понимают, и останавливаются. Выберите R, A, C, I или R/A из списка или оставьте ячейку пустой.',
      kept_column_finding: '{name}: больше нет в команде, но буквы сохранены и учитываются',
      why_kept_column:
        'Без вас ничего не удаляется: передайте буквы другим и очистите столбец — при следующем обновлении он исчезнет.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const teamMessages = {
  get en() {
    return builtOnce(teamMessageTable).en;
  },
  get ru() {
    return builtOnce(teamMessageTable).ru;
  },
};
