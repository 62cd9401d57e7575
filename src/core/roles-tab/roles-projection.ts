/**
 * The Roles tab seen through its anchors (core/anchored): the label column,
 * each matrix column (a role's or a person's, by id), the Check column and
 * the column holding the team's figures carry whole-column developer
 * metadata, which moves with the column. A person's own columns, inserted
 * anywhere, carry none: they are left out of the projection, so the
 * matrix's planning (plan-roles-matrix.ts) sees only the add-on's columns,
 * in sheet order, and nothing of a person's column is ever planned over.
 * Rows are not projected: they are found by their key cells (a direction's
 * name in the label column), and never move.
 */
import { LANGS } from '../i18n/lang';
import { rolesTabMessages } from '../i18n/roles-tab-messages';
import { DIRECTIONS } from '../raci';
import { NATIVE_LINE_CHECK } from '../raci/native-formulas';
import type { SheetsScalar } from '../sheet-values';
import { cellText, type RolesTabStructure, type SheetRegion } from './read-roles-tab';
import { ROLES_TAIL_ROWS, rolesTabPositions, type RolesTailRow } from './roles-tab-layout';

/** The anchors' values: three columns of the tab's frame, and each matrix column's id (`role:…`, `person:…`). */
const FRAME_ANCHORS = ['label', 'check', 'figures'] as const;
export type FrameAnchor = (typeof FRAME_ANCHORS)[number];

/** 1-based sheet columns of the tab's anchored columns. */
export interface RolesAnchors {
  label: number;
  check: number;
  /** The column of the figures and legend under the matrix (column B as built). */
  figures: number;
  /** The matrix's columns in sheet order. */
  matrix: { id: string; column: number }[];
}

export type RolesAnchorsRead = { ok: true; anchors: RolesAnchors } | { ok: false; missing: FrameAnchor[] };

/** From the metadata found (value → column): the frame's three must all be there. */
export function rolesAnchorsFrom(found: ReadonlyMap<string, number>): RolesAnchorsRead {
  const missing = FRAME_ANCHORS.filter((key) => !found.has(key));
  if (missing.length > 0) return { ok: false, missing };
  const matrix = [...found]
    .filter(([key]) => key.startsWith('role:') || key.startsWith('person:'))
    .map(([id, column]) => ({ id, column }))
    .sort((a, b) => a.column - b.column);
  return {
    ok: true,
    anchors: {
      label: found.get('label') ?? 1,
      check: found.get('check') ?? 1,
      figures: found.get('figures') ?? 1,
      matrix,
    },
  };
}

/** The tab through its anchors: label column, matrix columns, Check column, in that order; every row. */
export interface RolesProjection {
  region: SheetRegion;
  /** 1-based sheet column of each projected column. */
  sheetColumn: number[];
  /** Each projected matrix column's id. */
  ids: Map<number, string>;
}

export function projectRolesTab(grid: SheetRegion, anchors: RolesAnchors): RolesProjection {
  const sheetColumn = [anchors.label, ...anchors.matrix.map((item) => item.column), anchors.check];
  const pick = <T>(line: readonly T[] | undefined, blank: T) =>
    sheetColumn.map((column) => line?.[column - 1] ?? blank);
  return {
    region: {
      values: grid.values.map((line) => pick<SheetsScalar>(line, '')),
      formulas: grid.values.map((_, row) => pick<string>(grid.formulas[row], '')),
    },
    sheetColumn,
    ids: new Map(anchors.matrix.map((item, index) => [1 + index, item.id])),
  };
}

function isOneOf(value: SheetsScalar, texts: readonly string[]): boolean {
  const text = cellText(value).toLowerCase();
  return text !== '' && texts.some((candidate) => candidate.toLowerCase() === text);
}

// Functions, not constants: the bundle's top level only defines (see src/core/built-once.ts).
const loadLabels = (): string[] => LANGS.map((lang) => rolesTabMessages[lang].load_label);
const directionNames = (): string[] => DIRECTIONS.flatMap((direction) => LANGS.map((lang) => direction.name[lang]));
const headerLabels = (): string[] => LANGS.map((lang) => rolesTabMessages[lang].col_direction);

/** Each tail row's label in either language; the legend's are its letters. */
function tailLabels(row: RolesTailRow): string[] | null {
  switch (row) {
    case 'load':
      return loadLabels();
    case 'headcount':
    case 'people':
    case 'limit':
    case 'staffing':
      return LANGS.map((lang) => rolesTabMessages[lang][`${row}_label`]);
    case 'legend_r':
      return ['R'];
    case 'legend_a':
      return ['A'];
    case 'legend_c':
      return ['C'];
    case 'legend_i':
      return ['I'];
    case 'legend_ra':
      return ['R/A'];
    default:
      return null;
  }
}

export type RolesFrameRead =
  | { ok: true; structure: RolesTabStructure; tailRows: Map<RolesTailRow, number> }
  /** `tailRows`: the figure and legend rows that are there, when only some of them are gone. */
  | { ok: false; missing: ('header' | 'load' | RolesTailRow)[]; tailRows?: Map<RolesTailRow, number> };

/**
 * Where the projected tab's parts are (0-based): the header in row 0, the
 * load row by its label (or its formula), the figures and legend by their
 * labels below it. A part that is gone is named, so the build stops before
 * writing anything.
 */
export function findRolesFrame(projection: RolesProjection): RolesFrameRead {
  const { values, formulas } = projection.region;
  const checkColumn = projection.sheetColumn.length - 1;
  const headerGone =
    isOneOf(values[0]?.[0] ?? '', directionNames()) ||
    (!isOneOf(values[0]?.[0] ?? '', headerLabels()) && NATIVE_LINE_CHECK.test(formulas[0]?.[checkColumn] ?? ''));
  if (headerGone) return { ok: false, missing: ['header'] };
  let loadRow = values.findIndex((line, row) => row > 0 && isOneOf(line[0] ?? '', loadLabels()));
  if (loadRow < 0)
    loadRow = formulas.findIndex(
      (line, row) => row > 0 && line.slice(1, checkColumn).some((formula) => NATIVE_LINE_CHECK.test(formula)),
    );
  if (loadRow < 0) return { ok: false, missing: ['load'] };
  const tailRows = new Map<RolesTailRow, number>([['load', loadRow]]);
  const missing: RolesTailRow[] = [];
  for (const row of ROLES_TAIL_ROWS) {
    const labels = tailLabels(row);
    if (row === 'load' || labels === null) continue;
    const at = values.findIndex((line, index) => index > loadRow && isOneOf(line[0] ?? '', labels));
    if (at < 0) missing.push(row);
    else tailRows.set(row, at);
  }
  if (missing.length > 0) return { ok: false, missing, tailRows };
  const positions = rolesTabPositions(loadRow - 1, checkColumn - 1);
  const regionColumns = projection.sheetColumn.length;
  return { ok: true, structure: { ...positions, regionRows: values.length, regionColumns }, tailRows };
}

/** Whether a label-column cell holds the load row's or a figure's or legend's label (either language). */
export function isTailLabel(value: SheetsScalar): boolean {
  return ROLES_TAIL_ROWS.some((row) => {
    const labels = tailLabels(row);
    return labels !== null && isOneOf(value, labels);
  });
}

/** Whether a label-column cell holds one of the add-on's labels: the header's, a direction's, or a tail row's. */
export function isOwnLabel(value: SheetsScalar): boolean {
  return isOneOf(value, headerLabels()) || isOneOf(value, directionNames()) || isTailLabel(value);
}
