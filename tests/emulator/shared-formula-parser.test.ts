/**
 * Engines of one configuration share one analysed formula lexer and parser
 * (packages/sheets-emulator/src/shared-formula-parser.ts): each engine still
 * reads sheet names as its own sheets, keeps its own names and functions,
 * and an engine of another configuration reads formulas its own way.
 */
import type { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { createFormulaEngine } from '../../packages/sheets-emulator/src/hyperformula-functions';
import type { EmulatedCustomFunction } from '../../packages/sheets-emulator/src/custom-function';

function sheetId(engine: HyperFormula, name: string): number {
  const id = engine.getSheetId(name);
  if (id === undefined) throw new Error(`no sheet ${name}`);
  return id;
}

/** An engine whose sheets are `names`, each with its own name in A1. */
function engineWithSheets(...names: string[]): HyperFormula {
  const engine = createFormulaEngine();
  for (const name of names) {
    engine.addSheet(name);
    engine.setCellContents({ sheet: sheetId(engine, name), row: 0, col: 0 }, `in ${name}`);
  }
  return engine;
}

function lexerOf(engine: HyperFormula): unknown {
  return (engine as unknown as { _parser: { lexer: unknown } })._parser.lexer;
}

describe('engines sharing a formula parser', () => {
  it('share it: the grammar is analysed once per configuration', () => {
    // If HyperFormula's parser changes shape, each engine keeps its own again (and is 10 ms slower to build).
    expect(lexerOf(createFormulaEngine())).toBe(lexerOf(createFormulaEngine()));
  });

  it('each resolves a sheet name to its own sheet, whichever engine parsed last', () => {
    const first = engineWithSheets('Data', 'Report');
    const second = engineWithSheets('Report');
    // The same text in each, parsed in turn: Report is sheet 1 of the first engine and sheet 0 of the second.
    const formula = '=Report!A1&"!"';
    first.setCellContents({ sheet: sheetId(first, 'Data'), row: 1, col: 0 }, formula);
    second.setCellContents({ sheet: sheetId(second, 'Report'), row: 1, col: 0 }, formula);
    first.setCellContents({ sheet: sheetId(first, 'Data'), row: 2, col: 0 }, '=Report!A1');
    expect(first.getCellValue({ sheet: sheetId(first, 'Data'), row: 1, col: 0 })).toBe('in Report!');
    expect(first.getCellValue({ sheet: sheetId(first, 'Data'), row: 2, col: 0 })).toBe('in Report');
    expect(second.getCellValue({ sheet: sheetId(second, 'Report'), row: 1, col: 0 })).toBe('in Report!');
  });

  it('a reference to a sheet one engine lacks is that engine’s #REF!, until the sheet is added there', () => {
    const withPlan = engineWithSheets('Main', 'Plan');
    const without = engineWithSheets('Main');
    const cell = (engine: HyperFormula) => ({ sheet: sheetId(engine, 'Main'), row: 1, col: 0 });
    without.setCellContents(cell(without), '=Plan!A1');
    withPlan.setCellContents(cell(withPlan), '=Plan!A1');
    expect(without.getCellValue(cell(without))).toMatchObject({ value: '#REF!' });
    expect(withPlan.getCellValue(cell(withPlan))).toBe('in Plan');
    without.addSheet('Plan');
    without.setCellContents({ sheet: sheetId(without, 'Plan'), row: 0, col: 0 }, 'later');
    expect(without.getCellValue(cell(without))).toBe('later');
    expect(withPlan.getCellValue(cell(withPlan))).toBe('in Plan');
  });

  it('keeps named expressions and custom functions per engine', () => {
    const twice: EmulatedCustomFunction<null> = {
      name: 'TWICE_SHARED',
      params: [{ name: 'value' }],
      implementation: (_context, value: number) => value * 2,
    };
    const withFunction = createFormulaEngine({ specs: [twice], context: () => null });
    const plain = createFormulaEngine();
    for (const engine of [withFunction, plain]) engine.addSheet('S');
    withFunction.addNamedExpression('Rate', '=3');
    const a1 = (engine: HyperFormula) => ({ sheet: sheetId(engine, 'S'), row: 0, col: 0 });
    withFunction.setCellContents(a1(withFunction), '=TWICE_SHARED(Rate)');
    plain.setCellContents(a1(plain), '=TWICE_SHARED(Rate)');
    expect(withFunction.getCellValue(a1(withFunction))).toBe(6);
    expect(plain.getCellValue(a1(plain))).toMatchObject({ value: '#NAME?' });
  });

  it('reads formulas with the separators of its own configuration', () => {
    const semicolons = createFormulaEngine({ config: { functionArgSeparator: ';', decimalSeparator: ',' } });
    const commas = createFormulaEngine();
    expect(lexerOf(semicolons)).not.toBe(lexerOf(commas));
    for (const engine of [semicolons, commas]) engine.addSheet('S');
    const a1 = (engine: HyperFormula) => ({ sheet: sheetId(engine, 'S'), row: 0, col: 0 });
    semicolons.setCellContents(a1(semicolons), '=SUM(1,5;2)');
    commas.setCellContents(a1(commas), '=SUM(1.5,2)');
    expect(semicolons.getCellValue(a1(semicolons))).toBe(3.5);
    expect(commas.getCellValue(a1(commas))).toBe(3.5);
    // Built after the other configuration, an engine of the first still shares the first's parser.
    expect(lexerOf(createFormulaEngine({ config: { functionArgSeparator: ';', decimalSeparator: ',' } }))).toBe(
      lexerOf(semicolons),
    );
  });
});
