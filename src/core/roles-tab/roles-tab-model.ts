/**
 * The Roles tab as data: every cell, formula, drop-down, conditional format,
 * note, protection and named range, computed from the plan. The server turns
 * it into a fixed number of batched calls, however many roles or people
 * there are; nothing here knows Apps Script.
 */
import { widthToShowGridColumn } from '../text-width';
import { a1Cell, a1Range, columnLetters, type CellRange } from '../a1-notation';
import { nativeDirectionCheckFormula, nativeRoleLoadFormula, nativeStaffingFormula } from '../raci/native-formulas';
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { raciMessages } from '../i18n/raci-messages';
import { rolesTabMessages } from '../i18n/roles-tab-messages';
import type { SheetsScalar } from '../sheet-values';
import type { TeamSettings } from '../../shared/team-settings';
import type { ProtectedArea } from '../sharing/protection-policy';
import { HEADER_COLOURS } from '../kpi/kpi-colours';
import type { RolesMatrixPlan } from './plan-roles-matrix';
import { LABEL_COLUMN, RACI_DROPDOWN_VALUES, TAIL_VALUE_COLUMN, tailRow, type RolesTailRow } from './roles-tab-layout';

/** When a conditional format applies, in the terms Sheets' rule builder offers. */
export type RolesRuleCondition =
  | { kind: 'text_equal'; text: string }
  | { kind: 'text_contains'; text: string }
  | { kind: 'not_empty' };

export interface RolesConditionalRule {
  ranges: CellRange[];
  when: RolesRuleCondition;
  background: string;
  font: string;
}

export const ROLES_COLOURS = {
  header: HEADER_COLOURS,
  keptHeader: { background: '#fce8b2', font: '#7a4f01' },
  ok: { background: '#e6f4ea', font: '#137333' },
  fault: { background: '#fce8e6', font: '#a50e0e' },
  accountable: { background: '#d2e3fc', font: '#174ea6' },
  responsible: { background: '#e6f4ea', font: '#0d652d' },
} as const;

export const RACI_MATRIX_RANGE_NAME = 'RACI_Matrix';

export interface RolesTabModel {
  tabName: string;
  /** The whole region to write from A1: the block, carried cells, and blanks over the old region's leftovers. */
  grid: SheetsScalar[][];
  /** Header row over the block (Direction, columns, Check): colours and notes, one per column. */
  header: { range: CellRange; backgrounds: string[]; fontColors: string[]; notes: string[] };
  /** Column A beside the matrix rows: a note on each row a user added. */
  labelNotes: { range: CellRange; notes: string[] };
  /** Every note the add-on writes, in either language: any other note on those cells is a person's, and stays. */
  ownNotes: ReadonlySet<string>;
  matrix: CellRange;
  checkColumn: CellRange;
  loadRow: CellRange;
  /** Head count, people, limit and the staffing check in column B. */
  figures: CellRange;
  validation: { values: readonly string[]; helpText: string };
  conditionalRules: RolesConditionalRule[];
  /** The checks and figures (computed: a warning before sharing); the whole block (structure: locked once shared). */
  protections: ProtectedArea[];
  namedRange: { name: string; range: CellRange };
  columnWidths: { column: number; count: number; width: number }[];
  /** Where the block ends (1-based, inclusive), so the server can tell its own conditional rules from a user's. */
  block: CellRange;
}

export function buildRolesTabModel(plan: RolesMatrixPlan, team: TeamSettings, lang: Lang): RolesTabModel {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, lang, key);
  const { positions } = plan;
  const blockWidth = positions.checkColumn + 1;
  const extraColumns = plan.carried.reduce((widest, cell) => Math.max(widest, cell.column + 1), 0);
  const extraRows = plan.carried.reduce((lowest, cell) => Math.max(lowest, cell.row + 1), 0);
  const width = Math.max(blockWidth, plan.previousExtent.columns, extraColumns);
  const height = Math.max(positions.blockEnd + 1, plan.previousExtent.rows, extraRows);
  const grid: SheetsScalar[][] = Array.from({ length: height }, () => new Array<SheetsScalar>(width).fill(''));
  const put = (row: number, column: number, value: SheetsScalar) => {
    const cells = grid[row];
    if (cells) cells[column] = value;
  };

  // 1-based ranges for formulas and the server.
  const matrix: CellRange = { row: 2, column: 2, rows: positions.matrixRows, columns: positions.matrixColumns };
  const sheetRow = (row: RolesTailRow) => tailRow(positions, row) + 1;
  const valueCell = (row: RolesTailRow) => a1Cell(sheetRow(row), TAIL_VALUE_COLUMN + 1);

  put(0, LABEL_COLUMN, t('col_direction'));
  plan.columns.forEach((column, index) => put(0, 1 + index, column.header));
  put(0, positions.checkColumn, t('col_check'));
  plan.rows.forEach((row, index) => {
    put(1 + index, LABEL_COLUMN, row.label);
    plan.cells[index]?.forEach((cell, column) => put(1 + index, 1 + column, cell));
  });
  // One native check per direction and per column (core/raci/native-formulas.ts): no custom function, no Apps Script run per recalculation.
  const namesAbsolute = a1Range(1, matrix.column, 1, matrix.columns, true);
  const directionsAbsolute = a1Range(matrix.row, LABEL_COLUMN + 1, matrix.rows, 1, true);
  const limitCell = a1Cell(sheetRow('limit'), TAIL_VALUE_COLUMN + 1, true);
  plan.rows.forEach((_, index) => {
    if (matrix.columns > 0)
      put(
        1 + index,
        positions.checkColumn,
        nativeDirectionCheckFormula(a1Range(2 + index, matrix.column, 1, matrix.columns), namesAbsolute, lang),
      );
  });

  const tail = (row: RolesTailRow, label: SheetsScalar, value: SheetsScalar = '') => {
    put(tailRow(positions, row), LABEL_COLUMN, label);
    put(tailRow(positions, row), TAIL_VALUE_COLUMN, value);
  };
  tail('load', t('load_label'));
  if (matrix.rows > 0) {
    plan.columns.forEach((_, index) => {
      const column = columnLetters(matrix.column + index);
      put(
        positions.loadRow,
        matrix.column - 1 + index,
        nativeRoleLoadFormula(
          `${column}$${matrix.row}:${column}$${matrix.row + matrix.rows - 1}`,
          directionsAbsolute,
          limitCell,
          lang,
        ),
      );
    });
  }
  tail('headcount', t('headcount_label'), team.companyHeadcount ?? '');
  // Without people listed the department's size is unknown, not zero: the staffing check waits rather than cry wolf.
  tail('people', t('people_label'), team.people.length > 0 ? team.people.length : '');
  tail('limit', t('limit_label'), team.maxResponsible);
  tail(
    'staffing',
    t('staffing_label'),
    nativeStaffingFormula(valueCell('headcount'), valueCell('people'), t('staffing_hint'), lang),
  );
  tail('legend_r', 'R', t('legend_r'));
  tail('legend_a', 'A', t('legend_a'));
  tail('legend_c', 'C', t('legend_c'));
  tail('legend_i', 'I', t('legend_i'));
  tail('legend_ra', 'R/A', t('legend_ra'));

  for (const cell of plan.carried) put(cell.row, cell.column, cell.value);

  const checkColumn: CellRange = {
    row: 1,
    column: positions.checkColumn + 1,
    rows: positions.matrixRows + 1,
    columns: 1,
  };
  const loadRow: CellRange = { row: positions.loadRow + 1, column: 1, rows: 1, columns: blockWidth };
  const figures: CellRange = {
    row: sheetRow('headcount'),
    column: TAIL_VALUE_COLUMN + 1,
    rows: sheetRow('staffing') - sheetRow('headcount') + 1,
    columns: 1,
  };
  const staffingCell: CellRange = { row: sheetRow('staffing'), column: TAIL_VALUE_COLUMN + 1, rows: 1, columns: 1 };
  const checkResults: CellRange = { row: 2, column: positions.checkColumn + 1, rows: positions.matrixRows, columns: 1 };
  const loadResults: CellRange = { row: positions.loadRow + 1, column: 2, rows: 1, columns: positions.matrixColumns };
  const block: CellRange = { row: 1, column: 1, rows: positions.blockEnd + 1, columns: blockWidth };

  return {
    tabName: t('tab_name'),
    grid,
    header: {
      range: { row: 1, column: 1, rows: 1, columns: blockWidth },
      backgrounds: headerCells(plan, (kept) =>
        kept ? ROLES_COLOURS.keptHeader.background : ROLES_COLOURS.header.background,
      ),
      fontColors: headerCells(plan, (kept) => (kept ? ROLES_COLOURS.keptHeader.font : ROLES_COLOURS.header.font)),
      notes: [
        '',
        ...plan.columns.map((column) =>
          column.unmapped ? t('note_unmapped_column') : column.kept ? t('note_kept_column') : '',
        ),
        '',
      ],
    },
    ownNotes: new Set(
      LANGS.flatMap((anyLang) =>
        (['note_kept_column', 'note_unmapped_column', 'note_custom_row'] as const).map((key) =>
          translate(rolesTabMessages, anyLang, key),
        ),
      ),
    ),
    labelNotes: {
      range: { row: 2, column: 1, rows: positions.matrixRows, columns: 1 },
      notes: plan.rows.map((row) => (row.directionId === null ? t('note_custom_row') : '')),
    },
    matrix,
    checkColumn,
    loadRow,
    figures,
    validation: { values: RACI_DROPDOWN_VALUES, helpText: t('validation_help') },
    conditionalRules: rolesConditionalRules([checkResults, staffingCell], [loadResults], [matrix]),
    protections: [
      { range: checkColumn, description: t('protection_checks'), kind: 'computed' },
      { range: loadRow, description: t('protection_checks'), kind: 'computed' },
      { range: figures, description: t('protection_figures'), kind: 'computed' },
      { range: block, description: t('protection_matrix'), kind: 'structure' },
    ],
    namedRange: { name: RACI_MATRIX_RANGE_NAME, range: matrix },
    columnWidths: [
      // Wide enough for the longest label beside a filled cell ("Предел направлений с R на одну роль", a load "R 5 · A 1 — перегрузка …").
      { column: 1, count: 1, width: Math.max(240, widthToShowGridColumn(grid, 0)) },
      {
        column: 2,
        count: positions.matrixColumns,
        width: Math.max(
          120,
          ...Array.from({ length: positions.matrixColumns }, (_, index) => widthToShowGridColumn(grid, index + 1, 240)),
        ),
      },
      { column: positions.checkColumn + 1, count: 1, width: 380 },
    ],
    block,
  };
}

/** The tab's colours: checks green or red, an overloaded role red, A and R cells tinted; each over the ranges given. */
export function rolesConditionalRules(
  checks: CellRange[],
  loads: CellRange[],
  matrix: CellRange[],
): RolesConditionalRule[] {
  return [
    ...okOrFault(checks),
    ...LANGS.map((anyLang) => ({
      ranges: loads,
      when: { kind: 'text_contains', text: overloadedMark(anyLang) } as const,
      ...ROLES_COLOURS.fault,
    })),
    { ranges: matrix, when: { kind: 'text_contains', text: 'A' }, ...ROLES_COLOURS.accountable },
    { ranges: matrix, when: { kind: 'text_contains', text: 'R' }, ...ROLES_COLOURS.responsible },
  ];
}

/**
 * Green for OK, red for anything else a check wrote. Both languages: the
 * checks speak the spreadsheet's locale, which the template does not decide.
 */
function okOrFault(ranges: CellRange[]): RolesConditionalRule[] {
  return [
    ...LANGS.map((anyLang) => ({
      ranges,
      when: { kind: 'text_equal', text: translate(raciMessages, anyLang, 'ok') } as const,
      ...ROLES_COLOURS.ok,
    })),
    { ranges, when: { kind: 'not_empty' }, ...ROLES_COLOURS.fault },
  ];
}

/** The word ROLE_LOAD adds for an overloaded role ("overloaded", "перегрузка"), taken from its own message. */
function overloadedMark(lang: Lang): string {
  const text = translate(raciMessages, lang, 'role_counts_overloaded', { responsible: '', accountable: '', limit: '' });
  return text.split('—')[1]?.trim().split(' ')[0] ?? text;
}

function headerCells(plan: RolesMatrixPlan, value: (kept: boolean) => string): string[] {
  return [value(false), ...plan.columns.map((column) => value(column.kept)), value(false)];
}
