/**
 * Whether the template is shared with the team, in document properties so
 * that every build, by whoever runs it, makes the protections the same way;
 * and whom the add-on made editors, so the sidebar can say who has access
 * and who left the team but still has it.
 */
import * as v from 'valibot';
import { readDocumentRecord, writeDocumentRecord } from '../document-record';
import { PROPERTY_KEYS } from '../property-keys';

const SHARING_VERSION = 1;

/** Built on each read: the record is read once per server call, and a custom function never reads it. */
function storedSharingSchema() {
  return v.object({
    version: v.literal(SHARING_VERSION),
    enabled: v.boolean(),
    /** Normalised emails, in the order they were shared with. */
    sharedWith: v.array(v.string()),
  });
}

export interface SharingRecord {
  enabled: boolean;
  sharedWith: string[];
}

const NOT_SHARED: SharingRecord = { enabled: false, sharedWith: [] };

/** Not shared when nothing is stored, or what is stored no longer reads. */
export function readSharing(): SharingRecord {
  const stored = readDocumentRecord(PROPERTY_KEYS.sharing, storedSharingSchema());
  return stored ? { enabled: stored.enabled, sharedWith: stored.sharedWith } : NOT_SHARED;
}

export function writeSharing(record: SharingRecord): void {
  // Fifty long emails are close to what one property holds.
  writeDocumentRecord(PROPERTY_KEYS.sharing, { version: SHARING_VERSION, ...record });
}
