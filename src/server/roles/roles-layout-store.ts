/** The Roles tab's columns at the last build, in document properties (see core/roles-tab/built-layout.ts). */
import * as v from 'valibot';
import type { BuiltRolesLayout } from '../../core/roles-tab/built-layout';
import { MATRIX_COLUMN_MODES } from '../../shared/team-settings';
import { readDocumentRecord, writeDocumentRecord } from '../document-record';
import { PROPERTY_KEYS } from '../property-keys';

const LAYOUT_VERSION = 1;

/** Built on each read: the record is read once per server call, and a custom function never reads it. */
function storedLayoutSchema() {
  return v.object({
    version: v.literal(LAYOUT_VERSION),
    mode: v.picklist(MATRIX_COLUMN_MODES),
    columns: v.array(
      v.object({
        id: v.nullable(v.string()),
        name: v.string(),
        roleId: v.nullable(v.string()),
        kept: v.boolean(),
      }),
    ),
    hidden: v.optional(v.array(v.string())),
  });
}

/** `null` before the first build, or when the stored value does not read (the next build then matches by current names only). */
export function readBuiltRolesLayout(): BuiltRolesLayout | null {
  const stored = readDocumentRecord(PROPERTY_KEYS.builtRolesLayout, storedLayoutSchema());
  return stored ? { mode: stored.mode, columns: stored.columns, hidden: stored.hidden ?? [] } : null;
}

export function writeBuiltRolesLayout(layout: BuiltRolesLayout): void {
  // Fifty people's names are more than one property holds.
  writeDocumentRecord(PROPERTY_KEYS.builtRolesLayout, { version: LAYOUT_VERSION, ...layout });
}
