/**
 * A problem with a team the sidebar sent, in words that name the field:
 * "Person 2 (Anna), email: "anna@" is not an email address". Shared so that
 * the sidebar can show the same words before it sends anything.
 */
import { translate, type MessageParams } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { teamProblemMessages } from '../core/i18n/team-problem-messages';
import { excerpt } from '../core/text-excerpt';
import type { SchemaIssue } from './schema';
import type { TeamRuleCode } from './team-settings';

export type { SchemaIssue };

type MessageKey = keyof (typeof teamProblemMessages)['en'];

const TOP_LEVEL_FIELDS: Readonly<Record<string, MessageKey>> = {
  companyHeadcount: 'field_company_headcount',
  maxResponsible: 'field_max_responsible',
  matrixColumns: 'field_matrix_columns',
  people: 'field_people',
  roles: 'field_roles',
};

const ITEM_KEYS: Readonly<Record<string, MessageKey>> = {
  name: 'key_name',
  email: 'key_email',
  roleId: 'key_roleId',
  monthlyCost: 'key_monthlyCost',
  employment: 'key_employment',
  contractor: 'key_contractor',
  id: 'key_id',
};

const RULE_CODES: readonly string[] = [
  'duplicate_role_id',
  'duplicate_role_name',
  'duplicate_person_id',
  'duplicate_person_name',
  'unknown_role',
  'people_mode_needs_people',
] satisfies TeamRuleCode[];

/** "{field}: {problem}" for one issue; `input` is what was sent, for the values and names the words quote. */
export function describeTeamIssue(issue: SchemaIssue, input: unknown, lang: Lang): string {
  return `${fieldName(issue.path, input, lang)}: ${describeSchemaProblem(issue, input, lang)}`;
}

/** Up to `limit` issues, one sentence. */
export function describeTeamIssues(issues: readonly SchemaIssue[], input: unknown, lang: Lang, limit = 5): string {
  return issues
    .slice(0, limit)
    .map((issue) => describeTeamIssue(issue, input, lang))
    .join('; ');
}

function fieldName(path: readonly PropertyKey[], input: unknown, lang: Lang): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(teamProblemMessages, lang, key, params);
  const [list, index, key] = path;
  if (list === undefined) return t('field_team');
  const topLevel = typeof list === 'string' ? TOP_LEVEL_FIELDS[list] : undefined;
  if ((list === 'people' || list === 'roles') && typeof index === 'number') {
    const name = textAt(input, [list, index, 'name']).trim();
    const params = { index: index + 1, name };
    const item =
      list === 'people'
        ? t(name ? 'field_person_named' : 'field_person', params)
        : t(name ? 'field_role_named' : 'field_role', params);
    const itemKey = typeof key === 'string' ? ITEM_KEYS[key] : undefined;
    return itemKey ? `${item}, ${t(itemKey)}` : item;
  }
  return topLevel ? t(topLevel) : path.map(String).join('.');
}

/** What is wrong with the value at the issue's path ("is empty", "must be at most 50"), for any schema's field problems. */
export function describeSchemaProblem(issue: SchemaIssue, input: unknown, lang: Lang): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(teamProblemMessages, lang, key, params);
  const value = textAt(input, issue.path);
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'custom' && RULE_CODES.includes(issue.message))
    return t(`problem_${issue.message as TeamRuleCode}`, { value });
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(input, issue.path) === undefined)
    return t('problem_missing');
  switch (issue.code) {
    case 'invalid_format':
      if (last === 'email') return t('problem_not_email', { value });
      if (last === 'id') return t('problem_bad_id', { value });
      return t('problem_invalid');
    case 'too_small':
      if (issue.origin === 'string') return t('problem_required');
      if (issue.origin === 'array') return t('problem_too_few', { minimum: Number(issue.minimum) });
      return t(issue.inclusive === false ? 'problem_not_above' : 'problem_too_small', {
        minimum: Number(issue.minimum),
      });
    case 'too_big':
      if (issue.origin === 'string') return t('problem_too_long', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return t('problem_too_many', { maximum: Number(issue.maximum) });
      return t('problem_too_big', { maximum: Number(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return t('problem_not_whole_number');
      if (issue.expected === 'number') return t('problem_not_number');
      if (issue.expected === 'string') return t('problem_not_text');
      if (issue.expected === 'boolean') return t('problem_not_yes_no');
      if (issue.expected === 'array') return t('problem_not_list');
      return t('problem_invalid');
    case 'invalid_value':
      return issue.values ? t('problem_choice', { values: issue.values.map(String).join(', ') }) : t('problem_invalid');
    default:
      return t('problem_invalid');
  }
}

/**
 * The value at `path` inside the untrusted input, as text for quoting: a
 * short excerpt ('' when there is none or it is not a scalar).
 */
export function textAt(input: unknown, path: readonly PropertyKey[]): string {
  const value = valueAt(input, path);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? excerpt(String(value))
    : '';
}

/** What `input` holds at a schema issue's path; `undefined` where the path leaves the object. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}
