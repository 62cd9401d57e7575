/**
 * The sidebar's "Share with the team" actions: who can be shared with, and
 * sharing — the chosen people become editors of this spreadsheet, and the
 * template's structure is locked to the heads and the owner from then on.
 */
import { translate, type MessageParams } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { sharingMessages } from '../../core/i18n/sharing-messages';
import { copyLinkOf, planShare } from '../../core/sharing/share-plan';
import {
  HEAD_ROLE_ID,
  headEmails,
  lockedEditors,
  mayChangeStructure,
  normalizeEmail,
} from '../../core/sharing/structure-authority';
import { shareRequestSchema, type ShareRequest } from '../../shared/share-request';
import type { ActionResult, ShareState } from '../../shared/server-api';
import { teamMembers } from '../../shared/team-settings';
import { describeShareRequestIssue } from '../../shared/request-issues';
import { withDocumentLock } from '../document-lock';
import { parsePayload } from '../parse-payload';
import { grantEditAccess } from '../sharing/edit-access';
import { activeUserEmail, ownerEmail } from '../sharing/people-of-the-file';
import { rebuildTemplateTabs } from '../sharing/rebuild-template-tabs';
import { mayReleaseLock } from '../sharing/release-authority';
import { readSharing, writeSharing } from '../sharing/sharing-store';
import { readTeamSettings } from '../team-store';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { checkedCall } from '../entry-point-spec';

type SharingKey = keyof (typeof sharingMessages)['en'];

/** The section's data; part of the sidebar's state. */
export function readShareState(): ShareState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const team = readTeamSettings();
  const people = teamMembers(team);
  const editors = new Set(spreadsheet.getEditors().map((user) => normalizeEmail(user.getEmail())));
  const roleNames = new Map((team?.roles ?? []).map((role) => [role.id, role.name]));
  const shared = readSharing().enabled;
  const activeEmail = activeUserEmail();
  const canShare = mayChangeStructure({ owner: ownerEmail(), heads: headEmails(people) }, activeEmail);
  return {
    shared,
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      roleName: roleNames.get(person.roleId) ?? person.roleId,
      isHead: person.roleId === HEAD_ROLE_ID,
      hasAccess: person.email !== '' && editors.has(normalizeEmail(person.email)),
    })),
    copyUrl: copyLinkOf(spreadsheet.getId()),
    canShare,
    canChangeStructure: !shared || canShare,
    activeEmail,
    // Asked of Sheets only once there is a lock to release.
    canReleaseLock: shared && mayReleaseLock(),
  };
}

export function shareWithTeam(input: unknown): ActionResult {
  const lang = currentUserLang();
  const request = parseShareRequest(input, lang);
  return withDocumentLock(lang, () => {
    const team = readTeamSettings();
    if (!team || team.people.length === 0) throw new UserFacingError(translate(sharingMessages, lang, 'share_no_team'));
    const active = activeUserEmail();
    const owner = ownerEmail();
    const authority = { owner, heads: headEmails(team.people) };
    if (active === '') throw new UserFacingError(translate(sharingMessages, lang, 'unknown_user'));
    if (!mayChangeStructure(authority, active))
      throw new UserFacingError(translate(sharingMessages, lang, 'share_head_only'));

    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const plan = planShare({
      people: team.people,
      selectedIds: request.personIds,
      editors: spreadsheet.getEditors().map((user) => user.getEmail()),
      previouslyShared: readSharing().sharedWith,
    });
    if (plan.unknownIds.length > 0)
      throw new UserFacingError(
        translate(sharingMessages, lang, 'share_unknown_people', { ids: plan.unknownIds.join(', ') }),
      );

    const access = grantEditAccess(plan.toAdd.map((person) => person.email.trim()));
    const granted = new Set(access.granted.map(normalizeEmail));
    const refused = new Set(access.refused.map((refusal) => normalizeEmail(refusal.email)));
    const t = (key: SharingKey, params?: MessageParams) => translate(sharingMessages, lang, key, params);
    const names = (people: readonly { name: string }[]) => people.map((person) => person.name).join(', ');
    const sharedPeople = plan.toAdd.filter((person) => granted.has(normalizeEmail(person.email)));
    const refusedPeople = plan.toAdd.filter((person) => refused.has(normalizeEmail(person.email)));
    const refusals = access.refused.map((refusal) => {
      const person = refusedPeople.find(
        (candidate) => normalizeEmail(candidate.email) === normalizeEmail(refusal.email),
      );
      return refusalMessage(person?.name ?? refusal.email, refusal, lang);
    });
    const others = plan.alreadyEditors.filter((person) => normalizeEmail(person.email) !== normalizeEmail(active));
    const wasShared = readSharing().enabled;
    // The structure is locked only once someone besides the sharer can edit: a run that reached nobody changes nothing.
    if (!wasShared && sharedPeople.length === 0 && others.length === 0) {
      return {
        message: t('shared_nobody'),
        details: [
          ...refusals,
          ...(plan.withoutEmail.length > 0 ? [t('without_email', { names: names(plan.withoutEmail) })] : []),
          t('not_locked_yet'),
        ],
      };
    }
    writeSharing({ enabled: true, sharedWith: plan.sharedWith.filter((email) => !refused.has(email)) });
    const tabs = rebuildTemplateTabs({ kind: 'locked', editors: lockedEditors(authority, active) }, lang);
    // A protected range goes only to an editor of the file: a head Google did not share with cannot change the structure yet.
    const editorsNow = new Set(spreadsheet.getEditors().map((user) => normalizeEmail(user.getEmail())));
    const headsWithoutAccess = team.people.filter(
      (person) =>
        person.roleId === HEAD_ROLE_ID && person.email.trim() !== '' && !editorsNow.has(normalizeEmail(person.email)),
    );
    return {
      message:
        sharedPeople.length > 0
          ? t('shared', { count: sharedPeople.length, names: names(sharedPeople) })
          : t('shared_nobody_new'),
      details: [
        ...(sharedPeople.length > 0 ? [t('notified')] : []),
        ...refusals,
        ...(plan.alreadyEditors.length > 0 ? [t('already_editors', { names: names(plan.alreadyEditors) })] : []),
        ...(plan.withoutEmail.length > 0 ? [t('without_email', { names: names(plan.withoutEmail) })] : []),
        ...(plan.leftTeam.length > 0 ? [t('left_team', { emails: plan.leftTeam.join(', ') })] : []),
        ...(headsWithoutAccess.length > 0 ? [t('heads_without_access', { names: names(headsWithoutAccess) })] : []),
        tabs.length > 0 ? t('protected_structure', { tabs: tabs.join(', ') }) : t('protected_nothing_yet'),
      ],
    };
  });
}

/** Why Google did not share with one person, in the user's language; Google's own words are kept for the rest. */
function refusalMessage(name: string, refusal: { email: string; reason: string }, lang: Lang): string {
  const params = { name, email: refusal.email, reason: refusal.reason };
  if (/no Google account|Notify people/i.test(refusal.reason))
    return translate(sharingMessages, lang, 'refused_no_account', params);
  if (/permission|not allowed|access denied/i.test(refusal.reason))
    return translate(sharingMessages, lang, 'refused_no_right', params);
  return translate(sharingMessages, lang, 'refused_other', params);
}

function parseShareRequest(input: unknown, lang: Lang): ShareRequest {
  return parsePayload(shareRequestSchema(), input, (issues) =>
    translate(sharingMessages, lang, 'invalid_share_request', {
      details: issues.map((issue) => describeShareRequestIssue(issue, input, lang)).join('; '),
    }),
  );
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  /** Makes the chosen people of the team editors and locks the structure to the heads and the owner; `request` is a ShareRequest. */
  shareWithTeam: checkedCall(
    shareWithTeam,
    ['request'],
    'Sidebar: makes the chosen people of the team editors and locks the structure to the heads and the owner.',
    [shareRequestSchema],
  ),
});
