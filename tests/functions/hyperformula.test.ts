/**
 * The custom functions evaluated by a formula engine, as a sheet would:
 * registered through the emulator's HyperFormula adapter in a bare engine,
 * on a sheet with a header row, blank rows and numbers. Expected figures are
 * computed here with plain loops, not with the code under test.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFormulaEngine } from '../../packages/preview/addon-emulator';
import type { CustomFunctionSpec } from '../../src/functions/custom-function-spec';
import type { FunctionContext } from '../../src/functions/function-context';
import { VERDICT_CASES } from './verdict-acceptance-table';

interface ChannelRow {
  revenue: number | null;
  cost: number | null;
  leads: number | null;
}

/** Rows 2–30: every fifth row blank, the rest numbers from a fixed pseudo-random sequence. */
function channelRows(): ChannelRow[] {
  let seed = 7;
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % max;
  };
  return Array.from({ length: 29 }, (_, index) => {
    if (index % 5 === 3) return { revenue: null, cost: null, leads: null };
    const leads = index === 6 ? 0 : index === 10 ? 2 : next(40) + 5;
    return { revenue: next(300_000), cost: next(120_000) + 1_000, leads };
  });
}

function sheetContent(rows: ChannelRow[]): (string | number | null)[][] {
  return [
    ['Channel', 'Revenue', 'Cost', 'Leads'],
    ...rows.map((row, index) => [`Channel ${index + 1}`, row.revenue, row.cost, row.leads]),
  ];
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** The verdict rules of the registry's notes, written out again for the test. */
function expectedVerdicts(rows: ChannelRow[]): string[] {
  let costWithLeads = 0;
  let leadsTotal = 0;
  for (const row of rows) {
    if ((row.leads ?? 0) > 0) {
      costWithLeads += row.cost ?? 0;
      leadsTotal += row.leads ?? 0;
    }
  }
  const target = costWithLeads / leadsTotal;
  return rows.map((row) => {
    const leads = row.leads ?? 0;
    const cost = row.cost ?? 0;
    if (leads === 0 && cost === 0) return '';
    if (leads === 0) return 'DROP';
    if (leads < 5) return 'TEST';
    const cpl = cost / leads;
    const cplHigh = cpl > target;
    if (row.revenue === null) {
      if (cplHigh) return 'OPTIMIZE';
      return cpl <= 0.8 * target ? 'SCALE' : 'KEEP';
    }
    // Return first: losing money, then the default target ROMI of 100 % (revenue at least twice the cost).
    if (row.revenue < cost) return cplHigh ? 'DROP' : 'OPTIMIZE';
    if (row.revenue >= 2 * cost) return 'SCALE';
    return cplHigh ? 'OPTIMIZE' : 'KEEP';
  });
}

describe('custom functions in HyperFormula', () => {
  const rows = channelRows();
  let engine: HyperFormula;
  let sheet: number;
  const cell = (a1: string) =>
    engine.getCellValue(engine.simpleCellAddressFromString(a1, sheet) ?? { sheet, row: 0, col: 0 });

  beforeEach(() => {
    engine = createFormulaEngine({ config: { smartRounding: false } });
    engine.addSheet('Channels');
    sheet = engine.getSheetId('Channels') ?? 0;
    engine.setCellContents({ sheet, row: 0, col: 0 }, sheetContent(rows));
  });

  it('has blank rows and a zero-lead row in the data, so the test means something', () => {
    expect(rows.filter((row) => row.leads === null)).toHaveLength(6);
    expect(rows.some((row) => row.leads === 0)).toBe(true);
    const verdicts = new Set(expectedVerdicts(rows));
    for (const verdict of ['', 'DROP', 'TEST']) expect(verdicts).toContain(verdict);
    expect(['SCALE', 'KEEP', 'OPTIMIZE'].filter((verdict) => verdicts.has(verdict)).length).toBeGreaterThanOrEqual(2);
  });

  it('evaluates ROMI and CPL over whole ranges with a header and blanks', () => {
    engine.setCellContents({ sheet, row: 0, col: 6 }, [['=ROMI(B2:B30, C2:C30)'], ['=CPL(C2:C30, D2:D30)']]);
    const revenue = sum(rows.map((row) => row.revenue));
    const cost = sum(rows.map((row) => row.cost));
    const leads = sum(rows.map((row) => row.leads));
    expect(cell('G1')).toBeCloseTo((revenue - cost) / cost, 12);
    expect(cell('G2')).toBeCloseTo(cost / leads, 9);
  });

  it('spills CHANNEL_VERDICT down a column, one verdict per row', () => {
    engine.setCellContents({ sheet, row: 1, col: 5 }, '=CHANNEL_VERDICT(D2:D30, C2:C30, B2:B30)');
    const spilled = engine
      .getRangeValues({ start: { sheet, row: 1, col: 5 }, end: { sheet, row: 29, col: 5 } })
      .map((line) => line[0] ?? '');
    expect(spilled).toEqual(expectedVerdicts(rows));
    // The spill ends where the leads range ends.
    expect(cell('F31')).toBeNull();
  });

  it("gives the acceptance table's verdicts, one row at a time and as one column with per-row target ROMI", () => {
    const table = engine.addSheet('Acceptance');
    const id = engine.getSheetId(table) ?? 0;
    const last = VERDICT_CASES.length + 1;
    engine.setCellContents({ sheet: id, row: 0, col: 0 }, [
      ['Leads', 'Cost', 'Revenue', 'Target CPL', 'Target ROMI', 'Row verdict', 'Column verdict'],
      ...VERDICT_CASES.map((row, index) => [
        row.leads,
        row.cost,
        row.revenue,
        row.targetCpl,
        row.targetRomi,
        `=CHANNEL_VERDICT(A${index + 2},B${index + 2},C${index + 2},D${index + 2},5,E${index + 2})`,
        index === 0 ? `=CHANNEL_VERDICT(A2:A${last},B2:B${last},C2:C${last},D2:D${last},5,E2:E${last})` : null,
      ]),
    ]);
    const values = engine.getRangeValues({
      start: { sheet: id, row: 1, col: 5 },
      end: { sheet: id, row: last - 1, col: 6 },
    });
    const blankAsEmpty = (value: unknown) => (value === null ? '' : value);
    expect(values.map((line) => blankAsEmpty(line[0]))).toEqual(VERDICT_CASES.map((row) => row.expected));
    expect(values.map((line) => blankAsEmpty(line[1]))).toEqual(VERDICT_CASES.map((row) => row.expected));
  });

  it('names target_romi and the row when a target ROMI is below 0', () => {
    engine.setCellContents({ sheet, row: 0, col: 8 }, [
      ['=CHANNEL_VERDICT(D2:D4, C2:C4, B2:B4, 100, 5, J2:J4)', null],
      [null, 1],
      [null, ''],
      [null, -0.5],
    ]);
    const error = cell('I1') as DetailedCellError;
    expect(error).toBeInstanceOf(DetailedCellError);
    expect(error.message).toBe('CHANNEL_VERDICT: target_romi, row 3: -0.5 is negative; expected 0 or more');
  });

  it('recalculates when an argument cell changes', () => {
    engine.setCellContents({ sheet, row: 0, col: 6 }, '=CPL(C2:C30, D2:D30)');
    const before = cell('G1');
    engine.setCellContents({ sheet, row: 1, col: 3 }, (rows[0]?.leads ?? 0) + 100);
    expect(cell('G1')).not.toBe(before);
    expect(cell('G1')).toBeCloseTo(sum(rows.map((row) => row.cost)) / (sum(rows.map((row) => row.leads)) + 100), 9);
  });

  it('turns a bad cell into an error whose message names the function and the row', () => {
    engine.setCellContents({ sheet, row: 5, col: 1 }, '1 000');
    engine.setCellContents({ sheet, row: 0, col: 6 }, '=ROMI(B2:B30, C2:C30)');
    const value = cell('G1');
    expect(value).toBeInstanceOf(DetailedCellError);
    const error = value as DetailedCellError;
    expect(error.value).toBe('#ERROR!');
    // B6 is the fifth row of B2:B30.
    expect(error.message).toBe('ROMI: revenue, row 5: "1 000" is text; enter it as a number');
  });

  it('passes an omitted optional argument as undefined and a skipped one as blank', () => {
    engine.setCellContents({ sheet, row: 0, col: 6 }, [
      ['=CPL(0, 25, 100000)'],
      ['=CPL(0, 25)'],
      ['=ROMI(150, 100, )'],
    ]);
    expect(cell('G1')).toBe(4_000);
    expect(cell('G2')).toBe(0);
    expect(cell('G3')).toBeCloseTo(0.5, 12);
  });

  it("passes error cells as their text and speaks the context's language", () => {
    const russian: FunctionContext = { lang: () => 'ru' };
    const ruEngine = createFormulaEngine({ context: () => russian });
    ruEngine.addSheet('S');
    const id = ruEngine.getSheetId('S') ?? 0;
    ruEngine.setCellContents({ sheet: id, row: 0, col: 0 }, [[100], ['=1/0'], ['=CPL(A1:A2, 5)']]);
    const value = ruEngine.getCellValue({ sheet: id, row: 2, col: 0 });
    expect((value as DetailedCellError).message).toBe(
      'CPL: затраты (cost), строка 2: в ячейке ошибка #DIV/0!; сначала исправьте эту ячейку',
    );
  });

  it('registers whatever the specs list, spill shapes included, and refuses a spill naming no parameter', () => {
    const twice: CustomFunctionSpec = {
      name: 'TWICE_EACH',
      summary: 'Each value doubled.',
      params: [{ name: 'values', description: 'A range.' }],
      returns: 'A range of the same shape.',
      examples: [],
      spill: { rowsOf: 'values', columnsOf: 'values' },
      implementation: (_context, values: number[][]) => values.map((row) => row.map((value) => value * 2)),
    };
    const custom = createFormulaEngine({ specs: [twice] });
    custom.addSheet('S');
    const id = custom.getSheetId('S') ?? 0;
    custom.setCellContents({ sheet: id, row: 0, col: 0 }, [
      [1, 2, '=TWICE_EACH(A1:B2)'],
      [5, 6, null],
    ]);
    expect(custom.getRangeValues({ start: { sheet: id, row: 0, col: 2 }, end: { sheet: id, row: 1, col: 3 } })).toEqual(
      [
        [2, 4],
        [10, 12],
      ],
    );
    expect(() => createFormulaEngine({ specs: [{ ...twice, spill: { rowsOf: 'nothing' } }] })).toThrow(
      /spill shape names "nothing"/,
    );
  });
});
