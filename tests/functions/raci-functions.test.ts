import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, DIRECTIONS, defaultRaciMatrix, formatRaciCell } from '../../src/core/raci';
import { ENGLISH_CONTEXT, type FunctionContext } from '../../src/functions/function-context';
import { raciCheckFunction } from '../../src/functions/raci-check';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { roleLoadFunction } from '../../src/functions/role-load';
import { staffingCheckFunction } from '../../src/functions/staffing-check';

const RUSSIAN: FunctionContext = { lang: () => 'ru' };

/** The default matrix as a sheet holds it after the Roles tab is built. */
const defaultGrid = () => defaultRaciMatrix().map((row) => row.map(formatRaciCell));

describe('RACI_CHECK', () => {
  it('gives a column with OK for every direction of the default matrix', () => {
    expect(raciCheckFunction(ENGLISH_CONTEXT, defaultGrid())).toEqual(DIRECTIONS.map(() => ['OK']));
    expect(raciCheckFunction(RUSSIAN, defaultGrid())).toEqual(DIRECTIONS.map(() => ['ОК']));
  });

  it('reads blanks, lower case, spaces and combined cells', () => {
    const grid = [
      ['a', ' r ', ''],
      ['R/A', '', 'c'],
      ['A, R', 'i', null],
      ['ar', '-', 'R'],
    ];
    expect(raciCheckFunction(ENGLISH_CONTEXT, grid)).toEqual([['OK'], ['OK'], ['OK'], ['OK']]);
  });

  it('words each fault in the spreadsheet language', () => {
    const grid = [
      ['R', 'C', ''],
      ['A', 'R', 'A'],
      ['A', 'C', 'I'],
      ['', '', ''],
    ];
    expect(raciCheckFunction(ENGLISH_CONTEXT, grid)).toEqual([
      ['No one is accountable (A)'],
      ['2 are accountable (A) — keep exactly one'],
      ['No one is responsible (R)'],
      ['No one is accountable (A); no one is responsible (R)'],
    ]);
    expect(raciCheckFunction(RUSSIAN, grid)).toEqual([
      ['Нет ответственного (A)'],
      ['Ответственных (A) 2 — оставьте одного'],
      ['Нет исполнителя (R)'],
      ['Нет ответственного (A); нет исполнителя (R)'],
    ]);
  });

  it('names who holds the A when given the header row', () => {
    const names = [['Head of marketing', 'Internet marketer', 'PR manager']];
    expect(raciCheckFunction(ENGLISH_CONTEXT, [['A', 'R', 'a/r']], names)).toEqual([
      ['2 are accountable (A): Head of marketing, PR manager — keep exactly one'],
    ]);
  });

  it('takes a single cell as a one-by-one matrix', () => {
    expect(raciCheckFunction(ENGLISH_CONTEXT, 'R/A')).toEqual([['OK']]);
  });

  it('stops at an invalid cell, naming it', () => {
    const grid = [
      ['A', 'R'],
      ['A', 'R'],
      ['R', 'X'],
    ];
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, grid)).toThrow(
      'RACI_CHECK: matrix, row 3, column 2: "X" is not R, A, C or I; leave the cell blank or write one or more of these letters, e.g. "A/R"',
    );
    expect(() => raciCheckFunction(RUSSIAN, grid)).toThrow(
      'RACI_CHECK: матрица (matrix), строка 3, столбец 2: «X» — не R, A, C или I;',
    );
  });

  it('refuses a repeated letter, a number and an error value', () => {
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [['A', 'RR']])).toThrow(
      'RACI_CHECK: matrix, row 1, column 2: "RR" repeats a letter',
    );
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [['A'], [1]])).toThrow(
      'RACI_CHECK: matrix, row 2, column 1: "1" is not R, A, C or I',
    );
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [['#N/A', 'R']])).toThrow(
      'RACI_CHECK: matrix, row 1, column 1: the cell holds the error #N/A; fix that cell first',
    );
  });

  it('suggests leaving out a header row or a column of names caught in the range', () => {
    expect(() =>
      raciCheckFunction(ENGLISH_CONTEXT, [
        ['Head', 'PR manager'],
        ['A', 'R'],
      ]),
    ).toThrow(
      'RACI_CHECK: matrix, row 1, column 1: "Head" is not R, A, C or I; if it is a header, start the range on the row below it',
    );
    expect(() =>
      raciCheckFunction(ENGLISH_CONTEXT, [
        ['A', 'R'],
        ['SEO', 'R'],
      ]),
    ).toThrow(
      /row 2, column 1: "SEO" is not R, A, C or I; if it is the name of a direction, start the range at the column right of the names/,
    );
  });

  it('refuses role names that do not match the columns, and a missing or ragged matrix', () => {
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [['A', 'R']], [['Head']])).toThrow(
      'RACI_CHECK: role_names must be one row with a name for each of the 2 columns of matrix; got 1 row × 1 column',
    );
    expect(() => raciCheckFunction(ENGLISH_CONTEXT)).toThrow('RACI_CHECK: matrix is required');
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [['A', 'R'], ['A']])).toThrow(
      'RACI_CHECK: matrix is not a rectangular range',
    );
  });

  it('takes blank role names (a skipped argument, =RACI_CHECK(B2:E13; )) as no names', () => {
    const grid = [['A', 'R', 'a/r']];
    const withoutNames = raciCheckFunction(ENGLISH_CONTEXT, grid);
    expect(withoutNames).toEqual([['2 are accountable (A) — keep exactly one']]);
    expect(raciCheckFunction(ENGLISH_CONTEXT, grid, '')).toEqual(withoutNames);
    expect(raciCheckFunction(ENGLISH_CONTEXT, grid, null)).toEqual(withoutNames);
  });

  it('refuses role names given as a column or as two rows, and takes one name for a matrix of one column', () => {
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [['A', 'R']], [['Head'], ['Marketer']])).toThrow(
      'RACI_CHECK: role_names must be one row with a name for each of the 2 columns of matrix; got 2 rows × 1 column',
    );
    expect(raciCheckFunction(ENGLISH_CONTEXT, [['A/R'], ['a/r']], 'Head')).toEqual([['OK'], ['OK']]);
    expect(() =>
      raciCheckFunction(
        ENGLISH_CONTEXT,
        [['A', 'R']],
        [
          ['Head', 'Marketer'],
          ['PR', 'SEO'],
        ],
      ),
    ).toThrow(
      'RACI_CHECK: role_names must be one row with a name for each of the 2 columns of matrix; got 2 rows × 2 columns',
    );
  });

  it('refuses a matrix with no cells as missing', () => {
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [])).toThrow('RACI_CHECK: matrix is required');
    expect(() => raciCheckFunction(ENGLISH_CONTEXT, [[]])).toThrow('RACI_CHECK: matrix is required');
  });
});

describe('ROLE_LOAD', () => {
  it('gives a row with the counts for each role of the default matrix', () => {
    expect(roleLoadFunction(ENGLISH_CONTEXT, defaultGrid())).toEqual([
      ['R 2 · A 11', 'R 3 · A 1', 'R 4 · A 0', 'R 3 · A 0'],
    ]);
    expect(roleLoadFunction(ENGLISH_CONTEXT, defaultGrid())[0]).toHaveLength(DEFAULT_ROLES.length);
  });

  it('flags a role above the limit, and takes another limit', () => {
    const grid = Array.from({ length: 6 }, () => ['a', 'r', '']);
    expect(roleLoadFunction(ENGLISH_CONTEXT, grid)).toEqual([
      ['R 0 · A 6', 'R 6 · A 0 — overloaded (limit 4)', 'R 0 · A 0'],
    ]);
    expect(roleLoadFunction(RUSSIAN, grid)[0]?.[1]).toBe('R 6 · A 0 — перегрузка (предел 4)');
    expect(roleLoadFunction(ENGLISH_CONTEXT, grid, 6)[0]?.[1]).toBe('R 6 · A 0');
    expect(roleLoadFunction(ENGLISH_CONTEXT, grid, '')[0]?.[1]).toBe('R 6 · A 0 — overloaded (limit 4)');
  });

  it('counts a combined cell once for each of its letters', () => {
    expect(roleLoadFunction(ENGLISH_CONTEXT, [['R/A'], ['A, R'], ['c']])).toEqual([['R 2 · A 2']]);
  });

  it('refuses a limit that is not a whole number of 1 or more, and an invalid cell', () => {
    expect(() => roleLoadFunction(ENGLISH_CONTEXT, [['R']], 0)).toThrow(
      'ROLE_LOAD: max_responsible must be a whole number, 1 or more; got 0',
    );
    expect(() => roleLoadFunction(ENGLISH_CONTEXT, [['R']], 2.5)).toThrow(
      'ROLE_LOAD: max_responsible must be a whole number, 1 or more; got 2.5',
    );
    expect(() => roleLoadFunction(ENGLISH_CONTEXT, [['R', 'Q']])).toThrow(
      'ROLE_LOAD: matrix, row 1, column 2: "Q" is not R, A, C or I',
    );
  });
});

describe('STAFFING_CHECK', () => {
  it('says OK for a big enough department', () => {
    expect(staffingCheckFunction(ENGLISH_CONTEXT, 60, 4)).toBe('OK');
    expect(staffingCheckFunction(RUSSIAN, 60, 3)).toBe('ОК');
    expect(staffingCheckFunction(ENGLISH_CONTEXT, [[45]], [[2]])).toBe('OK');
  });

  it('flags a one-person department of a 60-person company', () => {
    expect(staffingCheckFunction(ENGLISH_CONTEXT, 60, 1)).toBe(
      '1 person in the department for a company of 60 employees: a company of 50 or more needs at least 3 people in marketing, each with a clear area of responsibility',
    );
    expect(staffingCheckFunction(RUSSIAN, 60, 1)).toMatch(/^В отделе 1 человек на компанию из 60 сотрудников:/);
  });

  it('refuses missing, fractional and negative counts', () => {
    expect(() => staffingCheckFunction(ENGLISH_CONTEXT, 60)).toThrow('STAFFING_CHECK: department_people is required');
    expect(() => staffingCheckFunction(ENGLISH_CONTEXT, '', 2)).toThrow(
      'STAFFING_CHECK: company_headcount is required',
    );
    expect(() => staffingCheckFunction(ENGLISH_CONTEXT, 60, -1)).toThrow(
      'STAFFING_CHECK: department_people must be a whole number, 0 or more; got -1',
    );
    expect(() => staffingCheckFunction(ENGLISH_CONTEXT, 60.5, 3)).toThrow(
      'STAFFING_CHECK: company_headcount must be a whole number, 1 or more; got 60.5',
    );
    expect(() => staffingCheckFunction(ENGLISH_CONTEXT, 'sixty', 3)).toThrow(
      'STAFFING_CHECK: company_headcount, row 1: "sixty" is not a number',
    );
  });
});

describe('a 50 × 20 matrix', () => {
  // Every row: A in the first column, R on a diagonal band, C and I scattered; each column holds R on 2 or 3 of the 50 rows.
  const letters = ['', 'C', 'I', 'c/i'];
  const grid = Array.from({ length: 50 }, (_, row) =>
    Array.from({ length: 20 }, (_, column) => {
      if (column === 0) return 'A';
      if (column === 1 + (row % 19)) return 'r';
      return letters[(row * 7 + column) % letters.length] ?? '';
    }),
  );

  it('is checked in one call, quickly', () => {
    const started = performance.now();
    const checks = raciCheckFunction(ENGLISH_CONTEXT, grid);
    const loads = roleLoadFunction(ENGLISH_CONTEXT, grid);
    const elapsed = performance.now() - started;
    expect(checks).toHaveLength(50);
    expect(checks.every(([status]) => status === 'OK')).toBe(true);
    expect(loads[0]).toHaveLength(20);
    expect(loads[0]?.[0]).toBe('R 0 · A 50');
    expect(loads[0]?.slice(1).every((text) => /^R [23] · A 0$/.test(text))).toBe(true);
    // Generous: the work is linear in the cells; this only catches an accidental quadratic blow-up.
    expect(elapsed).toBeLessThan(250);
  });
});

describe('the registry', () => {
  it('lists the matrix functions with their documentation', () => {
    for (const name of ['RACI_CHECK', 'ROLE_LOAD', 'STAFFING_CHECK']) {
      const spec = CUSTOM_FUNCTIONS.find((fn) => fn.name === name);
      expect(spec, name).toBeDefined();
      expect(spec?.summary).not.toBe('');
      expect(spec?.examples.length).toBeGreaterThan(0);
      expect(spec?.params.length).toBeGreaterThan(0);
    }
    expect(new Set(CUSTOM_FUNCTIONS.map((fn) => fn.name)).size).toBe(CUSTOM_FUNCTIONS.length);
  });
});
