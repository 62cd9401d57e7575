/**
 * The emulator's SUBSTITUTE (packages/sheets-emulator/src/substitute-plugin.ts)
 * keeps each search text's pattern; what it gives must be what HyperFormula's
 * own SUBSTITUTE gives, for text with pattern characters, replacement texts
 * with `$` forms, an empty search, numbers and errors, ranges in ARRAYFORMULA,
 * and the occurrence form, each written twice so the second call reuses a pattern.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { createFormulaEngine } from '../../packages/sheets-emulator/src/hyperformula-functions';
import { fasterBuiltInPlugins } from '../../packages/sheets-emulator/src/substitute-plugin';

const CELLS = [
  ['a.b.c', 'R/A', '1.5', 'x$y', '', 'RR AA'],
  ['$$', 'a+b', 'A\\B', '(a)', 'abcabc', '[x]'],
];

const FORMULAS = [
  '=SUBSTITUTE("a.b.c",".","-")',
  '=SUBSTITUTE("a.b.c",".","$&$&")',
  '=SUBSTITUTE("x$y","$","$$")',
  '=SUBSTITUTE("x$y","$","$`")',
  `=SUBSTITUTE("x$y","$","$'")`,
  '=SUBSTITUTE("abc","","-")',
  '=SUBSTITUTE("","a","b")',
  '=SUBSTITUTE(1.5,".",",")',
  '=SUBSTITUTE(12345,3,"")',
  '=SUBSTITUTE(TRUE(),"R","r")',
  '=SUBSTITUTE(1/0,"a","b")',
  '=SUBSTITUTE("aaa","a","b",2)',
  '=SUBSTITUTE("aaa","a","b",0)',
  '=SUBSTITUTE("a*b?c","*","")',
  '=SUBSTITUTE("a","b")',
  '=SUBSTITUTE(A1,".","")',
  '=SUBSTITUTE(B1,"/"," ")',
  '=SUBSTITUTE(C2,CHAR(92),"|")',
  '=SUBSTITUTE(D2,"(","[")',
  '=SUBSTITUTE(F2,"[","")',
  '=SUBSTITUTE(E2,"bc","$1",1)',
  '=ARRAYFORMULA(TEXTJOIN(";",FALSE(),SUBSTITUTE(SUBSTITUTE(UPPER(A1:F2),"A","1"),"R","")))',
  '=ARRAYFORMULA(TEXTJOIN(";",FALSE(),SUBSTITUTE(A1:F2,"a","$&-",1)))',
  '=ARRAYFORMULA(SUMPRODUCT(--(SUBSTITUTE(A1:F1,"A","")=A1:F1)))',
];

/** Every formula's value in `engine`, each formula written twice (the second reuses the first's pattern). */
function values(engine: HyperFormula): unknown[] {
  const sheet = engine.getSheetId(engine.addSheet('S'));
  if (sheet === undefined) throw new Error('no sheet');
  engine.setCellContents({ sheet, row: 0, col: 0 }, CELLS);
  const out: unknown[] = [];
  FORMULAS.forEach((formula, index) => {
    for (const col of [8, 9]) {
      const address = { sheet, row: index, col };
      engine.setCellContents(address, formula);
      const value = engine.getCellValue(address);
      out.push(typeof value === 'object' && value !== null && 'value' in value ? `error ${value.value}` : value);
    }
  });
  return out;
}

describe("the emulator's SUBSTITUTE", () => {
  it('is the one the emulator registers', () => {
    const [plugin] = fasterBuiltInPlugins();
    expect(plugin).toBeDefined();
    expect(createFormulaEngine().getFunctionPlugin('SUBSTITUTE')).toBe(plugin);
  });

  it("gives what HyperFormula's own gives", () => {
    const own = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    expect(own.getFunctionPlugin('SUBSTITUTE')).not.toBe(fasterBuiltInPlugins()[0]);
    const expected = values(own);
    expect(expected).toContain('a-b-c');
    expect(expected).toContain('error #VALUE!');
    expect(values(createFormulaEngine())).toEqual(expected);
  });
});
