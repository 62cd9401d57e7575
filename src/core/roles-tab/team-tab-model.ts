/**
 * The Team tab: the department's people as the head sees them in the sheet.
 * It is a view, written on every build from the team in document
 * properties, which stay the one source of truth (the monthly report and
 * sharing read people and emails from there, not from this tab).
 */
import { translate } from '../i18n/catalog';
import { LANGS, type Lang } from '../i18n/lang';
import { rolesTabMessages } from '../i18n/roles-tab-messages';
import { numberFormatFor } from '../kpi/number-formats';
import { isBlank, type SheetsScalar } from '../sheet-values';
import { asPlainText } from '../text-safety';
import type { TeamSettings } from '../../shared/team-settings';
import type { ProtectedArea } from '../sharing/protection-policy';
import type { Currency } from '../../shared/template-settings';

const TEAM_TAB_COLUMNS = ['name', 'email', 'role', 'monthly_cost', 'employment'] as const;

export interface TeamTabModel {
  tabName: string;
  header: string[];
  /** One row per person, in the team's order; a single hint row when nobody is listed yet. */
  rows: SheetsScalar[][];
  /** Number format of each column. */
  numberFormats: string[];
  protectionDescription: string;
}

/** The whole table is the add-on's view of the team: a warning before sharing, locked once shared. */
export function teamTabProtection(model: TeamTabModel): ProtectedArea {
  return {
    range: { row: 1, column: 1, rows: model.rows.length + 1, columns: model.header.length },
    description: model.protectionDescription,
    kind: 'computed',
  };
}

export function buildTeamTabModel(team: TeamSettings, lang: Lang, currency: Currency): TeamTabModel {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, lang, key);
  const roleNames = new Map(team.roles.map((role) => [role.id, role.name]));
  const rows: SheetsScalar[][] =
    team.people.length > 0
      ? team.people.map((person) => [
          asPlainText(person.name),
          asPlainText(person.email),
          asPlainText(roleNames.get(person.roleId) ?? person.roleId),
          person.monthlyCost ?? '',
          t(person.employment === 'staff' ? 'employment_staff' : 'employment_contractor'),
        ])
      : [[t('team_empty'), '', '', '', '']];
  return {
    tabName: t('team_tab_name'),
    header: headerIn(lang),
    rows,
    numberFormats: TEAM_TAB_COLUMNS.map((column) =>
      column === 'monthly_cost' ? numberFormatFor('money', currency) : '@',
    ),
    protectionDescription: t('protection_team'),
  };
}

/** The Team tab's header in `lang`. */
function headerIn(lang: Lang): string[] {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, lang, key);
  return [
    t('team_col_name'),
    t('team_col_email'),
    t('team_col_role'),
    t('team_col_monthly_cost'),
    t('team_col_employment'),
  ];
}

/**
 * Whether a tab of the Team tab's name is the add-on's: empty, or headed by
 * our header in either language. Another tab of that name is someone's own.
 */
export function isTeamTabRegion(values: readonly (readonly SheetsScalar[])[]): boolean {
  if (values.every((row) => row.every((cell) => isBlank(cell)))) return true;
  const header = (values[0] ?? []).slice(0, TEAM_TAB_COLUMNS.length).map((cell) => String(cell ?? '').trim());
  return LANGS.some((lang) => headerIn(lang).every((text, index) => header[index] === text));
}

/**
 * How many rows the last build's table took (header included): it ends at
 * the first blank name, so what a user wrote under a blank row is theirs.
 */
export function teamTableHeight(values: readonly (readonly SheetsScalar[])[]): number {
  const firstBlank = values.findIndex((row, index) => index > 0 && isBlank(row[0]));
  return firstBlank === -1 ? values.length : firstBlank;
}
