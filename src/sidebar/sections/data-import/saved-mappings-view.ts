/**
 * The team's saved column mappings in the "Import data" section: each with
 * what it reads (ad spend or CRM deals) and its file's column count, a
 * field to rename it and a button to delete it. Folded away (a <details>)
 * until someone opens it, like the Sources table.
 */
import type { MessageParams } from '../../../core/i18n/catalog';
import type { ColumnMappingMessageKey } from '../../../core/i18n/column-mapping-messages';
import type { Lang } from '../../../core/i18n/lang';
import type { SavedColumnMapping } from '../../../core/import/saved-mappings';
import { h, type VElement } from '../../view/vnode';
import { s } from './section-text';

/**
 * A string of the saved mappings in the sidebar's language. Their table
 * comes with the export reader (reader-api.ts): the mapping step shows only
 * once a file was read, and the list loads the reader when it is opened.
 */
export type MappingText = (key: ColumnMappingMessageKey, params?: MessageParams) => string;

export const SAVED_MAPPINGS_IDS = {
  list: 'data-import-saved-mappings',
  status: 'data-import-saved-mappings-status',
} as const;

export function savedNameId(index: number): string {
  return `data-import-saved-mapping-name-${index}`;
}

export function savedRenameId(index: number): string {
  return `data-import-saved-mapping-rename-${index}`;
}

export function savedDeleteId(index: number): string {
  return `data-import-saved-mapping-delete-${index}`;
}

export interface SavedMappingsHandlers {
  toggleSavedOpen(): void;
  setSavedName(index: number, value: string): void;
  renameSaved(index: number): void;
  deleteSaved(index: number): void;
}

export interface SavedMappingsProps {
  lang: Lang;
  busy: boolean;
  mappings: readonly SavedColumnMapping[];
  /** The rename fields as typed, by index (absent: the saved name). */
  names: ReadonlyMap<number, string>;
  open: boolean;
  status: string | null;
  /** `null` until the export reader is loaded (the list is folded until then). */
  text: MappingText | null;
  handlers: SavedMappingsHandlers;
}

export function savedMappingsView(props: SavedMappingsProps): VElement {
  const { lang, busy, handlers } = props;
  const m = props.text;
  return h(
    'details',
    { id: SAVED_MAPPINGS_IDS.list, class: 'block', open: props.open, 'data-testid': SAVED_MAPPINGS_IDS.list },
    h(
      'summary',
      {
        on: {
          click: (event) => {
            event.preventDefault();
            handlers.toggleSavedOpen();
          },
        },
      },
      s(lang, 'saved_mappings_title'),
    ),
    props.open &&
      m !== null && [
        props.mappings.length === 0
          ? h('p', { class: 'secondary' }, m('saved_empty'))
          : h(
              'ul',
              { class: 'saved-mappings' },
              props.mappings.map((mapping, index) =>
                h(
                  'li',
                  { key: mapping.name },
                  h(
                    'p',
                    {},
                    m('saved_line', {
                      name: mapping.name,
                      kind: s(lang, mapping.columns.kind === 'crm' ? 'kind_crm' : 'kind_cabinet'),
                      columns: mapping.header.length,
                    }),
                  ),
                  h('input', {
                    id: savedNameId(index),
                    type: 'text',
                    value: props.names.get(index) ?? mapping.name,
                    disabled: busy,
                    autocomplete: 'off',
                    'aria-label': m('saved_rename_label', { name: mapping.name }),
                    'data-testid': savedNameId(index),
                    on: { input: (event) => handlers.setSavedName(index, event.value) },
                  }),
                  h(
                    'button',
                    {
                      id: savedRenameId(index),
                      type: 'button',
                      disabled: busy || (props.names.get(index) ?? mapping.name).trim() === mapping.name,
                      'data-testid': savedRenameId(index),
                      on: { click: () => handlers.renameSaved(index) },
                    },
                    m('saved_rename'),
                  ),
                  h(
                    'button',
                    {
                      id: savedDeleteId(index),
                      type: 'button',
                      disabled: busy,
                      'aria-label': m('saved_delete_label', { name: mapping.name }),
                      'data-testid': savedDeleteId(index),
                      on: { click: () => handlers.deleteSaved(index) },
                    },
                    m('saved_delete'),
                  ),
                ),
              ),
            ),
        h(
          'p',
          {
            id: SAVED_MAPPINGS_IDS.status,
            role: 'status',
            'aria-live': 'polite',
            'data-testid': SAVED_MAPPINGS_IDS.status,
          },
          props.status ?? '',
        ),
      ],
  );
}
