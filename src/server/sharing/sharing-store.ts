/**
 * Whether the template is shared with the team, in document properties so
 * that every build, by whoever runs it, makes the protections the same way;
 * and whom the add-on made editors, so the sidebar can say who has access
 * and who left the team but still has it.
 */
import * as z from 'zod/mini';
import { readChunkedProperty, writeChunkedProperty } from '../chunked-property';
import { PROPERTY_KEYS } from '../property-keys';

const SHARING_VERSION = 1;

const storedSharingSchema = z.object({
  version: z.literal(SHARING_VERSION),
  enabled: z.boolean(),
  /** Normalised emails, in the order they were shared with. */
  sharedWith: z.array(z.string()),
});

export interface SharingRecord {
  enabled: boolean;
  sharedWith: string[];
}

export const NOT_SHARED: SharingRecord = { enabled: false, sharedWith: [] };

/** Not shared when nothing is stored, or what is stored no longer reads. */
export function readSharing(): SharingRecord {
  const stored = readChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.sharing);
  if (!stored) return NOT_SHARED;
  try {
    const parsed = storedSharingSchema.safeParse(JSON.parse(stored));
    return parsed.success ? { enabled: parsed.data.enabled, sharedWith: parsed.data.sharedWith } : NOT_SHARED;
  } catch {
    return NOT_SHARED;
  }
}

export function writeSharing(record: SharingRecord): void {
  // Fifty long emails are close to what one property holds.
  writeChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.sharing, JSON.stringify({ version: SHARING_VERSION, ...record }));
}
