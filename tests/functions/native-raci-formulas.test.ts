/**
 * The Roles tab's native check formulas (core/raci/native-formulas.ts)
 * against the rules they render (core/raci/line-check.ts): thousands of
 * random matrices — blanks, lower case, several letters with any separator,
 * spaces of every kind a cell may hold, Cyrillic look-alikes, dashes,
 * repeated letters, numbers, booleans, error-like text, blank names —
 * written into HyperFormula, every formula evaluated with no custom function
 * registered, every line's text required to equal the rule's, in English and
 * in Russian. The rule reads each cell as the engine holds it (text that looks
 * like a number is a number there, as in Sheets).
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n/lang';
import { directionLineText, roleLineText, staffingLineText } from '../../src/core/raci/line-check';
import {
  nativeDirectionCheckFormula,
  nativeRoleLoadFormula,
  nativeStaffingFormula,
} from '../../src/core/raci/native-formulas';
import { a1Cell, a1Range, columnLetters } from '../../src/core/a1-notation';
import type { SheetsScalar } from '../../src/core/sheet-values';

type Cell = string | number | boolean | null;

const SPACES = [' ', ' ', '  ', '\t', '\n', '\u00a0'];
const SEPARATORS = ['', '/', ' / ', ', ', ';', '+', '&', '|', '\\', ' ', '\n'];

/** Letters a person types: a set of R/A/C/I in any order and case, separated any way, spaces around. */
const letters: fc.Arbitrary<string> = fc
  .tuple(
    fc.subarray(['R', 'A', 'C', 'I'], { minLength: 1 }),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
    fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    fc.constantFrom('', ...SPACES),
    fc.constantFrom('', ...SPACES),
    fc.boolean(),
  )
  .map(([picked, separators, lower, before, after, cyrillic]) => {
    const shown = picked.map((letter, index) => {
      const look = cyrillic && letter === 'A' ? 'А' : cyrillic && letter === 'C' ? 'С' : letter;
      return lower[index] ? look.toLowerCase() : look;
    });
    return (
      before +
      shown.map((letter, index) => (index === 0 ? letter : (separators[index] ?? '') + letter)).join('') +
      after
    );
  });

const oddText = fc.constantFrom(
  'RR',
  'r/R',
  'A/A',
  '/A',
  'A/',
  'X',
  'Р',
  'ok',
  'A-R',
  '- -',
  '-',
  '—',
  '−',
  '--',
  '#N/A',
  '#REF!',
  'R A C I',
  'RACI',
  'IR',
  'a.r',
  'A\u2003R',
  'TRUE',
);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: letters },
  { weight: 4, arbitrary: fc.constantFrom<Cell>(null, '', ' ', '\t') },
  { weight: 2, arbitrary: oddText },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer({ min: -5, max: 50 }),
      fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
);

/** A header or direction name as the tab holds it (the add-on writes them trimmed); sometimes blank. */
const name: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Head of marketing',
      'PR manager',
      'Анна',
      'SEO',
      'Контекстная реклама',
      'Ivan  Petrov',
      'R&D, test',
      'Vera "V"',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ') },
);

interface Matrix {
  names: string[];
  directions: string[];
  rows: Cell[][];
  limit: number | null;
}

const matrix: fc.Arbitrary<Matrix> = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 8 }))
  .chain(([columns, rows]) =>
    fc.record({
      names: fc.array(name, { minLength: columns, maxLength: columns }),
      directions: fc.array(name, { minLength: rows, maxLength: rows }),
      rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      limit: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 8 })),
    }),
  );

const BATCH = 50;

/** A matrix at A1: header, rows with their check beside them, the load row under them with the limit in column A. */
function blockOf(m: Matrix, lang: Lang): { content: (Cell | string)[][]; checks: { row: number; column: number }[] } {
  const width = m.names.length;
  const namesA1 = `$B$1:$${columnLetters(1 + width)}$1`;
  const content: (Cell | string)[][] = [['Direction', ...m.names]];
  const checks: { row: number; column: number }[] = [];
  m.rows.forEach((cells, index) => {
    const r = 2 + index;
    checks.push({ row: r - 1, column: 1 + width });
    content.push([
      m.directions[index] ?? '',
      ...cells,
      nativeDirectionCheckFormula(a1Range(r, 2, 1, width), namesA1, lang),
    ]);
  });
  const loadRow = 2 + m.rows.length;
  const labelsA1 = `$A$2:$A$${loadRow - 1}`;
  content.push([
    m.limit,
    ...m.names.map((_, index) => {
      checks.push({ row: loadRow - 1, column: 1 + index });
      const column = columnLetters(2 + index);
      return nativeRoleLoadFormula(`${column}$2:${column}$${loadRow - 1}`, labelsA1, a1Cell(loadRow, 1), lang);
    }),
  ]);
  return { content, checks };
}

function evaluate(matrices: readonly Matrix[], lang: Lang): { native: unknown[]; rule: string[] } {
  if (matrices.length > BATCH) throw new Error(`at most ${BATCH} matrices at once`);
  const blocks = matrices.map((m) => blockOf(m, lang));
  // One sheet per matrix, each at A1 (matrices of one shape share their formulas' text, which the engine parses
  // once), in an engine of its own, built from them in one evaluation. The checks count a range's rows and
  // columns, so any write to an engine recomputes every check it holds: one engine kept for every batch made a
  // single matrix cost as much as the fifty before it, and emptying it for the next batch cost more again.
  const engine = HyperFormula.buildFromSheets(
    Object.fromEntries(blocks.map((block, index) => [`Roles${index}`, block.content])),
    { licenseKey: 'gpl-v3' },
  );
  const native: unknown[] = [];
  const rule: string[] = [];
  matrices.forEach((m, index) => {
    const sheet = engine.getSheetId(`Roles${index}`) ?? -1;
    const held = (row: number, column: number): SheetsScalar => {
      const value = engine.getCellValue({ sheet, row, col: column });
      return typeof value === 'object' && value !== null ? String(value.value) : (value as SheetsScalar);
    };
    native.push(
      ...(blocks[index]?.checks ?? []).map(({ row, column }) => engine.getCellValue({ sheet, row, col: column })),
    );
    const width = m.names.length;
    const names = m.names.map((_, column) => String(held(0, 1 + column) ?? ''));
    m.rows.forEach((_, row) => {
      rule.push(
        directionLineText(
          Array.from({ length: width }, (__, column) => held(1 + row, 1 + column)),
          names,
          lang,
        ),
      );
    });
    const directions = m.rows.map((_, row) => String(held(1 + row, 0) ?? ''));
    m.names.forEach((_, column) => {
      rule.push(
        roleLineText(
          m.rows.map((__, row) => held(1 + row, 1 + column)),
          directions,
          m.limit ?? 4,
          lang,
        ),
      );
    });
  });
  engine.destroy();
  return { native, rule };
}

/** `npm test`: a batch of 50 matrices per language; a soak run (SOAK or SOAK_RUNS set): 40 batches, 2 000 matrices per language. */
const SOAK = Boolean(process.env.SOAK || process.env.SOAK_RUNS);
const RUNS = SOAK ? 40 : 1;
const linesChecked: Record<Lang, number> = { en: 0, ru: 0 };

describe("the Roles tab's native checks equal the core rules", () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`on random matrices, every direction and every column (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(matrix, { minLength: BATCH, maxLength: BATCH }), (matrices) => {
          const { native, rule } = evaluate(matrices, lang);
          linesChecked[lang] += rule.length;
          expect(native).toEqual(rule);
        }),
        { numRuns: RUNS },
      );
      // Each matrix has 1–8 rows and 1–7 columns: a line per row and per column, a few thousand lines in all.
      expect(linesChecked[lang]).toBeGreaterThan(RUNS * BATCH * 2);
    }, 600_000);
  }

  it('writes what the rule says for the cases a person meets first', () => {
    const { native } = evaluate(
      [
        {
          names: ['Head', 'Marketer', ''],
          directions: ['Strategy', 'SEO', ''],
          rows: [
            ['r/a', 'c', null],
            ['A', 'a', 'R'],
            ['X', '', 'RR'],
          ],
          limit: 1,
        },
      ],
      'en',
    );
    expect(native).toEqual([
      'OK',
      '2 are accountable (A): Head, Marketer — keep exactly one',
      'Not R, A, C or I: Head, column 3 — pick a letter from the drop-down',
      'Not R, A, C or I: row 3 — pick a letter from the drop-down',
      'R 0 · A 1',
      'Not R, A, C or I: row 3 — pick a letter from the drop-down',
    ]);
  });
});

/** Head counts at the rule's edges (50) and the number's grouping (thousands, millions). */
const STAFFING_BOUNDARIES = [1, 11, 21, 49, 50, 51, 111, 999, 1_000, 1_001, 21_000, 999_999, 1_000_000, 10_000_000];

describe("the staffing check's native formula equals the core rule", () => {
  for (const lang of ['en', 'ru'] as const) {
    // A soak's 20 000 pairs take longer than the default 20 s on a loaded machine.
    it(`for head counts up to ten million and departments of every size (${lang})`, { timeout: 300_000 }, () => {
      // Every boundary of the rule and of the number's grouping, with every department size up to
      // the first that passes: the cases a random sample may miss. Then a thousand random pairs (a soak: 20 000).
      const boundaries = STAFFING_BOUNDARIES.flatMap((headcount) =>
        [0, 1, 2, 3, 4].map((people): [number, number] => [headcount, people]),
      );
      const pairs = boundaries.concat(
        fc.sample(
          fc.tuple(
            fc.oneof(
              fc.integer({ min: 1, max: 120 }),
              fc.integer({ min: 1, max: 10_000_000 }),
              fc.constantFrom(...STAFFING_BOUNDARIES),
            ),
            fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 })),
          ),
          { numRuns: SOAK ? 20_000 : 1_000, seed: lang === 'en' ? 11 : 12 },
        ),
      );
      const content = pairs.map(([headcount, people], index) => [
        headcount,
        people,
        nativeStaffingFormula(`A${index + 1}`, `B${index + 1}`, 'hint', lang),
      ]);
      // An engine of its own: in the matrices' engine, which holds fifty sheets of checks, each write costs four times as much.
      const staffing = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
      const sheet = staffing.getSheetId(staffing.addSheet('Staffing')) ?? 0;
      staffing.setSheetContent(sheet, content);
      const native = pairs.map((_, index) => staffing.getCellValue({ sheet, row: index, col: 2 }));
      expect(native).toEqual(pairs.map(([headcount, people]) => staffingLineText(headcount, people, lang)));
      staffing.setSheetContent(sheet, [[null, 2, nativeStaffingFormula('A1', 'B1', 'hint', lang)]]);
      expect(staffing.getCellValue({ sheet, row: 0, col: 2 })).toBe('hint');
      staffing.destroy();
    });
  }
});
