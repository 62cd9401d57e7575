import { builtOnce, defineMessages } from './catalog';

/**
 * What the Roles and Team tabs show, in the template's language. Labels the
 * add-on looks for again when it rebuilds a tab (the Check header, the Load
 * label) are recognised in either language, so switching the template's
 * language never orphans a tab.
 */
const rolesTabMessageTable = () =>
  defineMessages({
    en: {
      tab_name: 'Roles',
      col_direction: 'Direction',
      col_check: 'Check',
      load_label: 'Load (R · A)',
      headcount_label: 'Company head count',
      people_label: 'People in the marketing department',
      limit_label: 'Most directions one role may be responsible (R) for',
      staffing_label: 'Department size',
      staffing_hint: "Enter the company's head count and the department's people in the sidebar (Team & roles)",
      legend_r: 'Responsible: does the work',
      legend_a: 'Accountable: answers for the result; exactly one per direction',
      legend_c: 'Consulted before decisions',
      legend_i: 'Informed after',
      legend_ra: 'Both accountable and responsible',
      validation_help: 'R, A, C, I or R/A; leave blank for no part in the direction',
      note_kept_column:
        'Not in the team any more. Its letters are kept and still counted: move them to someone else and clear the column, and the next build removes it.',
      note_custom_row: 'Not one of the twelve directions: kept as you added it, and checked like the others.',
      note_unmapped_column:
        'Kept as it was: switching the columns between roles and people could not move its letters without losing some. They still count: move them and clear the column, and the next build removes it.',
      protection_checks: 'Marketing KPI: checks computed from the matrix (edit the letters, not the formulas)',
      protection_figures: 'Marketing KPI: set in the sidebar (Team & roles); the next build writes them again',
      protection_matrix:
        'Marketing KPI: the responsibility matrix; once shared, only the head of the department and the owner change it',
      team_tab_name: 'Team',
      team_col_name: 'Name',
      team_col_email: 'Email',
      team_col_role: 'Role',
      team_col_monthly_cost: 'Monthly cost',
      team_col_employment: 'Staff or contractor',
      employment_staff: 'Staff',
      employment_contractor: 'Contractor',
      team_empty: 'No people yet: add them in the sidebar (Team & roles)',
      protection_team:
        'Marketing KPI: the team is edited in the sidebar (Team & roles) and written here on every build',
      missing_parts:
        'The Roles tab has lost {parts}, which the add-on keeps there; nothing was changed. Press «Restore the missing parts» in the sidebar (Team & roles) to put them back, or undo the deletion (Edit → Undo, or File → Version history).',
    },
    ru: {
      tab_name: 'Роли',
      col_direction: 'Направление',
      col_check: 'Проверка',
      load_label: 'Нагрузка (R · A)',
      headcount_label: 'Сотрудников в компании',
      people_label: 'Людей в отделе маркетинга',
      limit_label: 'Предел направлений с R на одну роль',
      staffing_label: 'Численность отдела',
      staffing_hint: 'Укажите численность компании и людей отдела в боковой панели («Команда и роли»)',
      legend_r: 'Исполнитель: делает работу',
      legend_a: 'Ответственный: отвечает за результат; ровно один на направление',
      legend_c: 'Консультирует до принятия решений',
      legend_i: 'Информируется после',
      legend_ra: 'И ответственный, и исполнитель',
      validation_help: 'R, A, C, I или R/A; пусто, если роль не участвует в направлении',
      note_kept_column:
        'Этой роли (человека) больше нет в команде. Буквы сохранены и по-прежнему учитываются: передайте их другим и очистите столбец — при следующем обновлении он исчезнет.',
      note_custom_row:
        'Этого направления нет среди двенадцати: строка сохранена в том виде, в каком вы её добавили, и проверяется наравне с другими.',
      note_unmapped_column:
        'Сохранён как был: при смене столбцов между ролями и людьми его буквы нельзя перенести без потерь. Они учитываются: перенесите их и очистите столбец — при следующем обновлении он исчезнет.',
      protection_checks: 'Маркетинг KPI: проверки, вычисленные по матрице (меняйте буквы, а не формулы)',
      protection_figures:
        'Маркетинг KPI: задаётся в боковой панели («Команда и роли»); при следующем обновлении будет записано снова',
      protection_matrix:
        'Маркетинг KPI: матрица ответственности; после открытия доступа команде её меняют только руководитель отдела и владелец',
      team_tab_name: 'Команда',
      team_col_name: 'Имя',
      team_col_email: 'Email',
      team_col_role: 'Роль',
      team_col_monthly_cost: 'Затраты в месяц',
      team_col_employment: 'Штат или подряд',
      employment_staff: 'Штат',
      employment_contractor: 'Подряд',
      team_empty: 'Людей пока нет: добавьте их в боковой панели («Команда и роли»)',
      protection_team:
        'Маркетинг KPI: команда редактируется в боковой панели («Команда и роли») и записывается сюда при каждом обновлении',
      missing_parts:
        'На листе «Роли» не хватает того, что ведёт надстройка: {parts}; ничего не изменено. Нажмите «Восстановить недостающее» в боковой панели («Команда и роли»), чтобы вернуть это, или отмените удаление (Правка → Отменить или Файл → История версий).',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const rolesTabMessages = {
  get en() {
    return builtOnce(rolesTabMessageTable).en;
  },
  get ru() {
    return builtOnce(rolesTabMessageTable).ru;
  },
};
