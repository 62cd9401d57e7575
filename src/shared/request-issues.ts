/**
 * A problem with a report or sharing request the sidebar sent, in the
 * person's language and naming the field: "month: «2026-13» is not a
 * month: expected YYYY-MM". The sidebar builds these requests itself, so
 * such a problem means a stale or tampered page; the words still say what
 * is expected.
 */
import { translate } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { reportMessages } from '../core/i18n/report-messages';
import { sharingMessages } from '../core/i18n/sharing-messages';
import { teamProblemMessages } from '../core/i18n/team-problem-messages';
import { describeSchemaProblem, textAt, type SchemaIssue } from './team-issues';

export function describeReportRequestIssue(issue: SchemaIssue, input: unknown, lang: Lang): string {
  const [field] = issue.path;
  const where =
    field === 'month'
      ? translate(reportMessages, lang, 'field_month')
      : field === 'replaceExisting'
        ? translate(reportMessages, lang, 'field_replaceExisting')
        : translate(reportMessages, lang, 'field_request');
  const problem =
    field === 'month' && issue.code === 'invalid_format'
      ? translate(reportMessages, lang, 'problem_month_format', { value: textAt(input, issue.path) })
      : describeSchemaProblem(issue, input, lang);
  return `${where}: ${problem}`;
}

export function describeShareRequestIssue(issue: SchemaIssue, input: unknown, lang: Lang): string {
  const [field, index] = issue.path;
  const where =
    field !== 'personIds'
      ? translate(sharingMessages, lang, 'field_request')
      : typeof index === 'number'
        ? translate(sharingMessages, lang, 'field_person_id', { index: index + 1 })
        : translate(sharingMessages, lang, 'field_personIds');
  const problem =
    issue.code === 'invalid_format'
      ? translate(teamProblemMessages, lang, 'problem_bad_id', { value: textAt(input, issue.path) })
      : describeSchemaProblem(issue, input, lang);
  return `${where}: ${problem}`;
}
