/** The Roles tab's columns at the last build, in document properties (see core/roles-tab/built-layout.ts). */
import * as v from 'valibot';
import { check } from '../../shared/schema';
import type { BuiltRolesLayout } from '../../core/roles-tab/built-layout';
import { MATRIX_COLUMN_MODES } from '../../shared/team-settings';
import { readChunkedProperty, writeChunkedProperty } from '../chunked-property';
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
  const stored = readChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.builtRolesLayout);
  if (!stored) return null;
  try {
    const parsed = check(storedLayoutSchema(), JSON.parse(stored));
    return parsed.success
      ? { mode: parsed.data.mode, columns: parsed.data.columns, hidden: parsed.data.hidden ?? [] }
      : null;
  } catch {
    return null;
  }
}

export function writeBuiltRolesLayout(layout: BuiltRolesLayout): void {
  // Fifty people's names are more than one property holds.
  writeChunkedProperty(
    PropertiesService.getDocumentProperties(),
    PROPERTY_KEYS.builtRolesLayout,
    JSON.stringify({ version: LAYOUT_VERSION, ...layout }),
  );
}
