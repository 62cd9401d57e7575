/**
 * The matrix functions as Sheets calls them: dist/Code.js (built by
 * `npm test` first) loaded into a bare `node:vm` context (no require, no
 * process, no timers — like Apps Script), the generated top-level functions
 * called with 2-D arrays of cell values. Errors thrown inside the vm are not
 * `instanceof Error` in this realm, so the tests assert on their messages.
 */
import { describe, expect, it } from 'vitest';
import { defaultRaciMatrix, formatRaciCell } from '../../src/core/raci';
import { callGlobal, loadBundle as loadCodeJs, readCodeJs } from './load-bundle';

const code = readCodeJs();

type SheetsFunction = (...args: unknown[]) => unknown;

/** A fresh script, as Apps Script loads it for one custom-function call; `locale` stands in for the spreadsheet's. */
function loadBundle(locale?: string): Record<'RACI_CHECK' | 'ROLE_LOAD' | 'STAFFING_CHECK', SheetsFunction> {
  const context = loadCodeJs(
    locale ? { SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) } } : {},
  );
  const call =
    (name: string): SheetsFunction =>
    (...args) => {
      const { value, error } = callGlobal(context, name, ...args);
      if (error !== undefined) throw new Error(error);
      return value;
    };
  return { RACI_CHECK: call('RACI_CHECK'), ROLE_LOAD: call('ROLE_LOAD'), STAFFING_CHECK: call('STAFFING_CHECK') };
}

/** The message of what `run` throws (`callGlobal` has already read it structurally, across realms). */
function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the call to throw');
}

/** The default department as the Roles tab writes it (B2:E13), e.g. "R/A". */
const DEFAULT_SHEET_MATRIX = defaultRaciMatrix().map((row) => row.map(formatRaciCell));

describe('the matrix functions in the built bundle', () => {
  it('declares them as top-level functions with @customfunction JSDoc', () => {
    for (const name of ['RACI_CHECK', 'ROLE_LOAD', 'STAFFING_CHECK']) {
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
    }
    expect(code).toContain('function RACI_CHECK(matrix, role_names)');
    expect(code).toContain('function ROLE_LOAD(matrix, max_responsible)');
    expect(code).toContain('function STAFFING_CHECK(company_headcount, department_people)');
  });

  it('RACI_CHECK spills a column, in English without a readable locale and in Russian with one', () => {
    const english = loadBundle();
    expect(english.RACI_CHECK(DEFAULT_SHEET_MATRIX)).toEqual(DEFAULT_SHEET_MATRIX.map(() => ['OK']));
    const grid = [
      ['r', 'c', ''],
      ['a/r', '', 'A'],
      ['', '', ''],
    ];
    expect(english.RACI_CHECK(grid, [['Head', 'Anna', 'Boris']])).toEqual([
      ['No one is accountable (A)'],
      ['2 are accountable (A): Head, Boris — keep exactly one'],
      ['No one is accountable (A); no one is responsible (R)'],
    ]);
    expect(loadBundle('ru_RU').RACI_CHECK(grid)).toEqual([
      ['Нет ответственного (A)'],
      ['Ответственных (A) 2 — оставьте одного'],
      ['Нет ответственного (A); нет исполнителя (R)'],
    ]);
  });

  it('ROLE_LOAD spills a row, one cell per column', () => {
    const { ROLE_LOAD } = loadBundle();
    expect(ROLE_LOAD(DEFAULT_SHEET_MATRIX)).toEqual([['R 2 · A 11', 'R 3 · A 1', 'R 4 · A 0', 'R 3 · A 0']]);
    expect(ROLE_LOAD(DEFAULT_SHEET_MATRIX, 3)).toEqual([
      ['R 2 · A 11', 'R 3 · A 1', 'R 4 · A 0 — overloaded (limit 3)', 'R 3 · A 0'],
    ]);
  });

  it('STAFFING_CHECK gives a verdict', () => {
    const { STAFFING_CHECK } = loadBundle();
    expect(STAFFING_CHECK(60, 4)).toBe('OK');
    expect(STAFFING_CHECK(60, 1)).toMatch(/^1 person in the department for a company of 60 employees: /);
    expect(loadBundle('ru').STAFFING_CHECK(60, 1)).toMatch(/^В отделе 1 человек на компанию из 60 сотрудников: /);
  });

  it('throws worded errors naming the function, the argument and the cell', () => {
    const english = loadBundle();
    expect(
      thrownMessage(() =>
        english.RACI_CHECK([
          ['A', 'R'],
          ['A', 'R'],
          ['R', 'X'],
        ]),
      ),
    ).toBe(
      'RACI_CHECK: matrix, row 3, column 2: "X" is not R, A, C or I; leave the cell blank or write one or more of these letters, e.g. "A/R"',
    );
    expect(thrownMessage(() => english.ROLE_LOAD([['A', 'RR']]))).toMatch(
      /^ROLE_LOAD: matrix, row 1, column 2: "RR" repeats a letter/,
    );
    expect(thrownMessage(() => english.ROLE_LOAD([['A']], 0))).toBe(
      'ROLE_LOAD: max_responsible must be a whole number, 1 or more; got 0',
    );
    expect(thrownMessage(() => english.STAFFING_CHECK(60))).toBe('STAFFING_CHECK: department_people is required');
    expect(thrownMessage(() => loadBundle('ru_RU').RACI_CHECK([['Руководитель', 'PR']]))).toBe(
      'RACI_CHECK: матрица (matrix), строка 1, столбец 1: «Руководитель» — не R, A, C или I; если это заголовок, начните диапазон со строки под ним',
    );
  });

  it('checks a 50 × 20 matrix in one call', () => {
    const grid = Array.from({ length: 50 }, (_, row) =>
      Array.from({ length: 20 }, (_, column) => (column === row % 20 ? 'R/A' : 'i')),
    );
    const { RACI_CHECK, ROLE_LOAD } = loadBundle();
    const checks = RACI_CHECK(grid) as string[][];
    const loads = ROLE_LOAD(grid) as string[][];
    expect(checks).toHaveLength(50);
    expect(checks.every(([status]) => status === 'OK')).toBe(true);
    expect(loads[0]).toHaveLength(20);
    expect(loads[0]?.every((text) => /^R [23] · A [23]$/.test(text))).toBe(true);
  });
});
