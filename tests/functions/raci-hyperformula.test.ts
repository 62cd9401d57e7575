/**
 * RACI_CHECK, ROLE_LOAD and STAFFING_CHECK evaluated by a formula engine, as
 * the Roles tab uses them: one call over the whole matrix, spilling a column
 * or a row. Registered through the emulator's HyperFormula adapter. Expected
 * results are recounted here with plain loops, not with the code under test.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFormulaEngine } from '../../packages/preview/addon-emulator';
import type { FunctionContext } from '../../src/functions/function-context';

type Grid = (string | number | null)[][];

/** The letters a hand-typed cell holds: case, spaces and "/", "," separators do not matter. */
function lettersIn(cell: string | number | null): Set<string> {
  return new Set(
    String(cell ?? '')
      .toUpperCase()
      .replace(/[\s/,]/g, ''),
  );
}

function expectedCheck(row: readonly (string | number | null)[]): string {
  const accountable = row.filter((cell) => lettersIn(cell).has('A')).length;
  const responsible = row.filter((cell) => lettersIn(cell).has('R')).length;
  const faults: string[] = [];
  if (accountable === 0) faults.push('no one is accountable (A)');
  if (accountable > 1) faults.push(`${accountable} are accountable (A) — keep exactly one`);
  if (responsible === 0) faults.push('no one is responsible (R)');
  if (faults.length === 0) return 'OK';
  const sentence = faults.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function expectedLoad(matrix: Grid, column: number, limit: number): string {
  const responsible = matrix.filter((row) => lettersIn(row[column] ?? null).has('R')).length;
  const accountable = matrix.filter((row) => lettersIn(row[column] ?? null).has('A')).length;
  const counts = `R ${responsible} · A ${accountable}`;
  return responsible > limit ? `${counts} — overloaded (limit ${limit})` : counts;
}

/**
 * A fixed pseudo-random matrix as a team types it: in most rows one A and an
 * R or two, in assorted spellings ("a", " A ", "R/A", "a, r"), consulted and
 * informed here and there, blanks everywhere else; every seventh row holds a
 * second A and every eleventh has no R.
 */
function typedMatrix(rows: number, columns: number): Grid {
  let seed = 11;
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % max;
  };
  const spell = (options: readonly string[]) => options[next(options.length)] ?? '';
  return Array.from({ length: rows }, (_, row) => {
    const cells: (string | null)[] = Array.from({ length: columns }, () =>
      next(4) === 0 ? spell(['C', 'c', ' i ', 'I']) : next(2) === 0 ? '' : null,
    );
    const accountable = next(columns);
    const responsible = (accountable + 1 + next(columns - 1)) % columns;
    cells[accountable] = row % 5 === 0 ? spell(['R/A', 'a, r', 'A/R']) : spell(['A', 'a', ' A ']);
    if (row % 11 !== 0) cells[responsible] = spell(['R', 'r', ' R']);
    else if (row % 5 === 0) cells[accountable] = 'A';
    if (row % 7 === 0) cells[(accountable + 2) % columns] = 'A';
    return cells;
  });
}

describe('the matrix functions in HyperFormula', () => {
  let engine: HyperFormula;
  let sheet: number;
  const at = (row: number, col: number) => engine.getCellValue({ sheet, row, col });
  const column = (col: number, from: number, rows: number) =>
    engine
      .getRangeValues({ start: { sheet, row: from, col }, end: { sheet, row: from + rows - 1, col } })
      .map((line) => line[0]);
  const row = (at: number, from: number, columns: number) =>
    engine.getRangeValues({
      start: { sheet, row: at, col: from },
      end: { sheet, row: at, col: from + columns - 1 },
    })[0];

  beforeEach(() => {
    engine = createFormulaEngine();
    engine.addSheet('Roles');
    sheet = engine.getSheetId('Roles') ?? 0;
  });

  it('reads blanks, lower case and "R/A"-style cells in one call spilling a column', () => {
    const matrix: Grid = [
      ['r', 'a', ''],
      ['R/A', null, 'c'],
      [' A , R ', 'i', ''],
      ['A', 'a', 'r'],
      ['', '', ''],
      ['-', 'R', 'i'],
    ];
    engine.setCellContents({ sheet, row: 0, col: 0 }, matrix);
    engine.setCellContents({ sheet, row: 0, col: 4 }, '=RACI_CHECK(A1:C6)');
    expect(column(4, 0, 6)).toEqual([
      'OK',
      'OK',
      'OK',
      '2 are accountable (A) — keep exactly one',
      'No one is accountable (A); no one is responsible (R)',
      'No one is accountable (A)',
    ]);
    expect(at(6, 4)).toBeNull();
  });

  it('checks a matrix of 50 directions × 20 people, one call for the column and one for the row', () => {
    const matrix = typedMatrix(50, 20);
    engine.setCellContents({ sheet, row: 1, col: 1 }, matrix);
    engine.setCellContents({ sheet, row: 1, col: 22 }, '=RACI_CHECK(B2:U51)');
    engine.setCellContents({ sheet, row: 52, col: 1 }, '=ROLE_LOAD(B2:U51, 4)');
    expect(column(22, 1, 50)).toEqual(matrix.map(expectedCheck));
    expect(row(52, 1, 20)).toEqual(Array.from({ length: 20 }, (_, col) => expectedLoad(matrix, col, 4)));
    // The data is varied enough to mean something.
    const checks = new Set(matrix.map(expectedCheck));
    expect(checks.has('OK')).toBe(true);
    expect(checks.size).toBeGreaterThan(3);
    expect(row(52, 1, 20)?.some((load) => String(load).includes('overloaded'))).toBe(true);
  });

  it('names who holds the second A from the header row, and recalculates when a cell changes', () => {
    engine.setCellContents({ sheet, row: 0, col: 0 }, [
      ['Head', 'Marketer', 'PR'],
      ['A', 'R', 'a'],
    ]);
    engine.setCellContents({ sheet, row: 1, col: 4 }, '=RACI_CHECK(A2:C2, A1:C1)');
    expect(at(1, 4)).toBe('2 are accountable (A): Head, PR — keep exactly one');
    engine.setCellContents({ sheet, row: 1, col: 2 }, 'c');
    expect(at(1, 4)).toBe('OK');
  });

  it('stops at a cell it cannot read, naming it, rather than miscount', () => {
    engine.setCellContents({ sheet, row: 0, col: 0 }, [
      ['A', 'R'],
      ['R', 'X'],
    ]);
    engine.setCellContents({ sheet, row: 0, col: 3 }, '=RACI_CHECK(A1:B2)');
    const value = at(0, 3);
    expect(value).toBeInstanceOf(DetailedCellError);
    expect((value as DetailedCellError).message).toMatch(/^RACI_CHECK: matrix, row 2, column 2: "X"/);
  });

  it('checks the department size', () => {
    engine.setCellContents({ sheet, row: 0, col: 0 }, [
      ['=STAFFING_CHECK(60, 2)'],
      ['=STAFFING_CHECK(60, 3)'],
      ['=STAFFING_CHECK(20, 1)'],
    ]);
    expect(String(at(0, 0))).toMatch(/^2 people in the department for a company of 60 employees/);
    expect(at(1, 0)).toBe('OK');
    expect(String(at(2, 0))).toMatch(/^1 person in the department: one specialist cannot cover every direction/);
  });

  it('speaks Russian in a Russian spreadsheet', () => {
    const russian: FunctionContext = { lang: () => 'ru' };
    const ru = createFormulaEngine({ context: () => russian });
    ru.addSheet('Роли');
    const id = ru.getSheetId('Роли') ?? 0;
    ru.setCellContents({ sheet: id, row: 0, col: 0 }, [['а', 'р', '=RACI_CHECK(A1:B1)']]);
    // The Cyrillic а reads as A; the Cyrillic р is not R, and the message says so.
    const value = ru.getCellValue({ sheet: id, row: 0, col: 2 });
    expect((value as DetailedCellError).message).toMatch(/^RACI_CHECK: матрица \(matrix\), строка 1, столбец 2/);
    ru.setCellContents({ sheet: id, row: 0, col: 1 }, 'r');
    expect(ru.getCellValue({ sheet: id, row: 0, col: 2 })).toBe('ОК');
  });
});
