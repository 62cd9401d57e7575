import { describe, expect, it } from 'vitest';
import {
  checkDirection,
  checkStaffing,
  directionStatusText,
  explainFinding,
  raciCell,
  reviewRaci,
  roleLoadText,
  roleLoads,
  staffingStatusText,
  type RaciLetter,
  type RaciMatrix,
} from '../../src/core/raci';

function matrix(...rows: string[][]): RaciMatrix {
  return rows.map((row) => row.map((letters) => raciCell(...(letters.split('') as RaciLetter[]))));
}

const roles = {
  en: ['Head of marketing', 'Internet marketer', 'PR manager'],
  ru: ['Руководитель отдела', 'Интернет-маркетолог', 'PR-менеджер'],
};

describe('directionStatusText (a RACI_CHECK cell)', () => {
  it('says OK, in each language', () => {
    const check = checkDirection(matrix(['A', 'R'])[0] ?? [], 0);
    expect(directionStatusText(check, 'en')).toBe('OK');
    expect(directionStatusText(check, 'ru')).toBe('ОК');
  });

  it('words each fault as a sentence', () => {
    const [noA, twoA, blank] = matrix(['R', 'C', ''], ['A', 'R', 'A'], ['', '', '']).map((row, index) =>
      checkDirection(row, index),
    );
    expect(directionStatusText(noA!, 'en')).toBe('No one is accountable (A)');
    expect(directionStatusText(noA!, 'ru')).toBe('Нет ответственного (A)');
    expect(directionStatusText(twoA!, 'en')).toBe('2 are accountable (A) — keep exactly one');
    expect(directionStatusText(twoA!, 'en', roles.en)).toBe(
      '2 are accountable (A): Head of marketing, PR manager — keep exactly one',
    );
    expect(directionStatusText(twoA!, 'ru', roles.ru)).toBe(
      'Ответственных (A) 2: Руководитель отдела, PR-менеджер — оставьте одного',
    );
    expect(directionStatusText(blank!, 'en')).toBe('No one is accountable (A); no one is responsible (R)');
    expect(directionStatusText(blank!, 'ru')).toBe('Нет ответственного (A); нет исполнителя (R)');
  });

  it('names an unnamed column by its number within the matrix', () => {
    const check = checkDirection(matrix(['A', 'R', 'A'])[0] ?? [], 0);
    expect(directionStatusText(check, 'en', ['Head', 'Anna', ' '])).toBe(
      '2 are accountable (A): Head, column 3 — keep exactly one',
    );
  });
});

describe('roleLoadText (a ROLE_LOAD cell)', () => {
  it('gives the counts, and the limit when overloaded', () => {
    const [calm, busy] = roleLoads(matrix(...Array.from({ length: 6 }, () => ['A', 'R'])), 4);
    expect(roleLoadText(calm!, 'en')).toBe('R 0 · A 6');
    expect(roleLoadText(busy!, 'en')).toBe('R 6 · A 0 — overloaded (limit 4)');
    expect(roleLoadText(busy!, 'ru')).toBe('R 6 · A 0 — перегрузка (предел 4)');
  });
});

describe('staffingStatusText (a STAFFING_CHECK cell)', () => {
  it('says OK for a big enough department', () => {
    expect(staffingStatusText(checkStaffing(60, 3), 'en')).toBe('OK');
    expect(staffingStatusText(checkStaffing(60, 3), 'ru')).toBe('ОК');
  });

  it('explains under-staffing with the numbers, in both languages', () => {
    expect(staffingStatusText(checkStaffing(60, 2), 'en')).toBe(
      '2 people in the department for a company of 60 employees: a company of 50 or more needs at least 3 people in marketing, each with a clear area of responsibility',
    );
    expect(staffingStatusText(checkStaffing(1200, 1), 'en')).toMatch(
      /^1 person in the department for a company of 1,200 employees:/,
    );
    expect(staffingStatusText(checkStaffing(60, 2), 'ru')).toBe(
      'В отделе 2 человека на компанию из 60 сотрудников: компании от 50 сотрудников нужно не меньше 3 человек в маркетинге, у каждого своя зона ответственности',
    );
    expect(staffingStatusText(checkStaffing(51, 1), 'ru')).toMatch(/^В отделе 1 человек на компанию из 51 сотрудника:/);
  });

  it('warns about a lone specialist in a small company', () => {
    expect(staffingStatusText(checkStaffing(20, 1), 'en')).toMatch(
      /^1 person in the department: one specialist cannot cover every direction/,
    );
    expect(staffingStatusText(checkStaffing(20, 1), 'ru')).toMatch(/^В отделе 1 человек: один специалист не справится/);
  });
});

describe('explainFinding (the sidebar)', () => {
  const directions = { en: ['Strategy', 'SEO'], ru: ['Стратегия', 'SEO'] };

  it('names the direction and the roles, and says why it matters', () => {
    const review = reviewRaci({ matrix: matrix(['A', 'R', 'A'], ['', 'R', '']) });
    const en = review.findings.map((finding) =>
      explainFinding(finding, 'en', { directionNames: directions.en, roleNames: roles.en }),
    );
    expect(en.map((finding) => finding.text)).toEqual([
      'Strategy: 2 are accountable (A): Head of marketing, PR manager — keep exactly one',
      'SEO: no one is accountable (A)',
    ]);
    expect(en[0]?.why).toMatch(/each expects the other/);
    const ru = review.findings.map((finding) =>
      explainFinding(finding, 'ru', { directionNames: directions.ru, roleNames: roles.ru }),
    );
    expect(ru.map((finding) => finding.text)).toEqual([
      'Стратегия: ответственных (A) 2: Руководитель отдела, PR-менеджер — оставьте одного',
      'SEO: нет ответственного (A)',
    ]);
  });

  it('words an overloaded role and an under-staffed department', () => {
    const review = reviewRaci({
      matrix: matrix(...Array.from({ length: 6 }, () => ['A', 'R'])),
      staffing: { companyHeadcount: 60, departmentPeople: 2 },
    });
    const en = review.findings.map((finding) => explainFinding(finding, 'en', { roleNames: roles.en }));
    expect(en.map((finding) => finding.text)).toEqual([
      'Internet marketer is responsible (R) for 6 directions, above the limit of 4: split the work or hire',
      expect.stringMatching(/^2 people in the department for a company of 60 employees/),
    ]);
    expect(en[0]?.why).toMatch(/multitasking/);
    const ru = review.findings.map((finding) => explainFinding(finding, 'ru', { roleNames: roles.ru }));
    expect(ru[0]?.text).toBe(
      'Интернет-маркетолог: исполнитель (R) по 6 направлениям при пределе 4 — разделите работу или наймите ещё человека',
    );
    expect(ru[1]?.why).toMatch(/от 50 сотрудников/);
  });

  it('falls back to row and column numbers without names', () => {
    const review = reviewRaci({ matrix: matrix(['R', 'R'], ...Array.from({ length: 4 }, () => ['A', 'R'])) });
    const texts = review.findings.map((finding) => explainFinding(finding, 'en').text);
    expect(texts).toEqual([
      'row 1: no one is accountable (A)',
      'Column 2 is responsible (R) for 5 directions, above the limit of 4: split the work or hire',
    ]);
  });
});
