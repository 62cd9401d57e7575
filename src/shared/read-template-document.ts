/**
 * Reads a pasted template file, refusing it with a message a person can act
 * on: too large, cut off, not JSON, not a template, from a newer version,
 * or a field that is wrong — named, with what is wrong with it. Reading
 * changes nothing; the import applies a file only after a preview.
 */
import { translate, type MessageParams } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { transferMessages } from '../core/i18n/transfer-messages';
import { utf8Length } from '../core/utf8-length';
import { jsonErrorPlace } from '../core/template-transfer/json-error-place';
import { check, type SchemaIssue } from './schema';
import { describeSchemaProblem, describeTeamIssue, textAt, valueAt } from './team-issues';
import {
  MAX_TEMPLATE_DOCUMENT_BYTES,
  TEMPLATE_DOCUMENT_FORMAT,
  TEMPLATE_DOCUMENT_VERSION,
  templateDocumentSchema,
  type TemplateDocument,
} from './template-document';

export type TemplateDocumentReading = { ok: true; document: TemplateDocument } | { ok: false; message: string };

type TransferKey = keyof (typeof transferMessages)['en'];

const MAX_ISSUES = 5;

export function readTemplateDocument(text: unknown, lang: Lang): TemplateDocumentReading {
  const t = (key: TransferKey, params?: MessageParams) => translate(transferMessages, lang, key, params);
  const refuse = (key: TransferKey, params?: MessageParams): TemplateDocumentReading => ({
    ok: false,
    message: t(key, params),
  });
  if (typeof text !== 'string' || text.trim() === '') return refuse('import_empty');
  const bytes = utf8Length(text);
  if (bytes > MAX_TEMPLATE_DOCUMENT_BYTES) {
    return refuse('import_too_large', { size: Math.ceil(bytes / 1024), max: MAX_TEMPLATE_DOCUMENT_BYTES / 1024 });
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (endsTooEarly(text, detail)) return refuse('import_truncated', { open: '{', close: '}' });
    const place = jsonErrorPlace(text, detail);
    return place ? refuse('import_not_json_at', { ...place }) : refuse('import_not_json');
  }

  const header = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (header.format !== TEMPLATE_DOCUMENT_FORMAT) return refuse('import_not_template');
  const version = header.version;
  if (typeof version === 'number' && version > TEMPLATE_DOCUMENT_VERSION) {
    return refuse('import_newer_version', { version, supported: TEMPLATE_DOCUMENT_VERSION });
  }

  const result = check(templateDocumentSchema(), parsed);
  if (result.success) return { ok: true, document: result.data };
  const details = result.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => describeDocumentIssue(issue, parsed, lang))
    .join('; ');
  return refuse('import_invalid', { details });
}

/**
 * A text cut off mid-way: V8 says "Unexpected end of JSON input" or
 * "Unterminated string …", or names a position at the very end of the text
 * ("Expected ',' or '}' after property value in JSON at position 7").
 */
function endsTooEarly(text: string, detail: string): boolean {
  if (/end of JSON input|Unterminated/i.test(detail)) return true;
  const position = /position (\d+)/.exec(detail)?.[1];
  return position !== undefined && Number(position) >= text.trimEnd().length;
}

/** "Settings, channel 2 (SEO), target CPL: must be more than 0"; the team's problems in the team form's own words. */
export function describeDocumentIssue(issue: SchemaIssue, input: unknown, lang: Lang): string {
  const t = (key: TransferKey, params?: MessageParams) => translate(transferMessages, lang, key, params);
  const [part, ...rest] = issue.path;
  if (part === 'team' && rest.length > 0) {
    return `${t('field_team')}: ${describeTeamIssue({ ...issue, path: rest }, valueAt(input, ['team']), lang)}`;
  }
  const where = [sectionName(part, t), ...fieldNames(part, rest, input, t)].join(', ');
  return `${where}: ${problem(issue, input, lang, t)}`;
}

/**
 * One problem of template settings sent on their own (the sidebar's save),
 * in the file's words without the section: "channel 2 (SEO), target CPL:
 * must be more than 0".
 */
export function describeSettingsIssue(issue: SchemaIssue, settings: unknown, lang: Lang): string {
  const t = (key: TransferKey, params?: MessageParams) => translate(transferMessages, lang, key, params);
  const document = { settings };
  const where = fieldNames('settings', issue.path, document, t).join(', ') || t('field_settings');
  return `${where}: ${problem({ ...issue, path: ['settings', ...issue.path] }, document, lang, t)}`;
}

function sectionName(part: PropertyKey | undefined, t: (key: TransferKey) => string): string {
  if (part === 'settings') return t('field_settings');
  if (part === 'matrix') return t('field_matrix');
  if (part === 'team') return t('field_team');
  return t('field_document');
}

function fieldNames(
  part: PropertyKey | undefined,
  path: readonly PropertyKey[],
  input: unknown,
  t: (key: TransferKey, params?: MessageParams) => string,
): string[] {
  if (part !== 'settings' && part !== 'matrix') return part === undefined ? [] : [keyName(part, t)];
  const names: string[] = [];
  path.forEach((step, index) => {
    const list = path[index - 1];
    if (typeof step === 'number') {
      const name = textAt(input, [part, ...path.slice(0, index + 1), 'name']).trim();
      const params = { index: step + 1, name };
      if (list === 'channels') names[names.length - 1] = t(name ? 'field_channel_named' : 'field_channel', params);
      else if (list === 'rows') names[names.length - 1] = t(name ? 'field_row_named' : 'field_row', params);
      else if (list === 'columns') names[names.length - 1] = t('field_column', params);
      else if (list === 'cells') names[names.length - 1] = t('field_cell', params);
      else names.push(String(step + 1));
    } else names.push(keyName(step, t));
  });
  return names;
}

function keyName(key: PropertyKey, t: (key: TransferKey) => string): string {
  const candidate = `field_${String(key)}`;
  return candidate in transferMessages.en ? t(candidate as TransferKey) : String(key);
}

function problem(
  issue: SchemaIssue,
  input: unknown,
  lang: Lang,
  t: (key: TransferKey, params?: MessageParams) => string,
): string {
  const value = textAt(input, issue.path);
  if (issue.code === 'custom') {
    switch (issue.message) {
      case 'not_raci':
        return t('problem_not_raci', { value });
      case 'cells_count': {
        const cells = arrayAt(input, issue.path).length;
        return t('problem_cells_count', { count: cells, columns: arrayAt(input, ['matrix', 'columns']).length });
      }
      case 'duplicate_channel_name':
        return t('problem_duplicate_channel_name');
      case 'duplicate_channel_id':
        return t('problem_duplicate_channel_id');
    }
  }
  if (issue.code === 'invalid_format' && issue.path[1] === 'columns') return t('problem_column_id', { value });
  return describeSchemaProblem(issue, input, lang);
}

function arrayAt(input: unknown, path: readonly PropertyKey[]): unknown[] {
  const value = valueAt(input, path);
  return Array.isArray(value) ? value : [];
}
