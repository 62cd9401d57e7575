/**
 * The team and its roles: what the sidebar's "Team & roles" section edits,
 * what the server stores in document properties (one copy for every
 * collaborator, the single source of truth for people and emails), and what
 * the Roles and Team tabs are built from. The same schema checks the
 * sidebar's draft and, again, every payload the server receives.
 */
import * as v from 'valibot';
import type { Lang } from '../core/i18n/lang';
import { DEFAULT_MAX_RESPONSIBLE, DEFAULT_ROLES } from '../core/raci';
import { choice, exactly, objectRule, wholeNumber, type Infer } from './schema';
import { MAX_PEOPLE, teamMemberSchema, type TeamMember } from './team';

export const TEAM_SETTINGS_VERSION = 1;
export const MAX_ROLES = 20;
/** A limit above the number of directions would never flag anyone; 50 leaves room for custom rows. */
const MAX_RESPONSIBLE_LIMIT = 50;
const MAX_COMPANY_HEADCOUNT = 10_000_000;

/** Whether the matrix has a column per role, or a column per person. */
export const MATRIX_COLUMN_MODES = ['roles', 'people'] as const;
export type MatrixColumnMode = (typeof MATRIX_COLUMN_MODES)[number];

/**
 * Codes of the cross-field problems; `describeTeamIssue` words them. Field
 * problems (a bad email, an empty name) come from the field schemas.
 */
export type TeamRuleCode =
  | 'duplicate_role_id'
  | 'duplicate_role_name'
  | 'duplicate_person_id'
  | 'duplicate_person_name'
  | 'unknown_role'
  | 'people_mode_needs_people';

function buildTeamRoleSchema() {
  return v.object({
    /** Stable across renames: the four default roles keep the ids of core/raci; a custom role gets one from the sidebar. */
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[a-z0-9-]+$/)),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
    contractor: v.boolean(),
  });
}

export type TeamRole = Infer<ReturnType<typeof buildTeamRoleSchema>>;

function buildTeamSettingsSchema() {
  const fields = v.object({
    schemaVersion: exactly(TEAM_SETTINGS_VERSION),
    /** People in the whole company; `null` until entered (the staffing check waits for it). */
    companyHeadcount: v.nullable(v.pipe(wholeNumber(), v.minValue(1), v.maxValue(MAX_COMPANY_HEADCOUNT))),
    people: v.pipe(v.array(teamMemberSchema()), v.maxLength(MAX_PEOPLE)),
    roles: v.pipe(v.array(buildTeamRoleSchema()), v.minLength(1), v.maxLength(MAX_ROLES)),
    matrixColumns: choice(MATRIX_COLUMN_MODES),
    /** R on more directions than this overloads a role (or person). */
    maxResponsible: v.pipe(wholeNumber(), v.minValue(1), v.maxValue(MAX_RESPONSIBLE_LIMIT)),
  });
  return v.pipe(
    fields,
    objectRule<Infer<typeof fields>>((team, report) => {
      const rule = (code: TeamRuleCode, path: (string | number)[]) => report(code, path);
      // Names are matched case-insensitively when a tab is rebuilt, so two that differ only in case would be one column.
      const nameKey = (name: string) => name.trim().toLowerCase();
      firstRepeats(team.roles.map((role) => role.id)).forEach((index) =>
        rule('duplicate_role_id', ['roles', index, 'id']),
      );
      firstRepeats(team.roles.map((role) => nameKey(role.name))).forEach((index) =>
        rule('duplicate_role_name', ['roles', index, 'name']),
      );
      firstRepeats(team.people.map((person) => person.id)).forEach((index) =>
        rule('duplicate_person_id', ['people', index, 'id']),
      );
      firstRepeats(team.people.map((person) => nameKey(person.name))).forEach((index) =>
        rule('duplicate_person_name', ['people', index, 'name']),
      );
      const roleIds = new Set(team.roles.map((role) => role.id));
      team.people.forEach((person, index) => {
        if (!roleIds.has(person.roleId)) rule('unknown_role', ['people', index, 'roleId']);
      });
      if (team.matrixColumns === 'people' && team.people.length === 0)
        rule('people_mode_needs_people', ['matrixColumns']);
    }),
  );
}

let teamSettings: ReturnType<typeof buildTeamSettingsSchema> | undefined;
/** Built on first use: each custom-function call loads the whole script, and none needs it. */
export function teamSettingsSchema(): ReturnType<typeof buildTeamSettingsSchema> {
  return (teamSettings ??= buildTeamSettingsSchema());
}

export type TeamSettings = Infer<ReturnType<typeof teamSettingsSchema>>;

/** The four roles of article 000 in the template's language, nobody listed yet, a column per role. */
export function defaultTeamSettings(lang: Lang): TeamSettings {
  return {
    schemaVersion: TEAM_SETTINGS_VERSION,
    companyHeadcount: null,
    people: [],
    roles: DEFAULT_ROLES.map((role) => ({ id: role.id, name: role.name[lang], contractor: role.contractor })),
    matrixColumns: 'roles',
    maxResponsible: DEFAULT_MAX_RESPONSIBLE,
  };
}

/** The people of a team, for the features that read them (the monthly report's department cost, sharing). */
export function teamMembers(team: TeamSettings | null): TeamMember[] {
  return team ? team.people.map((person) => ({ ...person })) : [];
}

/** Indexes of the values that repeat an earlier one. */
function firstRepeats(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index);
    seen.add(value);
  });
  return repeats;
}
