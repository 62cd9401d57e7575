/**
 * The KPI tab's input cells as the import sees them: the tab and its
 * columns found by developer metadata, each row by its key cells (month and
 * channel id, which travel with the row when people sort), read in two
 * calls whatever the tab's size; writes go in runs of neighbouring rows, one
 * call each, so the calls grow with the cells an import changes, never with
 * the rows of the files.
 */
import type { Lang } from '../../core/i18n/lang';
import type { ImportField } from '../../core/kpi-import/import-fields';
import type { CellState } from '../../core/kpi-import/plan-import';
import { KPI_HEADER_ROWS, type KpiColumnKey } from '../../core/kpi/kpi-columns';
import { monthFromCell } from '../../core/kpi/month';
import { isBlank, type SheetsScalar } from '../../core/sheet-values';
import { readTableGrid, type TableGrid } from '../anchored/table-grid';
import { locateKpiTab, requireEveryColumn } from '../kpi/kpi-tab-location';
import { datesAsSerials } from '../spreadsheet-dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface KpiInputCells {
  sheet: Sheet;
  places: ReadonlyMap<KpiColumnKey, number>;
  grid: TableGrid;
  /** `month|channelId` → sheet row (the first row holding the key). */
  rowOf: ReadonlyMap<string, number>;
}

/** The tab's cells, or `null` when the spreadsheet has no KPI tab. A lost column stops here, naming it. */
export function readKpiInputCells(lang: Lang): KpiInputCells | null {
  const location = locateKpiTab(lang);
  if (!location) return null;
  requireEveryColumn(location, lang);
  const { sheet, places } = location;
  const grid = readTableGrid(sheet);
  const monthColumn = places.get('month');
  const idColumn = places.get('channel_id');
  const rowOf = new Map<string, number>();
  if (monthColumn !== undefined && idColumn !== undefined) {
    const values = datesAsSerials(
      grid.values.map((row) => [...row]),
      monthColumn - 1,
      sheet.getParent(),
    );
    for (let index = KPI_HEADER_ROWS; index < values.length; index++) {
      const month = monthFromCell(values[index]?.[monthColumn - 1]);
      const id = values[index]?.[idColumn - 1];
      if (month === null || isBlank(id ?? '')) continue;
      const key = `${month}|${String(id).trim()}`;
      if (!rowOf.has(key)) rowOf.set(key, index + 1);
    }
  }
  return { sheet, places, grid, rowOf };
}

export function cellPlace(
  cells: KpiInputCells,
  month: string,
  channel: string,
  field: ImportField,
): { row: number; column: number } | null {
  const row = cells.rowOf.get(`${month}|${channel}`);
  const column = cells.places.get(field);
  return row === undefined || column === undefined ? null : { row, column };
}

export function cellState(cells: KpiInputCells, month: string, channel: string, field: ImportField): CellState | null {
  const place = cellPlace(cells, month, channel, field);
  if (!place) return null;
  return {
    value: cells.grid.values[place.row - 1]?.[place.column - 1] ?? '',
    formula: cells.grid.formulas[place.row - 1]?.[place.column - 1] ?? '',
  };
}

/** Cells grouped by column, in runs of neighbouring rows: one call per run, whatever the tab's size. */
function columnRuns<T>(writes: readonly { row: number; column: number; value: T }[]): {
  column: number;
  row: number;
  values: T[];
}[] {
  const byColumn = new Map<number, { row: number; value: T }[]>();
  for (const write of writes) {
    const list = byColumn.get(write.column) ?? [];
    list.push({ row: write.row, value: write.value });
    byColumn.set(write.column, list);
  }
  const runs: { column: number; row: number; values: T[] }[] = [];
  for (const [column, list] of byColumn) {
    list.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let index = 1; index <= list.length; index++) {
      const previous = list[index - 1];
      const current = list[index];
      if (current && previous && current.row === previous.row + 1) continue;
      const run = list.slice(start, index);
      const first = run[0];
      if (first) runs.push({ column, row: first.row, values: run.map((cell) => cell.value) });
      start = index;
    }
  }
  return runs;
}

/** Writes each column's cells in runs of neighbouring rows: one setValues per run. */
export function writeCells(
  sheet: Sheet,
  writes: readonly { row: number; column: number; value: SheetsScalar }[],
): void {
  for (const run of columnRuns(writes))
    sheet.getRange(run.row, run.column, run.values.length, 1).setValues(run.values.map((value) => [value]));
}

/** The tab's notes over the grid read before: one call. */
export function readNotes(cells: KpiInputCells): string[][] {
  const { lastRow, lastColumn } = cells.grid;
  if (lastRow < 1 || lastColumn < 1) return [];
  return cells.sheet.getRange(1, 1, lastRow, lastColumn).getNotes();
}

/** Writes notes in runs of neighbouring rows, one setNotes per run ('' clears a note). */
export function writeNotes(sheet: Sheet, writes: readonly { row: number; column: number; value: string }[]): void {
  for (const run of columnRuns(writes))
    sheet.getRange(run.row, run.column, run.values.length, 1).setNotes(run.values.map((note) => [note]));
}
