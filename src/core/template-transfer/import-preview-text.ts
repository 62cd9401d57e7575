/** The import's preview in the user's language: a summary line, then the changes under their headings. */
import { translate, type MessageParams } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { formatPercent } from '../i18n/number-format';
import { transferMessages } from '../i18n/transfer-messages';
import { hasChanges, type FieldChange, type ImportChanges, type ListChanges } from './import-changes';

export interface PreviewSection {
  title: string;
  lines: string[];
}

export interface ImportPreviewText {
  summary: string;
  sections: PreviewSection[];
}

type TransferKey = keyof (typeof transferMessages)['en'];

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', ru: 'Русский' };

export function importPreviewText(changes: ImportChanges, lang: Lang): ImportPreviewText {
  const t = (key: TransferKey, params?: MessageParams) => translate(transferMessages, lang, key, params);
  // A value as a person reads it: the language and the columns' layout in words, the rest as it is.
  const shown = (field: string, value: string | number | null): string => {
    if (value === null) return t('nothing');
    if (field === 'sheetLang') return LANGUAGE_NAMES[String(value)] ?? String(value);
    if (field === 'matrixColumns') return t(value === 'people' ? 'columns_people' : 'columns_roles');
    if (field === 'targetRomi' && typeof value === 'number') return formatPercent(value, lang, 2);
    return String(value);
  };
  const field = (change: FieldChange<string, string | number | null>) =>
    t('change_field', {
      field: t(`field_${change.field}` as TransferKey),
      from: shown(change.field, change.from),
      to: shown(change.field, change.to),
    });
  const target = (value: number | null) => (value === null ? t('blended_cpl') : String(value));
  const romiTarget = (value: number | null) => (value === null ? t('department_romi') : formatPercent(value, lang, 2));
  const list = (changes: ListChanges, keys: { added: TransferKey; removed: TransferKey; renamed: TransferKey }) => [
    ...changes.added.map((name) => t(keys.added, { name })),
    ...changes.renamed.map(({ from, to }) => t(keys.renamed, { from, to })),
    ...changes.removed.map((name) => t(keys.removed, { name })),
  ];

  const sections: PreviewSection[] = [
    { title: t('section_settings'), lines: changes.settings.map(field) },
    {
      title: t('section_channels'),
      lines: [
        ...list(changes.channels, { added: 'channel_added', removed: 'channel_removed', renamed: 'channel_renamed' }),
        ...changes.targets.map((change) =>
          t('target_changed', { name: change.name, from: target(change.from), to: target(change.to) }),
        ),
        ...changes.romiTargets.map((change) =>
          t('romi_target_changed', { name: change.name, from: romiTarget(change.from), to: romiTarget(change.to) }),
        ),
      ],
    },
    {
      title: t('section_team'),
      lines: [
        ...changes.teamFields.map(field),
        ...list(changes.roles, { added: 'role_added', removed: 'role_removed', renamed: 'role_renamed' }),
        ...list(changes.people, { added: 'person_added', removed: 'person_removed', renamed: 'person_renamed' }),
        ...changes.people.changed.map((name) => t('person_changed', { name })),
        ...(changes.emailsKept > 0 ? [t('emails_kept', { count: changes.emailsKept })] : []),
      ],
    },
    { title: t('section_matrix'), lines: matrixLines(changes, t) },
  ];
  return {
    summary: t(hasChanges(changes) ? 'preview_changes' : 'preview_same'),
    sections: sections.filter((section) => section.lines.length > 0),
  };
}

function matrixLines(changes: ImportChanges, t: (key: TransferKey, params?: MessageParams) => string): string[] {
  const { matrix } = changes;
  if (matrix.kind === 'absent') return [t('matrix_absent')];
  const added = matrix.addedRows.length > 0 ? [t('matrix_rows_added', { names: matrix.addedRows.join(', ') })] : [];
  if (matrix.kind === 'new') return [t('matrix_new', { rows: matrix.rows, columns: matrix.columns }), ...added];
  const kept = matrix.kept > 0 ? [t('matrix_kept', { count: matrix.kept })] : [];
  return [matrix.cells > 0 ? t('matrix_changes', { count: matrix.cells }) : t('matrix_same'), ...kept, ...added];
}
