/** The Roles tab's columns at the last build, in document properties (see core/roles-tab/built-layout.ts). */
import * as z from 'zod/mini';
import type { BuiltRolesLayout } from '../../core/roles-tab/built-layout';
import { MATRIX_COLUMN_MODES } from '../../shared/team-settings';
import { readChunkedProperty, writeChunkedProperty } from '../chunked-property';
import { PROPERTY_KEYS } from '../property-keys';

const LAYOUT_VERSION = 1;

const storedLayoutSchema = z.object({
  version: z.literal(LAYOUT_VERSION),
  mode: z.enum(MATRIX_COLUMN_MODES),
  columns: z.array(
    z.object({
      id: z.nullable(z.string()),
      name: z.string(),
      roleId: z.nullable(z.string()),
      kept: z.boolean(),
    }),
  ),
  hidden: z.optional(z.array(z.string())),
});

/** `null` before the first build, or when the stored value does not read (the next build then matches by current names only). */
export function readBuiltRolesLayout(): BuiltRolesLayout | null {
  const stored = readChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.builtRolesLayout);
  if (!stored) return null;
  try {
    const parsed = storedLayoutSchema.safeParse(JSON.parse(stored));
    return parsed.success ? { mode: parsed.data.mode, columns: parsed.data.columns, hidden: parsed.data.hidden ?? [] } : null;
  } catch {
    return null;
  }
}

export function writeBuiltRolesLayout(layout: BuiltRolesLayout): void {
  // Fifty people's names are more than one property holds.
  writeChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.builtRolesLayout, JSON.stringify({ version: LAYOUT_VERSION, ...layout }));
}
