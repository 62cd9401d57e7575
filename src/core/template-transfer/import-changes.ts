/**
 * What importing a template file would change in this spreadsheet, worked
 * out before anything changes, for the preview the user confirms:
 * settings field by field, channels and roles added, removed or renamed
 * (matched by id, as the builds match them), people, and the matrix's
 * letters cell by cell.
 */
import type { MatrixColumnMode, TeamSettings } from '../../shared/team-settings';
import type { MatrixDocument } from '../../shared/template-document';
import type { TemplateSettings } from '../../shared/template-settings';
import { canonicalRaciText } from '../roles-tab/imported-letters';
import { nameKey } from '../roles-tab/read-roles-tab';
import { matrixCellKey } from './matrix-export';
import type { TemplateParts } from './template-document-of';

export type SettingsField = 'departmentName' | 'year' | 'currency' | 'sheetLang' | 'minLeads' | 'targetRomi';
export type TeamField = 'companyHeadcount' | 'matrixColumns' | 'maxResponsible';

export interface FieldChange<F extends string, V> {
  field: F;
  from: V | null;
  to: V;
}

export interface Renamed {
  from: string;
  to: string;
}

export interface ListChanges {
  added: string[];
  removed: string[];
  renamed: Renamed[];
}

export type MatrixChanges =
  | { kind: 'absent' }
  /** No Roles tab here yet: it is built with the file's letters. */
  | { kind: 'new'; rows: number; columns: number; addedRows: string[] }
  /** `kept`: cells whose letters the file would change but that hold a person's own text, which stays. */
  | { kind: 'changed'; cells: number; kept: number; addedRows: string[] };

export interface ImportChanges {
  settings: FieldChange<SettingsField, string | number>[];
  channels: ListChanges;
  targets: { name: string; from: number | null; to: number | null }[];
  /** Channels whose own target ROMI changes; `null` is the department's. */
  romiTargets: { name: string; from: number | null; to: number | null }[];
  teamFields: FieldChange<TeamField, number | MatrixColumnMode | null>[];
  roles: ListChanges;
  people: ListChanges & { changed: string[] };
  /** People whose emails the file does not carry and this spreadsheet keeps. */
  emailsKept: number;
  matrix: MatrixChanges;
}

export interface CurrentTemplate {
  settings: TemplateSettings | null;
  team: TeamSettings | null;
  /** The Roles tab as a file would hold it; `null` when there is none. */
  matrix: MatrixDocument | null;
  /** Its cells that hold a person's text rather than letters (matrixCellKey); an import keeps them. */
  personCells?: ReadonlySet<string>;
}

const SETTINGS_FIELDS: readonly SettingsField[] = [
  'departmentName',
  'year',
  'currency',
  'sheetLang',
  'minLeads',
  'targetRomi',
];
const TEAM_FIELDS: readonly TeamField[] = ['companyHeadcount', 'matrixColumns', 'maxResponsible'];

/** @param emailsKept how many of the incoming people took their email from this spreadsheet */
export function importChanges(current: CurrentTemplate, incoming: TemplateParts, emailsKept: number): ImportChanges {
  const settings = SETTINGS_FIELDS.flatMap((field): FieldChange<SettingsField, string | number>[] => {
    const from = current.settings?.[field] ?? null;
    const to = incoming.settings[field];
    return from === to ? [] : [{ field, from, to }];
  });
  const teamFields = TEAM_FIELDS.flatMap((field): FieldChange<TeamField, number | MatrixColumnMode | null>[] => {
    const from = current.team ? current.team[field] : null;
    const to = incoming.team[field];
    return current.team && from === to ? [] : [{ field, from, to }];
  });
  const currentChannels = current.settings?.channels ?? [];
  const targets = incoming.settings.channels.flatMap((channel) => {
    const before = currentChannels.find((candidate) => candidate.id === channel.id);
    return before && before.targetCpl !== channel.targetCpl
      ? [{ name: channel.name, from: before.targetCpl, to: channel.targetCpl }]
      : [];
  });
  const romiTargets = incoming.settings.channels.flatMap((channel) => {
    const before = currentChannels.find((candidate) => candidate.id === channel.id);
    return before && before.targetRomi !== channel.targetRomi
      ? [{ name: channel.name, from: before.targetRomi, to: channel.targetRomi }]
      : [];
  });
  const incomingPeople = incoming.team.people;
  const currentPeople = current.team?.people ?? [];
  const people = listChanges(currentPeople, incomingPeople);
  const changed = incomingPeople.flatMap((person) => {
    const before = currentPeople.find((candidate) => candidate.id === person.id);
    if (!before) return [];
    const { name: _name, ...rest } = person;
    const { name: _before, ...restBefore } = before;
    return JSON.stringify(rest) === JSON.stringify(restBefore) ? [] : [person.name];
  });
  return {
    settings,
    channels: listChanges(currentChannels, incoming.settings.channels),
    targets,
    romiTargets,
    teamFields,
    roles: listChanges(current.team?.roles ?? [], incoming.team.roles),
    people: { ...people, changed },
    emailsKept,
    matrix: matrixChanges(current.matrix, incoming.matrix, current.personCells ?? new Set()),
  };
}

export function hasChanges(changes: ImportChanges): boolean {
  const lists = [changes.channels, changes.roles, changes.people];
  return (
    changes.settings.length > 0 ||
    changes.targets.length > 0 ||
    changes.romiTargets.length > 0 ||
    changes.teamFields.length > 0 ||
    changes.people.changed.length > 0 ||
    lists.some((list) => list.added.length + list.removed.length + list.renamed.length > 0) ||
    changes.matrix.kind === 'new' ||
    (changes.matrix.kind === 'changed' && (changes.matrix.cells > 0 || changes.matrix.addedRows.length > 0))
  );
}

/** Matched by id: a renamed channel is the same channel with its rows, not one removed and one added. */
function listChanges(
  before: readonly { id: string; name: string }[],
  after: readonly { id: string; name: string }[],
): ListChanges {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !beforeById.has(item.id)).map((item) => item.name),
    removed: before.filter((item) => !afterIds.has(item.id)).map((item) => item.name),
    renamed: after.flatMap((item) => {
      const old = beforeById.get(item.id);
      return old && old.name !== item.name ? [{ from: old.name, to: item.name }] : [];
    }),
  };
}

function matrixChanges(
  current: MatrixDocument | null,
  incoming: MatrixDocument | null,
  personCells: ReadonlySet<string>,
): MatrixChanges {
  if (!incoming) return { kind: 'absent' };
  const customNames = (matrix: MatrixDocument | null) =>
    new Set((matrix?.rows ?? []).filter((row) => row.direction === null).map((row) => nameKey(row.name)));
  const known = customNames(current);
  const addedRows = incoming.rows
    .filter((row) => row.direction === null && !known.has(nameKey(row.name)))
    .map((row) => row.name);
  if (!current) return { kind: 'new', rows: incoming.rows.length, columns: incoming.columns.length, addedRows };
  let cells = 0;
  let kept = 0;
  for (const row of incoming.rows) {
    const before = current.rows.find((candidate) =>
      row.direction !== null
        ? candidate.direction === row.direction
        : candidate.direction === null && nameKey(candidate.name) === nameKey(row.name),
    );
    incoming.columns.forEach((column, index) => {
      const beforeIndex = current.columns.indexOf(column);
      const from = before && beforeIndex >= 0 ? (before.cells[beforeIndex] ?? '') : '';
      if (canonicalRaciText(row.cells[index] ?? '') === canonicalRaciText(from)) return;
      if (before && personCells.has(matrixCellKey(before, column))) kept += 1;
      else cells += 1;
    });
  }
  return { kind: 'changed', cells, kept, addedRows };
}
