/**
 * The sidebar's saved column mappings: save one under a name (a file no
 * format recognises, mapped by the person), rename one, delete one. Each
 * answers with the import state, whose `mappings` the sidebar offers to the
 * next file with the same columns. The list is read, changed and written
 * under the document lock: two people saving at once lose neither.
 */
import { translate, type MessageParams } from '../../core/i18n/catalog';
import {
  columnMappingServerMessages,
  type ColumnMappingServerMessageKey,
} from '../../core/i18n/column-mapping-server-messages';
import type { Lang } from '../../core/i18n/lang';
import {
  renameSavedMapping,
  withoutSavedMapping,
  withSavedMapping,
  type SavedColumnMapping,
} from '../../core/import/saved-mappings';
import {
  MAX_SAVED_MAPPINGS,
  mappingNameSchema,
  renameMappingRequestSchema,
  savedColumnMappingSchema,
} from '../../shared/column-mappings';
import type { Schema, Infer } from '../../shared/schema';
import type { DataImportState } from '../../shared/server-api';
import { describeSchemaProblem } from '../../shared/team-issues';
import { withDocumentLock } from '../document-lock';
import { readSavedMappings, writeSavedMappings } from '../import/column-mapping-store';
import { parsePayload } from '../parse-payload';
import { UserFacingError } from '../user-facing-error';
import { currentUserLang } from '../user-lang';
import { readDataImportState } from './data-import-actions';
import { checkedCall, entryPointCall } from '../entry-point-spec';

function say(lang: Lang, key: ColumnMappingServerMessageKey, params?: MessageParams): string {
  return translate(columnMappingServerMessages, lang, key, params);
}

function parseMapping<S extends Schema>(schema: S, input: unknown, lang: Lang): Infer<S> {
  return parsePayload(schema, input, (issues) =>
    say(lang, 'invalid_mapping', {
      details: issues
        .map((issue) => {
          const where = issue.path.map(String).join('.');
          return `${where === '' ? '' : `${where}: `}${describeSchemaProblem(issue, input, lang)}`;
        })
        .join('; '),
    }),
  );
}

function changeMappings(lang: Lang, change: (saved: SavedColumnMapping[]) => SavedColumnMapping[]): DataImportState {
  return withDocumentLock(lang, () => {
    writeSavedMappings(change(readSavedMappings()), lang);
    return readDataImportState(lang);
  });
}

/** Saves `mapping` ({ name, header, columns }) first in the list, replacing one of that name or of those columns. */
export function saveColumnMapping(input: unknown): DataImportState {
  const lang = currentUserLang();
  const mapping = parseMapping(savedColumnMappingSchema(), input, lang);
  return changeMappings(lang, (saved) => {
    const next = withSavedMapping(saved, mapping);
    if (next.length > MAX_SAVED_MAPPINGS)
      throw new UserFacingError(say(lang, 'too_many_mappings', { max: MAX_SAVED_MAPPINGS }));
    return next;
  });
}

/** Renames the mapping `{ name }` to `{ newName }`, refusing a name another mapping has. */
export function renameColumnMapping(input: unknown): DataImportState {
  const lang = currentUserLang();
  const { name, newName } = parseMapping(renameMappingRequestSchema(), input, lang);
  return changeMappings(lang, (saved) => {
    const renamed = renameSavedMapping(saved, name, newName);
    if (!renamed.ok)
      throw new UserFacingError(
        renamed.reason === 'unknown'
          ? say(lang, 'mapping_unknown', { name })
          : say(lang, 'mapping_name_taken', { name: newName }),
      );
    return renamed.saved;
  });
}

/** Deletes the mapping named `name`. */
export function deleteColumnMapping(input: unknown): DataImportState {
  const lang = currentUserLang();
  const name = parseMapping(mappingNameSchema(), input, lang);
  return changeMappings(lang, (saved) => {
    const kept = withoutSavedMapping(saved, name);
    if (!kept) throw new UserFacingError(say(lang, 'mapping_unknown', { name }));
    return kept;
  });
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  /** Saves a column mapping under its name; `mapping` is { name, header, columns }. */
  saveColumnMapping: entryPointCall(
    saveColumnMapping,
    ['mapping'],
    'Sidebar: saves a column mapping under a name, for the next file with the same columns.',
  ),
  /** Renames a saved column mapping; `request` is { name, newName }. */
  renameColumnMapping: checkedCall(renameColumnMapping, ['request'], 'Sidebar: renames a saved column mapping.', [
    renameMappingRequestSchema,
  ]),
  /** Deletes the saved column mapping named `name`. */
  deleteColumnMapping: entryPointCall(deleteColumnMapping, ['name'], 'Sidebar: deletes a saved column mapping.'),
});
