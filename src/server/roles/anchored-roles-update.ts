/**
 * Updates an anchored Roles tab in place (core/anchored, the same write
 * model as the KPI tab): its columns found by whole-column developer
 * metadata (roles-projection.ts), its rows by their key cells, new role or
 * person columns added with Sheets' own column insertion after the
 * matrix's last column, new directions with row insertion above the load
 * row, so every reference anywhere follows its cell. Only the add-on's
 * own cells are written on existing rows and columns: headers, direction
 * names, the check and load formulas, the figures and legend. A person's
 * letters, columns, rows and formulas are never written; after the build
 * every one of their cells is compared with what it held.
 */
import { a1Cell, a1Range, columnLetters, type CellRange } from '../../core/a1-notation';
import { changedCells, type CellGrid, type CellPlace } from '../../core/anchored/kept-check';
import { planColumnWrites, type CellNow, type OwnedCell } from '../../core/anchored/owned-cells';
import { describeCells } from '../../core/anchored/cell-list';
import { missingPartNames, type RolesTabPart } from '../../core/roles-tab/missing-parts';
import { columnRuns, type ProtectedArea, type ProtectionPolicy } from '../../core/sharing/protection-policy';
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { LANGS } from '../../core/i18n/lang';
import { rolesTabMessages } from '../../core/i18n/roles-tab-messages';
import { readRaciCell } from '../../core/raci';
import {
  NATIVE_LINE_CHECK,
  nativeDirectionCheckFormula,
  nativeRoleLoadFormula,
  nativeStaffingFormula,
} from '../../core/raci/native-formulas';
import type { BuiltColumn, BuiltRolesLayout } from '../../core/roles-tab/built-layout';
import { columnKind, modeColumnKind } from '../../core/roles-tab/matrix-columns';
import { planRolesMatrix, type RolesMatrixPlan } from '../../core/roles-tab/plan-roles-matrix';
import type { PlannedRolesColumn } from '../../core/roles-tab/plan-columns';
import { cellText } from '../../core/roles-tab/read-roles-tab';
import {
  findRolesFrame,
  projectRolesTab,
  rolesAnchorsFrom,
  type RolesAnchors,
} from '../../core/roles-tab/roles-projection';
import { RACI_DROPDOWN_VALUES, type RolesTailRow } from '../../core/roles-tab/roles-tab-layout';
import { RACI_MATRIX_RANGE_NAME, ROLES_COLOURS, rolesConditionalRules } from '../../core/roles-tab/roles-tab-model';
import { keptAsText, tabReader } from '../../core/roles-tab/tab-reader';
import type { SheetsScalar } from '../../core/sheet-values';
import type { TeamSettings } from '../../shared/team-settings';
import type { MatrixDocument } from '../../shared/template-document';
import type { AnchorKeys } from '../../core/anchored/anchored-layout';
import { anchorColumn } from '../anchored/anchored-sheet';
import { readTableGrid, writeColumnRuns } from '../anchored/table-grid';
import { rangeOf, replaceOwnProtections } from '../own-protections';
import { UserFacingError } from '../user-facing-error';
import { conditionalRule } from './roles-sheet-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface AnchoredRolesUpdate {
  plan: RolesMatrixPlan;
  /** Cells of a person's that differ after the build (named "C5, D7"). */
  notKept: string[];
  /** Check and load cells holding a value a person typed over the formula, kept. */
  typedOver: string[];
  /** Matrix cells a template file's letters were written into, replacing other letters (named "C5, D7"). */
  importedCells: string[];
  layout: BuiltRolesLayout;
}

const MATRIX_COLUMN_WIDTH = 120;

/** The anchors a build writes on a tab's columns, from a plan laid out from column A (a new tab, or one adopted). */
export function anchorFreshLayout(sheet: Sheet, plan: RolesMatrixPlan, keys: AnchorKeys): void {
  anchorColumn(sheet, 1, keys, 'label');
  anchorColumn(sheet, 2, keys, 'figures');
  plan.columns.forEach((column, index) => {
    if (column.id) anchorColumn(sheet, 2 + index, keys, column.id);
  });
  anchorColumn(sheet, 2 + plan.columns.length, keys, 'check');
}

/**
 * The anchors for a tab built before anchoring, where its parts stand now: the label column A,
 * the figures in column B (as every build laid them), the Check column where its formula is, and
 * each matrix column its name identifies (core/roles-tab/legacy-anchors.ts). Nothing is written.
 */
export function anchorLegacyLayout(
  sheet: Sheet,
  structure: { checkColumn: number },
  ids: ReadonlyMap<number, string>,
  keys: AnchorKeys,
): void {
  anchorColumn(sheet, 1, keys, 'label');
  anchorColumn(sheet, 2, keys, 'figures');
  for (const [column, id] of ids) anchorColumn(sheet, column + 1, keys, id);
  anchorColumn(sheet, structure.checkColumn + 1, keys, 'check');
}

function stop(lang: Lang, missing: readonly RolesTabPart[]): never {
  throw new UserFacingError(
    translate(rolesTabMessages, lang, 'missing_parts', { parts: missingPartNames(lang, missing) }),
  );
}

function cellAt(grid: CellGrid, row: number, column: number): CellNow | null {
  const line = grid.values[row - grid.firstRow];
  if (!line || column < 1 || column > line.length) return { value: '', formula: '' };
  return { value: line[column - 1] ?? '', formula: grid.formulas[row - grid.firstRow]?.[column - 1] ?? '' };
}

/** `B5:E5`, or `{B5:C5,G5}` when a person's column sits between two of ours, so it never joins a check. */
function cellsOf(columns: readonly number[], row: number, rows: number, absolute: boolean): string {
  const runs = columnRuns([...columns]).map(({ column, count }) => a1Range(row, column, rows, count, absolute));
  return runs.length === 1 ? (runs[0] ?? '') : `{${runs.join(',')}}`;
}

export function updateAnchoredRolesTab(
  sheet: Sheet,
  found: ReadonlyMap<string, number>,
  team: TeamSettings,
  lang: Lang,
  policy: ProtectionPolicy,
  previous: BuiltRolesLayout | null,
  imported: MatrixDocument | null,
  keys: AnchorKeys,
): AnchoredRolesUpdate {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, lang, key);
  const anchorsRead = rolesAnchorsFrom(found);
  if (!anchorsRead.ok) stop(lang, anchorsRead.missing);
  const anchors: RolesAnchors = anchorsRead.anchors;
  const grid = readTableGrid(sheet);
  const projection = projectRolesTab(grid, anchors);
  const frame = findRolesFrame(projection);
  if (!frame.ok) stop(lang, frame.missing);
  const planned = planRolesMatrix({
    team,
    lang,
    existing: projection.region,
    previous,
    imported,
    anchored: { structure: frame.structure, ids: projection.ids },
  });
  if (!planned.ok) throw new Error('an anchored Roles tab is always the add-on’s');
  const plan = planned.plan;
  const read = tabReader(projection.region);

  // Where things are before the build (1-based sheet rows and columns), and where the build's insertions put them.
  const loadRowBefore = frame.structure.loadRow + 1;
  const lastMatrixRow = loadRowBefore - 1;
  const lastMatrixColumn = Math.max(anchors.label, ...anchors.matrix.map((item) => item.column));
  const newColumns = plan.columns.flatMap((column, index) => (column.origin === 'sheet' ? [] : [index]));
  const newRows = plan.rows.flatMap((row, index) => (row.oldRow === null ? [index] : []));
  const columnAfter = (column: number) => (column > lastMatrixColumn ? column + newColumns.length : column);
  const rowAfter = (row: number) => (row > lastMatrixRow ? row + newRows.length : row);
  const sheetColumnOf = (index: number): number => {
    const column = plan.columns[index];
    if (!column) return 0;
    if (column.origin === 'sheet') return columnAfter(projection.sheetColumn[column.oldColumns[0] ?? 0] ?? 0);
    return lastMatrixColumn + 1 + newColumns.indexOf(index);
  };
  const sheetRowOf = (index: number): number => {
    const row = plan.rows[index];
    if (!row) return 0;
    return row.oldRow !== null ? row.oldRow + 1 : lastMatrixRow + 1 + newRows.indexOf(index);
  };

  // A column of the other kind (a role's after the switch to people, or the reverse) stays as it is, beside the matrix: out of its checks.
  const currentKind = modeColumnKind(team.matrixColumns);
  const inMatrix = plan.columns.map(
    (column) => !(column.origin === 'sheet' && column.id !== null && columnKind(column.id) !== currentKind),
  );
  const matrixColumns = plan.columns
    .flatMap((_, index) => (inMatrix[index] ? [sheetColumnOf(index)] : []))
    .sort((a, b) => a - b);
  const usedAsSheet = new Set(
    plan.columns.flatMap((column, index) => (column.origin === 'sheet' && inMatrix[index] ? column.oldColumns : [])),
  );
  const besideColumns = anchors.matrix.flatMap((item, index) =>
    usedAsSheet.has(1 + index)
      ? []
      : [{ id: item.id, projected: 1 + index, before: item.column, column: columnAfter(item.column) }],
  );

  // Structure first: rows, then columns (whole-column metadata then covers the new rows too).
  if (newRows.length > 0) sheet.insertRowsAfter(lastMatrixRow, newRows.length);
  if (newColumns.length > 0) {
    sheet.insertColumnsAfter(lastMatrixColumn, newColumns.length);
    for (const index of newColumns) {
      const id = plan.columns[index]?.id;
      if (id) anchorColumn(sheet, sheetColumnOf(index), keys, id);
    }
  }

  /** The matrix's last row after the build. */
  const rowsAfter = lastMatrixRow + newRows.length;
  const loadRow = rowAfter(loadRowBefore);
  const tail = (row: RolesTailRow) => rowAfter((frame.tailRows.get(row) ?? 0) + 1);
  const label = anchors.label;
  const check = columnAfter(anchors.check);
  const figures = columnAfter(anchors.figures);

  // What the add-on wants in its own cells, column by column (sheet coordinates after the insertions).
  const wants = new Map<number, OwnedCell[]>();
  const keptTyped: CellPlace[] = [];
  const importedPlaces: CellPlace[] = [];
  const rowBefore = (row: number) =>
    row > lastMatrixRow + newRows.length ? row - newRows.length : row > lastMatrixRow ? null : row;
  const columnBefore = (column: number) =>
    column > lastMatrixColumn + newColumns.length
      ? column - newColumns.length
      : column > lastMatrixColumn
        ? null
        : column;
  const want = (row: number, column: number, value: SheetsScalar) => {
    const r = rowBefore(row);
    const c = columnBefore(column);
    const now = r === null || c === null ? null : cellAt(grid, r, c);
    if (typeof value === 'string' && value.startsWith('=') && now && now.formula === '' && cellText(now.value) !== '') {
      keptTyped.push({ row, column });
      return;
    }
    const list = wants.get(column) ?? [];
    list.push({ sheetRow: row, now, want: value });
    wants.set(column, list);
  };

  want(1, label, t('col_direction'));
  want(1, check, t('col_check'));
  plan.columns.forEach((column, index) => {
    if (!column.kept) want(1, sheetColumnOf(index), keptAsText(column.name));
  });
  const names = cellsOf(matrixColumns, 1, 1, true);
  plan.rows.forEach((row, index) => {
    const sheetRow = sheetRowOf(index);
    const added = row.oldRow === null;
    if (row.directionId !== null || added) want(sheetRow, label, row.label);
    if (matrixColumns.length > 0)
      want(sheetRow, check, nativeDirectionCheckFormula(cellsOf(matrixColumns, sheetRow, 1, false), names, lang));
    plan.columns.forEach((column, c) => {
      if (!inMatrix[c]) return;
      const cell = plan.cells[index]?.[c] ?? '';
      const oldColumn = column.oldColumns[0];
      if (added || column.origin !== 'sheet') {
        if (cell !== '') want(sheetRow, sheetColumnOf(c), cell);
      } else if (
        imported &&
        row.oldRow !== null &&
        oldColumn !== undefined &&
        cell !== read.rewrite(row.oldRow, oldColumn)
      ) {
        // A template file the person chose to import: its letters win (see imported-letters.ts), and the build names where.
        want(sheetRow, sheetColumnOf(c), cell);
        importedPlaces.push({ row: sheetRow, column: sheetColumnOf(c) });
      }
    });
  });
  want(loadRow, label, t('load_label'));
  const directionsRange = a1Range(2, label, Math.max(1, rowsAfter - 1), 1, true);
  const limitCell = a1Cell(tail('limit'), figures, true);
  for (const column of matrixColumns) {
    const letter = columnLetters(column);
    want(
      loadRow,
      column,
      nativeRoleLoadFormula(`${letter}$2:${letter}$${rowsAfter}`, directionsRange, limitCell, lang),
    );
  }
  // A load formula the add-on wrote under a column that is now beside the matrix goes; anything else there stays.
  for (const beside of besideColumns) {
    if (NATIVE_LINE_CHECK.test(cellAt(grid, loadRowBefore, beside.before)?.formula ?? ''))
      want(loadRow, beside.column, '');
  }
  const tailCell = (row: RolesTailRow, text: string, value: SheetsScalar) => {
    want(tail(row), label, text);
    want(tail(row), figures, value);
  };
  tailCell('headcount', t('headcount_label'), team.companyHeadcount ?? '');
  tailCell('people', t('people_label'), team.people.length > 0 ? team.people.length : '');
  tailCell('limit', t('limit_label'), team.maxResponsible);
  tailCell(
    'staffing',
    t('staffing_label'),
    nativeStaffingFormula(
      a1Cell(tail('headcount'), figures),
      a1Cell(tail('people'), figures),
      t('staffing_hint'),
      lang,
    ),
  );
  tailCell('legend_r', 'R', t('legend_r'));
  tailCell('legend_a', 'A', t('legend_a'));
  tailCell('legend_c', 'C', t('legend_c'));
  tailCell('legend_i', 'I', t('legend_i'));
  tailCell('legend_ra', 'R/A', t('legend_ra'));

  // Names are text: a new column's header gets the text format before its name goes in.
  if (newColumns.length > 0) sheet.getRange(1, lastMatrixColumn + 1, 1, newColumns.length).setNumberFormat('@');
  for (const [column, cells] of wants) writeColumnRuns(sheet, column, planColumnWrites(cells, false));

  // The hidden columns beside the matrix: shown again only by the build that hid them.
  const hiddenBefore = new Set(previous?.hidden ?? []);
  const hidden = styleMatrix(sheet, {
    plan,
    lang,
    policy,
    label,
    check,
    figures,
    loadRow,
    rowsAfter,
    oldMatrixRows: lastMatrixRow - 1,
    lastTailRow: Math.max(...[...frame.tailRows.keys()].map(tail)),
    headcountRow: tail('headcount'),
    staffingRow: tail('staffing'),
    matrixColumns,
    newColumns: newColumns.map(sheetColumnOf),
    besideColumns,
    hiddenBefore,
    representedIn: (projected, row) => representedLetters(read, plan, inMatrix, projected, row),
    customRows: plan.rows.flatMap((row, index) => (row.directionId === null ? [sheetRowOf(index)] : [])),
    columnsInMatrix: plan.columns.flatMap((column, index) =>
      inMatrix[index] ? [{ column, at: sheetColumnOf(index) }] : [],
    ),
  });

  // The check: every cell of a person's, before and after.
  const after = readTableGrid(sheet);
  const owned = new Set<string>();
  for (const [column, cells] of wants) for (const cell of cells) owned.add(`${cell.sheetRow}|${column}`);
  const isPersons = ({ row, column }: CellPlace) => !owned.has(`${rowAfter(row)}|${columnAfter(column)}`);
  const changed = changedCells(grid, after, isPersons, rowAfter, columnAfter, newRows.length + newColumns.length > 0);

  const beside = besideColumns.filter((item) => !hidden.has(item.id));
  const layoutColumns: BuiltColumn[] = [
    ...plan.columns.map(({ id, name, roleId, kept }) => ({ id, name, roleId, kept })),
    ...besideColumns.map((item) => ({
      id: item.id,
      name: cellText(projection.region.values[0]?.[item.projected] ?? ''),
      roleId: roleOfBeside(item.id, previous, plan),
      kept: true,
    })),
  ];
  // What the sidebar names: the matrix's columns, then the columns beside it that stay in sight.
  const shownPlan: RolesMatrixPlan = {
    ...plan,
    columns: [
      ...plan.columns.filter((_, index) => inMatrix[index]),
      ...beside.map(
        (item): PlannedRolesColumn => ({
          id: item.id,
          name: cellText(projection.region.values[0]?.[item.projected] ?? ''),
          roleId: roleOfBeside(item.id, previous, plan),
          kept: true,
          header: '',
          origin: 'sheet',
          oldColumns: [item.projected],
          unmapped: true,
        }),
      ),
    ],
  };
  return {
    plan: shownPlan,
    notKept: changed.length > 0 ? [describeCells(changed)] : [],
    typedOver: keptTyped.length > 0 ? [describeCells(keptTyped)] : [],
    importedCells: importedPlaces.length > 0 ? [describeCells(importedPlaces)] : [],
    layout: { mode: plan.mode, columns: layoutColumns, hidden: [...hidden] },
  };
}

function roleOfBeside(id: string, previous: BuiltRolesLayout | null, plan: RolesMatrixPlan): string | null {
  if (id.startsWith('role:')) return id.slice('role:'.length);
  return (
    previous?.columns.find((column) => column.id === id)?.roleId ??
    plan.columns.find((column) => column.id === id)?.roleId ??
    null
  );
}

/**
 * Whether every letter a column beside the matrix holds on `row` is also in
 * the matrix, in a column of the same role: then hiding it hides nothing.
 * A cell that is not letters is never represented.
 */
function representedLetters(
  read: ReturnType<typeof tabReader>,
  plan: RolesMatrixPlan,
  inMatrix: readonly boolean[],
  projected: number,
  row: number,
): boolean {
  const value = read.value(row, projected);
  if (cellText(value) === '') return true;
  const reading = readRaciCell(value);
  if (!reading.ok) return false;
  const roleId = plan.columns.find((column) => column.oldColumns.includes(projected))?.roleId ?? null;
  const index = plan.rows.findIndex((planned) => planned.oldRow === row);
  const held = new Set(
    plan.columns.flatMap((column, c) => {
      if (!inMatrix[c] || column.roleId === null || (roleId !== null && column.roleId !== roleId)) return [];
      const cell = plan.cells[index]?.[c] ?? '';
      const letters = readRaciCell(typeof cell === 'string' ? cell.replace(/^'/, '') : cell);
      return letters.ok ? [...letters.cell] : [];
    }),
  );
  return index >= 0 && roleId !== null && reading.cell.every((letter) => held.has(letter));
}

interface MatrixStyle {
  plan: RolesMatrixPlan;
  lang: Lang;
  policy: ProtectionPolicy;
  label: number;
  check: number;
  figures: number;
  loadRow: number;
  rowsAfter: number;
  /** Matrix rows before the build's insertions (rows 1… of the projection). */
  oldMatrixRows: number;
  lastTailRow: number;
  headcountRow: number;
  staffingRow: number;
  matrixColumns: number[];
  newColumns: number[];
  besideColumns: { id: string; projected: number; before: number; column: number }[];
  hiddenBefore: ReadonlySet<string>;
  representedIn: (projected: number, row: number) => boolean;
  customRows: number[];
  columnsInMatrix: { column: PlannedRolesColumn; at: number }[];
}

/** Drop-downs, colours, notes, protections, the named range and hidden columns: calls per run of the add-on's columns, none per cell. */
function styleMatrix(sheet: Sheet, style: MatrixStyle): Set<string> {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, style.lang, key);
  const matrixRows = Math.max(1, style.rowsAfter - 1);
  const runs = columnRuns(style.matrixColumns);
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...RACI_DROPDOWN_VALUES], true)
    .setAllowInvalid(true)
    .setHelpText(t('validation_help'))
    .build();
  const matrixRanges: CellRange[] = runs.map(({ column, count }) => ({
    row: 2,
    column,
    rows: matrixRows,
    columns: count,
  }));
  for (const range of matrixRanges) rangeOf(sheet, range).setDataValidation(rule).setHorizontalAlignment('center');

  // Header colours over the add-on's header cells; a kept column's in the kept colours.
  const ours = [
    style.label,
    ...style.matrixColumns,
    ...style.besideColumns.map((item) => item.column),
    style.check,
  ].sort((a, b) => a - b);
  const keptAt = new Set([
    ...style.columnsInMatrix.filter(({ column }) => column.kept).map(({ at }) => at),
    ...style.besideColumns.map((item) => item.column),
  ]);
  for (const { column, count } of columnRuns(ours)) {
    const cells = Array.from({ length: count }, (_, offset) => keptAt.has(column + offset));
    sheet
      .getRange(1, column, 1, count)
      .setBackgrounds([
        cells.map((kept) => (kept ? ROLES_COLOURS.keptHeader.background : ROLES_COLOURS.header.background)),
      ])
      .setFontColors([cells.map((kept) => (kept ? ROLES_COLOURS.keptHeader.font : ROLES_COLOURS.header.font))])
      .setFontWeight('bold')
      .setWrap(true)
      .setVerticalAlignment('middle');
  }

  // Columns beside the matrix: hidden when the matrix holds every letter they hold, else shown and flagged.
  const hidden = new Set<string>();
  for (const beside of style.besideColumns) {
    const represented = Array.from({ length: style.oldMatrixRows }, (_, offset) =>
      style.representedIn(beside.projected, 1 + offset),
    ).every(Boolean);
    if (represented) {
      hidden.add(beside.id);
      if (!style.hiddenBefore.has(beside.id)) sheet.hideColumns(beside.column);
    } else if (style.hiddenBefore.has(beside.id)) sheet.showColumns(beside.column);
  }
  for (const { column, at } of style.columnsInMatrix)
    if (column.id !== null && style.hiddenBefore.has(column.id)) sheet.showColumns(at);

  // Notes the add-on writes go only where no person's note is.
  const ownNotes = new Set(
    LANGS.flatMap((anyLang) =>
      (['note_kept_column', 'note_unmapped_column', 'note_custom_row'] as const).map((key) =>
        translate(rolesTabMessages, anyLang, key),
      ),
    ),
  );
  const noteWants = new Map<string, { row: number; column: number; note: string }>();
  for (const { column, at } of style.columnsInMatrix)
    noteWants.set(`1|${at}`, { row: 1, column: at, note: column.kept ? t('note_kept_column') : '' });
  for (const beside of style.besideColumns)
    noteWants.set(`1|${beside.column}`, {
      row: 1,
      column: beside.column,
      note: hidden.has(beside.id) ? '' : t('note_unmapped_column'),
    });
  // Over the add-on's header cells only, run by run: a person's column between ours is neither read nor written.
  for (const { column, count } of columnRuns(ours)) writeOwnNotes(sheet, 1, column, 1, count, noteWants, ownNotes);
  const labelNotes = new Map<string, { row: number; column: number; note: string }>();
  for (let row = 2; row <= style.rowsAfter; row++)
    labelNotes.set(`${row}|${style.label}`, {
      row,
      column: style.label,
      note: style.customRows.includes(row) ? t('note_custom_row') : '',
    });
  writeOwnNotes(sheet, 2, style.label, matrixRows, 1, labelNotes, ownNotes);

  const checkResults: CellRange = { row: 2, column: style.check, rows: matrixRows, columns: 1 };
  const staffingCell: CellRange = { row: style.staffingRow, column: style.figures, rows: 1, columns: 1 };
  const loads = runs.map(({ column, count }): CellRange => ({ row: style.loadRow, column, rows: 1, columns: count }));
  const ourColumns = new Set(ours);
  const persons = sheet
    .getConditionalFormatRules()
    .filter((existing) => !existing.getRanges().every((range) => inColumns(range, ourColumns)));
  const rules = rolesConditionalRules([checkResults, staffingCell], loads, matrixRanges);
  sheet.setConditionalFormatRules([...persons, ...rules.map((each) => conditionalRule(sheet, each))]);

  const protections: ProtectedArea[] = [
    {
      range: { row: 1, column: style.check, rows: style.rowsAfter, columns: 1 },
      description: t('protection_checks'),
      kind: 'computed',
    },
    ...columnRuns(ours).map(
      ({ column, count }): ProtectedArea => ({
        range: { row: style.loadRow, column, rows: 1, columns: count },
        description: t('protection_checks'),
        kind: 'computed',
      }),
    ),
    {
      range: {
        row: style.headcountRow,
        column: style.figures,
        rows: style.staffingRow - style.headcountRow + 1,
        columns: 1,
      },
      description: t('protection_figures'),
      kind: 'computed',
    },
    // The add-on's columns, run by run: a person's own column between them stays theirs to edit once the file is shared.
    ...columnRuns(ours).map(
      ({ column, count }): ProtectedArea => ({
        range: { row: 1, column, rows: style.lastTailRow, columns: count },
        description: t('protection_matrix'),
        kind: 'structure',
      }),
    ),
  ];
  replaceOwnProtections(sheet, protections, style.policy);

  const firstMatrix = style.matrixColumns[0];
  const lastMatrix = style.matrixColumns[style.matrixColumns.length - 1];
  if (firstMatrix !== undefined && lastMatrix !== undefined) {
    const range = rangeOf(sheet, {
      row: 2,
      column: firstMatrix,
      rows: matrixRows,
      columns: lastMatrix - firstMatrix + 1,
    });
    const named = sheet
      .getParent()
      .getNamedRanges()
      .find((each) => each.getName() === RACI_MATRIX_RANGE_NAME);
    if (named) named.setRange(range);
    else sheet.getParent().setNamedRange(RACI_MATRIX_RANGE_NAME, range);
  }
  for (const { column, count } of columnRuns(style.newColumns))
    sheet.setColumnWidths(column, count, MATRIX_COLUMN_WIDTH);
  return hidden;
}

function inColumns(range: GoogleAppsScript.Spreadsheet.Range, columns: ReadonlySet<number>): boolean {
  const last = range.getLastColumn();
  for (let column = range.getColumn(); column <= last; column++) if (!columns.has(column)) return false;
  return true;
}

/** One read of the notes over a block, then a write only where the add-on's note should change and no person's note is. */
function writeOwnNotes(
  sheet: Sheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
  wanted: ReadonlyMap<string, { row: number; column: number; note: string }>,
  ownNotes: ReadonlySet<string>,
): void {
  const range = sheet.getRange(row, column, rows, columns);
  const current = range.getNotes();
  let changed = false;
  const next = current.map((line, r) =>
    line.map((note, c) => {
      const target = wanted.get(`${row + r}|${column + c}`);
      if (!target || (note !== '' && !ownNotes.has(note)) || note === target.note) return note;
      changed = true;
      return target.note;
    }),
  );
  if (changed) range.setNotes(next);
}
