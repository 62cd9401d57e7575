/**
 * The mapping step for a file no format recognises: which of its columns is
 * the date, the money and the source. The file is then read again through
 * the same core (format `mapped`).
 */
import type { ColumnMapping } from '../../../core/import/column-mapping';
import type { Lang } from '../../../core/i18n/lang';
import { h, type VElement } from '../../view/vnode';
import type { ImportSectionMessageKey } from '../../../core/i18n/import-section-messages';
import type { MessageParams } from '../../../core/i18n/catalog';
import type { MappingText } from './saved-mappings-view';

export type MappingRole = Exclude<keyof ColumnMapping, 'kind' | 'currency' | 'utmCampaign'>;

const CABINET_ROLES: readonly MappingRole[] = ['date', 'spend', 'campaign', 'utmSource', 'utmMedium'];
const CRM_ROLES: readonly MappingRole[] = ['date', 'stage', 'amount', 'wonDate', 'utmSource', 'utmMedium', 'source'];

export interface MappingBlock {
  fileIndex: number;
  file: string;
  header: readonly string[];
  draft: Partial<ColumnMapping> & { kind: ColumnMapping['kind'] };
  error: string | null;
  /** The name the mapping is saved under (prefilled with the file's name). */
  name: string;
  /** A saved mapping made for the same columns, offered (`null`: none fits). */
  offer: string | null;
  /** The saved mappings' words (the block shows only once the reader, which carries them, read the file). */
  text: MappingText;
  /** The section's words (handed in: the export reader draws this block and does not carry the section's table). */
  say: (key: ImportSectionMessageKey, params?: MessageParams) => string;
}

export interface ColumnMappingHandlers {
  setMapping(fileIndex: number, role: MappingRole | 'kind', value: string): void;
  applyMapping(fileIndex: number): void;
  setMappingName(fileIndex: number, value: string): void;
  /** Reads the file with the saved mapping offered for its columns. */
  useSavedMapping(fileIndex: number): void;
}

export function mappingFieldId(fileIndex: number, role: string): string {
  return `data-import-mapping-${fileIndex}-${role}`;
}

export function applyMappingId(fileIndex: number): string {
  return `data-import-mapping-${fileIndex}-apply`;
}

export function useSavedMappingId(fileIndex: number): string {
  return `data-import-mapping-${fileIndex}-use-saved`;
}

/** The mapping, when its required columns are chosen: the date, and spend or stage + amount. */
export function completeMapping(draft: MappingBlock['draft']): ColumnMapping | 'needs_date' | 'needs_money' {
  if (!draft.date) return 'needs_date';
  if (draft.kind === 'cabinet' ? !draft.spend : !draft.stage || !draft.amount) return 'needs_money';
  const roles = draft.kind === 'cabinet' ? CABINET_ROLES : CRM_ROLES;
  const mapping: ColumnMapping = { kind: draft.kind, date: draft.date };
  for (const role of roles) if (draft[role]) mapping[role] = draft[role];
  return mapping;
}

export function columnMappingView(
  lang: Lang,
  busy: boolean,
  block: MappingBlock,
  handlers: ColumnMappingHandlers,
): VElement {
  const roles = block.draft.kind === 'cabinet' ? CABINET_ROLES : CRM_ROLES;
  const m = block.text;
  const s = (_lang: Lang, key: ImportSectionMessageKey, params?: MessageParams) => block.say(key, params);
  const select = (
    role: MappingRole | 'kind',
    label: string,
    value: string,
    options: { value: string; label: string }[],
  ) =>
    h(
      'div',
      { class: 'form-group', key: role },
      h('label', { for: mappingFieldId(block.fileIndex, role) }, label),
      h(
        'select',
        {
          id: mappingFieldId(block.fileIndex, role),
          value,
          disabled: busy,
          'data-testid': mappingFieldId(block.fileIndex, role),
          on: { change: (event) => handlers.setMapping(block.fileIndex, role, event.value) },
        },
        options.map((option) => h('option', { value: option.value }, option.label)),
      ),
    );
  const columns = [
    { value: '', label: s(lang, 'column_none') },
    ...block.header.filter((name) => name.trim() !== '').map((name) => ({ value: name, label: name })),
  ];
  return h(
    'fieldset',
    {
      id: mappingFieldId(block.fileIndex, 'block'),
      class: 'block',
      key: `mapping-${block.fileIndex}`,
      'data-testid': mappingFieldId(block.fileIndex, 'block'),
    },
    h('legend', {}, s(lang, 'mapping_title', { file: block.file })),
    block.offer !== null && [
      h('p', {}, m('mapping_offer', { name: block.offer })),
      h(
        'button',
        {
          id: useSavedMappingId(block.fileIndex),
          type: 'button',
          class: 'action',
          disabled: busy,
          'data-testid': useSavedMappingId(block.fileIndex),
          on: { click: () => handlers.useSavedMapping(block.fileIndex) },
        },
        m('use_saved_mapping', { name: block.offer }),
      ),
    ],
    h('p', { class: 'secondary' }, s(lang, 'mapping_hint')),
    select('kind', s(lang, 'mapping_kind'), block.draft.kind, [
      { value: 'cabinet', label: s(lang, 'kind_cabinet') },
      { value: 'crm', label: s(lang, 'kind_crm') },
    ]),
    roles.map((role) => select(role, s(lang, `column_${role}`), block.draft[role] ?? '', columns)),
    h(
      'div',
      { class: 'form-group', key: 'name' },
      h('label', { for: mappingFieldId(block.fileIndex, 'name') }, m('mapping_name')),
      h('input', {
        id: mappingFieldId(block.fileIndex, 'name'),
        type: 'text',
        value: block.name,
        disabled: busy,
        autocomplete: 'off',
        'data-testid': mappingFieldId(block.fileIndex, 'name'),
        on: { input: (event) => handlers.setMappingName(block.fileIndex, event.value) },
      }),
    ),
    block.error !== null && h('p', { class: 'error field-error' }, block.error),
    h(
      'button',
      {
        id: applyMappingId(block.fileIndex),
        type: 'button',
        disabled: busy,
        'data-testid': applyMappingId(block.fileIndex),
        on: { click: () => handlers.applyMapping(block.fileIndex) },
      },
      s(lang, 'apply_mapping'),
    ),
  );
}
