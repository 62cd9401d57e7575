/**
 * Stops the structure lock sharing made: the add-on's protections go back
 * to warnings only and every editor may change the template again, until
 * the next share. Nobody may ever be locked out for good: the menu and the
 * sidebar both reach this, and who may is Sheets' own answer
 * (sharing/release-authority.ts), which needs no email.
 */
import { translate } from '../../core/i18n/catalog';
import { sharingMessages } from '../../core/i18n/sharing-messages';
import { WARN_ONLY } from '../../core/sharing/protection-policy';
import type { ActionResult } from '../../shared/server-api';
import { withDocumentLock } from '../document-lock';
import { rebuildTemplateTabs } from '../sharing/rebuild-template-tabs';
import { mayReleaseLock } from '../sharing/release-authority';
import { readSharing, writeSharing } from '../sharing/sharing-store';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { entryPointCall } from '../entry-point-spec';

export function releaseStructureLock(): ActionResult {
  const lang = currentUserLang();
  return withDocumentLock(lang, () => {
    const sharing = readSharing();
    if (!sharing.enabled) return { message: translate(sharingMessages, lang, 'release_not_locked'), details: [] };
    if (!mayReleaseLock()) throw new UserFacingError(translate(sharingMessages, lang, 'release_not_allowed'));
    writeSharing({ enabled: false, sharedWith: sharing.sharedWith });
    const tabs = rebuildTemplateTabs(WARN_ONLY, lang);
    return {
      message: translate(sharingMessages, lang, 'released'),
      details: tabs.length > 0 ? [translate(sharingMessages, lang, 'released_tabs', { tabs: tabs.join(', ') })] : [],
    };
  });
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  /** Releases the structure lock sharing made (the owner, a head or a shared drive's manager, as Sheets lets them edit the locked ranges). */
  releaseStructureLock: entryPointCall(
    releaseStructureLock,
    [],
    "Sidebar: releases the structure lock sharing made (the owner, a head or a shared drive's manager).",
  ),
});
