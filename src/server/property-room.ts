/**
 * Apps Script keeps at most 500 KB in one property store (Quotas for Google
 * Services; docs/emulator.md, "Property limits"), and a write that would
 * pass it throws a message about quotas that tells the person nothing. So
 * before the add-on stores the template it checks the room, with the
 * same parts `writeChunkedProperty` would write, and refuses up front in
 * the person's language, saying what to shorten. The import preview runs
 * the same check, so it never says "fine" about a file that cannot be
 * saved. Values themselves are never too large: each is stored in parts
 * under the 9 KB a value may hold.
 */
import { translate } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { storageMessages } from '../core/i18n/storage-messages';
import { utf8Length } from '../core/utf8-length';
import { chunkedEntries, isChunkOf } from './chunked-property';
import { UserFacingError } from './user-facing-error';

/** Apps Script's limit for one property store, in UTF-8 bytes of keys and values. */
export const PROPERTY_STORE_BYTES = 500 * 1024;

/** Bytes a set of properties takes, keys counted with their values, as Apps Script counts them. */
export function storedBytes(entries: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(entries)) total += utf8Length(key) + utf8Length(value);
  return total;
}

/**
 * Throws a `UserFacingError` in `lang` when the document properties could
 * not hold `texts` (each stored in parts under its key) beside what they
 * hold now, less what those texts replace.
 */
export function assertDocumentPropertiesHold(texts: Record<string, string>, lang: Lang): void {
  const current = PropertiesService.getDocumentProperties().getProperties();
  const replaced = Object.keys(texts);
  const others = Object.fromEntries(
    Object.entries(current).filter(([stored]) => !replaced.some((key) => isChunkOf(key, stored))),
  );
  const needed = Object.entries(texts).reduce((sum, [key, text]) => sum + storedBytes(chunkedEntries(key, text)), 0);
  const othersBytes = storedBytes(others);
  if (othersBytes + needed <= PROPERTY_STORE_BYTES) return;
  const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);
  throw new UserFacingError(
    translate(storageMessages, lang, 'too_large', {
      needed: kilobytes(needed),
      limit: PROPERTY_STORE_BYTES / 1024,
      others: kilobytes(othersBytes),
    }),
  );
}
