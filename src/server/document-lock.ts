import { translate } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { serverMessages } from '../core/i18n/server-messages';
import { UserFacingError } from './user-facing-error';

/** How long a structural change waits for another one to finish before saying so. */
const LOCK_WAIT_MS = 20_000;

/**
 * Runs a structural change of the spreadsheet under the document lock, so
 * two builds (two teammates, or a double click) never interleave their writes.
 */
export function withDocumentLock<T>(lang: Lang, change: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserFacingError(translate(serverMessages, lang, 'busy'));
  try {
    const result = change();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
