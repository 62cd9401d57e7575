/**
 * Stops the structure lock sharing made: the add-on's protections go back
 * to warnings only and every editor may change the template again, until
 * the next share. Nobody may ever be locked out for good, and the add-on
 * cannot always tell who the user is (a blank email; no owner in a shared
 * drive), so the authority here is Sheets' own: whoever Sheets lets edit
 * every one of the add-on's locked ranges (the owner, the heads, a shared
 * drive's managers) may release them. No email is needed for that check.
 */
import { translate } from '../../core/i18n/catalog';
import { sharingMessages } from '../../core/i18n/sharing-messages';
import { WARN_ONLY } from '../../core/sharing/protection-policy';
import type { ActionResult } from '../../shared/server-api';
import { withDocumentLock } from '../document-lock';
import { isOwnProtection } from '../protection-marks';
import { rebuildTemplateTabs } from '../sharing/rebuild-template-tabs';
import { readSharing, writeSharing } from '../sharing/sharing-store';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';

export function releaseStructureLock(): ActionResult {
  const lang = currentUserLang();
  return withDocumentLock(lang, () => {
    const sharing = readSharing();
    if (!sharing.enabled) return { message: translate(sharingMessages, lang, 'release_not_locked'), details: [] };
    const locked = SpreadsheetApp.getActiveSpreadsheet()
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((protection) => isOwnProtection(protection.getDescription()) && !protection.isWarningOnly());
    if (!locked.every((protection) => protection.canEdit())) throw new UserFacingError(translate(sharingMessages, lang, 'release_not_allowed'));
    writeSharing({ enabled: false, sharedWith: sharing.sharedWith });
    const tabs = rebuildTemplateTabs(WARN_ONLY, lang);
    return {
      message: translate(sharingMessages, lang, 'released'),
      details: tabs.length > 0 ? [translate(sharingMessages, lang, 'released_tabs', { tabs: tabs.join(', ') })] : [],
    };
  });
}
