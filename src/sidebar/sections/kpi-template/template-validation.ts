/**
 * Checks the draft with the very schema the server uses
 * (`templateSettingsSchema`) and turns each issue into a sentence for
 * the field it concerns, in the user's language ("Channel 3: name is
 * empty"). The server checks again; this only spares the user a round trip.
 */
import type { Lang } from '../../../core/i18n/lang';
import { formatNumber } from '../../../core/i18n/number-format';
import { check, type SchemaIssue } from '../../../shared/schema';
import {
  MAX_CHANNELS,
  MAX_TARGET_ROMI,
  templateSettingsSchema,
  type TemplateSettings,
} from '../../../shared/template-settings';
import { t } from '../../text';
import { draftToCandidate, type TemplateDraft } from './template-draft';

/** The schema's numeric bounds as the messages quote them; a test keeps them equal to the schema's. */
export const YEAR_BOUNDS = { min: 2000, max: 2100 } as const;
export const MIN_LEADS_BOUNDS = { min: 0, max: 100_000 } as const;
/** Target ROMI in percent, as the form takes it: the schema's 0 to MAX_TARGET_ROMI as a ratio. */
export const TARGET_ROMI_PERCENT_BOUNDS = { min: 0, max: MAX_TARGET_ROMI * 100 } as const;

/** A field of the form; channel fields are named by channel id, which survives reordering. */
export type FieldKey =
  | 'departmentName'
  | 'year'
  | 'currency'
  | 'sheetLang'
  | 'minLeads'
  | 'targetRomi'
  | 'channels'
  | `channel:${string}:name`
  | `channel:${string}:targetCpl`
  | `channel:${string}:targetRomi`;

export interface FieldProblem {
  readonly field: FieldKey;
  readonly message: string;
}

export type DraftCheck = { ok: true; settings: TemplateSettings } | { ok: false; problems: readonly FieldProblem[] };

export function channelField(channelId: string, part: 'name' | 'targetCpl' | 'targetRomi'): FieldKey {
  return `channel:${channelId}:${part}`;
}

export function checkDraft(draft: TemplateDraft, lang: Lang): DraftCheck {
  const result = check(templateSettingsSchema(), draftToCandidate(draft));
  if (result.success) return { ok: true, settings: result.data };
  const problems: FieldProblem[] = [];
  const seen = new Set<FieldKey>();
  for (const issue of result.issues) {
    for (const problem of describeIssue(issue, draft, lang)) {
      // One message per field: the first is the one to fix first.
      if (seen.has(problem.field)) continue;
      seen.add(problem.field);
      problems.push(problem);
    }
  }
  return { ok: false, problems };
}

/** The first problem of each field, for showing beside it. */
function romiBounds(lang: Lang): { min: string; max: string } {
  return {
    min: formatNumber(TARGET_ROMI_PERCENT_BOUNDS.min, lang),
    max: formatNumber(TARGET_ROMI_PERCENT_BOUNDS.max, lang),
  };
}

function maximumOf(issue: SchemaIssue, fallback: number): number {
  return issue.code === 'too_big' && issue.maximum !== undefined ? issue.maximum : fallback;
}

function describeIssue(issue: SchemaIssue, draft: TemplateDraft, lang: Lang): FieldProblem[] {
  const [head, index, part] = issue.path;
  switch (head) {
    case 'schemaVersion':
      return [{ field: 'channels', message: t(lang, 'invalid_settings_version') }];
    case 'departmentName':
      return [
        {
          field: 'departmentName',
          message:
            issue.code === 'too_big'
              ? t(lang, 'invalid_department_name_long', { max: maximumOf(issue, 100) })
              : t(lang, 'invalid_department_name_empty'),
        },
      ];
    case 'year':
      // Years are written without grouping: 2026, not 2,026.
      return [{ field: 'year', message: t(lang, 'invalid_year', YEAR_BOUNDS) }];
    case 'currency':
      return [{ field: 'currency', message: t(lang, 'invalid_currency') }];
    case 'sheetLang':
      return [{ field: 'sheetLang', message: t(lang, 'invalid_sheet_lang') }];
    case 'minLeads':
      return [
        {
          field: 'minLeads',
          message: t(lang, 'invalid_min_leads', {
            min: formatNumber(MIN_LEADS_BOUNDS.min, lang),
            max: formatNumber(MIN_LEADS_BOUNDS.max, lang),
          }),
        },
      ];
    case 'targetRomi':
      return [{ field: 'targetRomi', message: t(lang, 'invalid_target_romi', romiBounds(lang)) }];
    case 'channels':
      if (typeof index === 'number') return describeChannelIssue(issue, draft, index, part, lang);
      return describeChannelListIssue(issue, draft, lang);
    default:
      return [{ field: 'channels', message: t(lang, 'invalid_other', { field: String(head ?? '') }) }];
  }
}

function describeChannelIssue(
  issue: SchemaIssue,
  draft: TemplateDraft,
  index: number,
  part: PropertyKey | undefined,
  lang: Lang,
): FieldProblem[] {
  const channel = draft.channels[index];
  if (!channel) return [];
  const n = index + 1;
  switch (part) {
    case 'name':
      return [
        {
          field: channelField(channel.id, 'name'),
          message:
            issue.code === 'too_big'
              ? t(lang, 'invalid_channel_name_long', { n, max: maximumOf(issue, 60) })
              : t(lang, 'invalid_channel_name_empty', { n }),
        },
      ];
    case 'targetCpl':
      return [
        {
          field: channelField(channel.id, 'targetCpl'),
          message:
            issue.code === 'too_small'
              ? t(lang, 'invalid_channel_target_not_positive', { n })
              : t(lang, 'invalid_channel_target_not_number', { n }),
        },
      ];
    case 'targetRomi':
      return [
        {
          field: channelField(channel.id, 'targetRomi'),
          message: t(lang, 'invalid_channel_target_romi', { n, ...romiBounds(lang) }),
        },
      ];
    default:
      return [{ field: channelField(channel.id, 'name'), message: t(lang, 'invalid_channel_id', { n }) }];
  }
}

/** Issues about the list as a whole: its length, and the schema's duplicate checks, pinned here to the channels concerned. */
function describeChannelListIssue(issue: SchemaIssue, draft: TemplateDraft, lang: Lang): FieldProblem[] {
  if (issue.code === 'too_small') return [{ field: 'channels', message: t(lang, 'invalid_no_channels') }];
  if (issue.code === 'too_big')
    return [
      { field: 'channels', message: t(lang, 'invalid_too_many_channels', { max: maximumOf(issue, MAX_CHANNELS) }) },
    ];
  if (issue.code === 'custom' && issue.message === 'duplicate_channel_name') return duplicateNameProblems(draft, lang);
  if (issue.code === 'custom' && issue.message === 'duplicate_channel_id') return duplicateIdProblems(draft, lang);
  return [{ field: 'channels', message: t(lang, 'invalid_other', { field: t(lang, 'channels') }) }];
}

/** The schema compares names trimmed and case-insensitively; so does this, to point at the later of each pair. */
function duplicateNameProblems(draft: TemplateDraft, lang: Lang): FieldProblem[] {
  const firstByName = new Map<string, number>();
  const problems: FieldProblem[] = [];
  draft.channels.forEach((channel, index) => {
    const comparable = channel.name.trim().toLowerCase();
    const first = firstByName.get(comparable);
    if (first === undefined) {
      firstByName.set(comparable, index);
      return;
    }
    problems.push({
      field: channelField(channel.id, 'name'),
      message: t(lang, 'invalid_channel_name_duplicate', { n: index + 1, name: channel.name.trim(), first: first + 1 }),
    });
  });
  return problems;
}

function duplicateIdProblems(draft: TemplateDraft, lang: Lang): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  draft.channels.forEach((channel, index) => {
    if (seen.has(channel.id))
      problems.push({
        field: channelField(channel.id, 'name'),
        message: t(lang, 'invalid_channel_id', { n: index + 1 }),
      });
    seen.add(channel.id);
  });
  return problems;
}
