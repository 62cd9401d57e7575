/**
 * What the emulator keeps per cell besides its content (which lives in
 * HyperFormula): number format, colours, font, alignment, note, validation.
 * Sparse: a cell nobody formatted takes no room.
 */
import type { DataValidationData } from './data-validation-data';
import type { Dimension } from './grid-range';

export interface CellAttributes {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  note?: string;
  validation?: DataValidationData;
}

export type AttributeName = keyof CellAttributes;

export interface CellBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}

export class CellAttributeGrid {
  private cells = new Map<string, CellAttributes>();

  get(row: number, column: number): Readonly<CellAttributes> {
    return this.cells.get(key(row, column)) ?? {};
  }

  set<K extends AttributeName>(row: number, column: number, name: K, value: CellAttributes[K] | undefined): void {
    const cellKey = key(row, column);
    const attributes = this.cells.get(cellKey) ?? {};
    if (value === undefined) delete attributes[name];
    else attributes[name] = value;
    if (Object.keys(attributes).length === 0) this.cells.delete(cellKey);
    else this.cells.set(cellKey, attributes);
  }

  /** Forgets `names` (every attribute when omitted) in a block of cells. */
  clear(block: CellBlock, names?: readonly AttributeName[]): void {
    for (let row = block.row; row < block.row + block.numRows; row++) {
      for (let column = block.column; column < block.column + block.numColumns; column++) {
        if (!names) this.cells.delete(key(row, column));
        else for (const name of names) this.set(row, column, name, undefined);
      }
    }
  }

  clearAll(names?: readonly AttributeName[]): void {
    if (!names) {
      this.cells.clear();
      return;
    }
    for (const [cellKey, attributes] of [...this.cells]) {
      for (const name of names) delete attributes[name];
      if (Object.keys(attributes).length === 0) this.cells.delete(cellKey);
    }
  }

  /** Moves attributes to follow their cells when `count` rows or columns are inserted before `at`. */
  insert(dimension: Dimension, at: number, count: number): void {
    this.remap((row, column) => {
      const position = dimension === 'rows' ? row : column;
      const moved = position >= at ? position + count : position;
      return dimension === 'rows' ? [moved, column] : [row, moved];
    });
  }

  /** Drops the attributes of deleted rows or columns and moves the rest up or left. */
  remove(dimension: Dimension, at: number, count: number): void {
    this.remap((row, column) => {
      const position = dimension === 'rows' ? row : column;
      if (position >= at && position < at + count) return undefined;
      const moved = position >= at + count ? position - count : position;
      return dimension === 'rows' ? [moved, column] : [row, moved];
    });
  }

  /** Moves attributes with their rows (or columns) when lines are moved: `line` says where each line went. */
  move(dimension: Dimension, line: (position: number) => number): void {
    this.remap((row, column) => (dimension === 'rows' ? [line(row), column] : [row, line(column)]));
  }

  /** Cells that have attributes, with their 1-based position. */
  *entries(): IterableIterator<[number, number, Readonly<CellAttributes>]> {
    for (const [cellKey, attributes] of this.cells) {
      const [row = 0, column = 0] = cellKey.split(':').map(Number);
      yield [row, column, attributes];
    }
  }

  private remap(move: (row: number, column: number) => [number, number] | undefined): void {
    const moved = new Map<string, CellAttributes>();
    for (const [row, column, attributes] of this.entries()) {
      const target = move(row, column);
      if (target) moved.set(key(target[0], target[1]), attributes);
    }
    this.cells = moved;
  }
}
