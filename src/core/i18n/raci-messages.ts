import { builtOnce, defineMessages } from './catalog';
import type { Lang } from './lang';
import type { NounForms } from './plural';

/**
 * The responsibility matrix's findings in words. Fault texts are clauses
 * that start in lower case (or with a number), so they can follow a
 * direction's name ("SEO: no one is accountable (A)") or open a cell's text
 * once capitalised; each `why_*` is the short explanation the sidebar shows
 * under a finding.
 */
const raciMessageTable = () =>
  defineMessages({
    en: {
      ok: 'OK',
      no_accountable: 'no one is accountable (A)',
      several_accountable: '{count} are accountable (A) — keep exactly one',
      several_accountable_named: '{count} are accountable (A): {names} — keep exactly one',
      no_responsible: 'no one is responsible (R)',
      unreadable_cells: 'not R, A, C or I: {names} — pick a letter from the drop-down',
      direction_finding: '{direction}: {faults}',
      role_counts: 'R {responsible} · A {accountable}',
      role_counts_overloaded: 'R {responsible} · A {accountable} — overloaded (limit {limit})',
      role_overloaded: '{role} is responsible (R) for {directions}, above the limit of {limit}: split the work or hire',
      understaffed:
        '{people} in the department for a company of {headcount}: a company of {minHeadcount} or more needs at least {minimum:person|people} in marketing, each with a clear area of responsibility',
      single_specialist:
        '{people} in the department: one specialist cannot cover every direction, even in a small company; widen the team, with contractors if need be',
      why_no_accountable:
        "Accountable (A) answers for the direction's result. Without one, nobody does; mark exactly one role A.",
      why_several_accountable:
        'With two or more accountable (A), each expects the other to answer for the result. Keep one A; the others can be R or C.',
      why_no_responsible:
        'Responsible (R) does the work. A direction with no R is work nobody does: give it to someone, or to a contractor.',
      why_overloaded:
        'One person running many directions at once burns out and succeeds in none ("down with multitasking"). Hand some directions to a colleague or a contractor.',
      why_understaffed:
        'A company of 50 or more staff needs an internet-marketing department of three or more: there are too many directions and tools for fewer people.',
      why_single_specialist:
        'One specialist cannot do all of internet marketing, even in a small startup: there are too many directions for one person.',
      column_fallback: 'column {column}',
      row_fallback: 'row {row}',
    },
    ru: {
      ok: 'ОК',
      no_accountable: 'нет ответственного (A)',
      several_accountable: 'ответственных (A) {count} — оставьте одного',
      several_accountable_named: 'ответственных (A) {count}: {names} — оставьте одного',
      no_responsible: 'нет исполнителя (R)',
      unreadable_cells: 'не R, A, C или I: {names} — выберите букву из списка',
      direction_finding: '{direction}: {faults}',
      role_counts: 'R {responsible} · A {accountable}',
      role_counts_overloaded: 'R {responsible} · A {accountable} — перегрузка (предел {limit})',
      role_overloaded:
        '{role}: исполнитель (R) по {directions} при пределе {limit} — разделите работу или наймите ещё человека',
      understaffed:
        'в отделе {people} на компанию из {headcount}: компании от {minHeadcount:сотрудника|сотрудников|сотрудников} нужно не меньше {minimum:человека|человек|человек} в маркетинге, у каждого своя зона ответственности',
      single_specialist:
        'в отделе {people}: один специалист не справится со всеми направлениями даже в небольшой компании; расширьте команду, хотя бы за счёт подрядчиков',
      why_no_accountable:
        'Ответственный (A) отвечает за результат направления. Без него не отвечает никто; отметьте буквой A ровно одну роль.',
      why_several_accountable:
        'Когда ответственных (A) двое и больше, каждый ждёт ответа от другого. Оставьте одного A; остальные могут быть R или C.',
      why_no_responsible:
        'Исполнитель (R) делает работу. Направление без R — работа, которую никто не делает: поручите её кому-то из отдела или подрядчику.',
      why_overloaded:
        'Кто ведёт много направлений сразу, выгорает и не добивается успеха ни в одном («долой многозадачность»). Передайте часть направлений коллеге или подрядчику.',
      why_understaffed:
        'Компании от 50 сотрудников нужен отдел интернет-маркетинга из трёх человек и больше: направлений и инструментов слишком много для меньшего числа людей.',
      why_single_specialist:
        'Одним специалистом в интернет-маркетинге не обойтись даже в небольшом стартапе: направлений слишком много для одного человека.',
      column_fallback: 'столбец {column}',
      row_fallback: 'строка {row}',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const raciMessages = {
  get en() {
    return builtOnce(raciMessageTable).en;
  },
  get ru() {
    return builtOnce(raciMessageTable).ru;
  },
};

/** "6 directions" / "по 6 направлениям" (dative, after «по»). */
export const DIRECTION_COUNT_FORMS: Record<Lang, NounForms> = {
  en: ['direction', 'directions', 'directions'],
  ru: ['направлению', 'направлениям', 'направлениям'],
};

/** "2 people" / "2 человека". */
export const PEOPLE_FORMS: Record<Lang, NounForms> = {
  en: ['person', 'people', 'people'],
  ru: ['человек', 'человека', 'человек'],
};

/** "a company of 60 employees" / "из 60 сотрудников" (genitive, after «из»). */
export const EMPLOYEE_FORMS: Record<Lang, NounForms> = {
  en: ['employee', 'employees', 'employees'],
  ru: ['сотрудника', 'сотрудников', 'сотрудников'],
};
