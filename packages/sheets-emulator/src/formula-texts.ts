/**
 * Formula text as the engine writes it out, kept between reads.
 * HyperFormula unparses a formula's tree on every `getCellFormula`, and the
 * emulator reads the same formulas again and again (a script's
 * `getFormulas`, snapshots, the inline-array refresh): unparsing was about a
 * tenth of the server tests' time. A cell's text changes only when that cell
 * is written, or when rows, columns, sheets or names change; the workbook
 * forgets the cell on the first and everything on the second.
 */
import type { SimpleCellAddress } from 'hyperformula';

/** More than the columns a sheet may have (Sheets: 18 278), so `row * COLUMN_SPAN + col` names one cell. */
const COLUMN_SPAN = 32_768;

export class FormulaTexts {
  /** By sheet, then by cell (`row * COLUMN_SPAN + col`); `undefined` is kept too (a cell known to hold no formula). */
  private readonly bySheet = new Map<number, Map<number, string | undefined>>();

  constructor(private readonly unparse: (address: SimpleCellAddress) => string | undefined) {}

  get(address: SimpleCellAddress): string | undefined {
    let sheet = this.bySheet.get(address.sheet);
    if (!sheet) {
      sheet = new Map();
      this.bySheet.set(address.sheet, sheet);
    }
    const key = address.row * COLUMN_SPAN + address.col;
    if (sheet.has(key)) return sheet.get(key);
    const text = this.unparse(address);
    sheet.set(key, text);
    return text;
  }

  /** The cells of a block (0-based, as the engine counts) were written. */
  forgetBlock(sheet: number, row: number, col: number, rows: number, cols: number): void {
    const texts = this.bySheet.get(sheet);
    if (!texts || texts.size === 0) return;
    if (rows * cols <= texts.size) {
      for (let r = row; r < row + rows; r++) for (let c = col; c < col + cols; c++) texts.delete(r * COLUMN_SPAN + c);
      return;
    }
    // A block larger than what is kept (clearing a whole sheet): look through what is kept instead.
    for (const key of texts.keys()) {
      const r = Math.floor(key / COLUMN_SPAN);
      const c = key % COLUMN_SPAN;
      if (r >= row && r < row + rows && c >= col && c < col + cols) texts.delete(key);
    }
  }

  /** Rows, columns, sheets or names changed: any formula's text may read differently now. */
  forgetAll(): void {
    this.bySheet.clear();
  }
}
