/**
 * The team's saved column mappings in document properties (shared by every
 * collaborator), in parts under the 9 KB a value may hold. Read back
 * checked: a list edited by hand or by another version reads as empty,
 * never breaks an import.
 */
import type { Lang } from '../../core/i18n/lang';
import type { SavedColumnMapping } from '../../core/import/saved-mappings';
import { savedColumnMappingsSchema } from '../../shared/column-mappings';
import { readDocumentRecord, writeDocumentText } from '../document-record';
import { PROPERTY_KEYS } from '../property-keys';
import { assertDocumentPropertiesHold } from '../property-room';

export function readSavedMappings(): SavedColumnMapping[] {
  return readDocumentRecord(PROPERTY_KEYS.importColumnMappings, savedColumnMappingsSchema()) ?? [];
}

/** Checks the room first: a list that cannot be stored is refused in words, nothing written. */
export function writeSavedMappings(saved: readonly SavedColumnMapping[], lang: Lang): void {
  const text = JSON.stringify(saved);
  assertDocumentPropertiesHold({ [PROPERTY_KEYS.importColumnMappings]: text }, lang);
  writeDocumentText(PROPERTY_KEYS.importColumnMappings, text);
}
