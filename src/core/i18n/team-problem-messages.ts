import { builtOnce, defineMessages } from './catalog';

/**
 * What is wrong with a team (or a request naming people) the sidebar sent,
 * each message naming the field: read by src/shared/team-issues.ts, so the
 * sidebar shows the same words before it sends as the server does after.
 * Apart from the rest of the team's words (team-messages.ts), which only the
 * server says, so the sidebar's bundle carries only these.
 */
const teamProblemMessageTable = () =>
  defineMessages({
    en: {
      field_team: 'Team',
      field_company_headcount: 'Company head count',
      field_max_responsible: 'Most directions per role (R)',
      field_matrix_columns: 'Matrix columns',
      field_people: 'People',
      field_roles: 'Roles',
      field_person: 'Person {index}',
      field_person_named: 'Person {index} ({name})',
      field_role: 'Role {index}',
      field_role_named: 'Role {index} ({name})',
      key_name: 'name',
      key_email: 'email',
      key_roleId: 'role',
      key_monthlyCost: 'monthly cost',
      key_employment: 'staff or contractor',
      key_contractor: 'contractor',
      key_id: 'id',
      problem_required: 'is empty',
      problem_too_long: 'is longer than {maximum:character|characters}',
      problem_too_small: 'must be at least {minimum}',
      problem_not_above: 'must be more than {minimum}',
      problem_too_big: 'must be at most {maximum}',
      problem_too_few: 'needs at least {minimum}',
      problem_too_many: 'can hold at most {maximum}',
      problem_not_number: 'must be a number',
      problem_not_whole_number: 'must be a whole number',
      problem_missing: 'is missing',
      problem_not_text: 'must be text',
      problem_not_yes_no: 'must be yes or no',
      problem_not_list: 'must be a list',
      problem_not_email: '"{value}" is not an email address',
      problem_bad_id: '"{value}" is not a valid id (lower-case letters, digits and dashes)',
      problem_choice: 'must be one of: {values}',
      problem_invalid: 'is not valid',
      problem_duplicate_role_id: 'the id "{value}" is used twice',
      problem_duplicate_role_name: 'another role is already called "{value}"',
      problem_duplicate_person_id: 'the id "{value}" is used twice',
      problem_duplicate_person_name: 'another person is already called "{value}": tell them apart, e.g. by an initial',
      problem_unknown_role: '"{value}" is not one of the team\'s roles',
      problem_people_mode_needs_people: 'a column per person needs at least one person in the team',
    },
    ru: {
      field_team: 'Команда',
      field_company_headcount: 'Сотрудников в компании',
      field_max_responsible: 'Предел направлений с R на роль',
      field_matrix_columns: 'Столбцы матрицы',
      field_people: 'Люди',
      field_roles: 'Роли',
      field_person: 'Человек {index}',
      field_person_named: 'Человек {index} ({name})',
      field_role: 'Роль {index}',
      field_role_named: 'Роль {index} ({name})',
      key_name: 'имя',
      key_email: 'почта',
      key_roleId: 'роль',
      key_monthlyCost: 'затраты в месяц',
      key_employment: 'штат или подряд',
      key_contractor: 'подряд',
      key_id: 'идентификатор',
      problem_required: 'не заполнено',
      problem_too_long: 'длиннее {maximum:символа|символов|символов}',
      problem_too_small: 'должно быть не меньше {minimum}',
      problem_not_above: 'должно быть больше {minimum}',
      problem_too_big: 'должно быть не больше {maximum}',
      problem_too_few: 'нужно не меньше {minimum}',
      problem_too_many: 'можно не больше {maximum}',
      problem_not_number: 'должно быть числом',
      problem_not_whole_number: 'должно быть целым числом',
      problem_missing: 'не указано',
      problem_not_text: 'должно быть текстом',
      problem_not_yes_no: 'должно быть «да» или «нет»',
      problem_not_list: 'должно быть списком',
      problem_not_email: '«{value}» — не адрес электронной почты',
      problem_bad_id: '«{value}» — недопустимый идентификатор (строчные латинские буквы, цифры и дефисы)',
      problem_choice: 'допустимо одно из: {values}',
      problem_invalid: 'заполнено неверно',
      problem_duplicate_role_id: 'идентификатор «{value}» повторяется',
      problem_duplicate_role_name: 'роль «{value}» уже есть',
      problem_duplicate_person_id: 'идентификатор «{value}» повторяется',
      problem_duplicate_person_name: '«{value}» уже есть в команде: различите их, например по инициалу',
      problem_unknown_role: '«{value}» — не роль из списка ролей команды',
      problem_people_mode_needs_people: 'для столбца на человека в команде нужен хотя бы один человек',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`). */
export const teamProblemMessages = {
  get en() {
    return builtOnce(teamProblemMessageTable).en;
  },
  get ru() {
    return builtOnce(teamProblemMessageTable).ru;
  },
};
