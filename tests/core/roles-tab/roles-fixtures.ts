import type { Lang } from '../../../src/core/i18n/lang';
import { builtLayoutOf, planRolesMatrix, type RolesMatrixPlan } from '../../../src/core/roles-tab/plan-roles-matrix';
import type { BuiltRolesLayout } from '../../../src/core/roles-tab/built-layout';
import type { SheetRegion } from '../../../src/core/roles-tab/read-roles-tab';
import { buildRolesTabModel, type RolesTabModel } from '../../../src/core/roles-tab/roles-tab-model';
import type { SheetsScalar } from '../../../src/core/sheet-values';
import type { TeamMember } from '../../../src/shared/team';
import { defaultTeamSettings, type TeamSettings } from '../../../src/shared/team-settings';

export function teamWith(overrides: Partial<TeamSettings> = {}, lang: Lang = 'en'): TeamSettings {
  return { ...defaultTeamSettings(lang), ...overrides };
}

export function person(id: string, name: string, roleId: string, extra: Partial<TeamMember> = {}): TeamMember {
  return { id, name, email: '', roleId, monthlyCost: null, employment: 'staff', ...extra };
}

/** A built tab as Sheets would hand it back: formulas in `formulas`, their spilled results standing in as values. */
export function regionOf(model: RolesTabModel): SheetRegion & { values: SheetsScalar[][]; formulas: string[][] } {
  const formulas = model.grid.map((row) =>
    row.map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? cell : '')),
  );
  const values = model.grid.map((row) =>
    row.map((cell) => {
      if (typeof cell !== 'string') return cell;
      if (cell.startsWith('=')) return 'OK';
      // Sheets shows text written with a leading apostrophe without it.
      return cell.startsWith("'") ? cell.slice(1) : cell;
    }),
  );
  // The spilled results of RACI_CHECK and ROLE_LOAD are values without formulas.
  const check = model.checkColumn.column - 1;
  for (let row = 2; row < model.checkColumn.rows; row++) {
    const cells = values[row];
    if (cells) cells[check] = 'No one is accountable (A)';
  }
  const load = values[model.loadRow.row - 1];
  for (let column = 2; column <= model.matrix.columns; column++) if (load) load[column] = 'R 2 · A 1';
  return { values, formulas };
}

export interface Build {
  plan: RolesMatrixPlan;
  model: RolesTabModel;
  layout: BuiltRolesLayout;
  region: ReturnType<typeof regionOf>;
}

/** Plans and models a build, as the server would, over `existing`. */
export function build(
  team: TeamSettings,
  existing: SheetRegion | null = null,
  previous: BuiltRolesLayout | null = null,
  lang: Lang = 'en',
): Build {
  const result = planRolesMatrix({ team, lang, existing, previous });
  if (!result.ok) throw new Error(result.reason);
  const model = buildRolesTabModel(result.plan, team, lang);
  return { plan: result.plan, model, layout: builtLayoutOf(result.plan), region: regionOf(model) };
}

/** Builds again over the previous build's tab (after `edit` changed its cells). */
export function rebuild(
  previous: Build,
  team: TeamSettings,
  edit: (values: SheetsScalar[][], formulas: string[][]) => void = () => {},
  lang: Lang = 'en',
): Build {
  const values = previous.region.values.map((row) => [...row]);
  const formulas = previous.region.formulas.map((row) => [...row]);
  edit(values, formulas);
  return build(team, { values, formulas }, previous.layout, lang);
}

/** The matrix block of a build's plan as a grid of written cells, with row and column names, for readable assertions. */
export function cellAt(b: Build, direction: string, column: string): SheetsScalar {
  const row = b.plan.rows.findIndex((r) => r.name === direction);
  const col = b.plan.columns.findIndex((c) => c.name === column);
  if (row < 0) throw new Error(`no row ${direction}`);
  if (col < 0) throw new Error(`no column ${column}`);
  return b.plan.cells[row]?.[col];
}

/** Sets a matrix cell of the tab, by names, as a person typing would. */
export function typeInto(
  b: Build,
  values: SheetsScalar[][],
  direction: string,
  column: string,
  text: SheetsScalar,
): void {
  const row = b.plan.rows.findIndex((r) => r.name === direction);
  const col = b.plan.columns.findIndex((c) => c.name === column);
  const cells = values[1 + row];
  if (!cells || row < 0 || col < 0) throw new Error(`no cell ${direction} × ${column}`);
  cells[1 + col] = text;
}
