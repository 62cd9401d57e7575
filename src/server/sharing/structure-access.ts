/**
 * The server's check before any change to the template's structure
 * (settings, targets, the matrix, the team, an import, sharing): once the
 * spreadsheet is shared with the team, only its owner and the team's heads
 * may make it. The sidebar hides what a person may not do, but the server
 * never trusts the sidebar. Before sharing, everyone who can edit the file
 * works as today, so a person alone is never locked out.
 */
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { sharingMessages } from '../../core/i18n/sharing-messages';
import { WARN_ONLY, type ProtectionPolicy } from '../../core/sharing/protection-policy';
import {
  headEmails,
  lockedEditors,
  mayChangeStructure,
  normalizeEmail,
  type StructureAuthority,
} from '../../core/sharing/structure-authority';
import { teamMembers, type TeamSettings } from '../../shared/team-settings';
import { relockOwnProtections } from '../own-protections';
import { readTeamSettings } from '../team-store';
import { UserFacingError } from '../user-facing-error';
import { activeUserEmail, ownerEmail } from './people-of-the-file';
import { readSharing } from './sharing-store';

export interface StructureAccess {
  readonly shared: boolean;
  /** How protections are made, for the team as saved. */
  readonly policy: ProtectionPolicy;
  /** How protections are made once `team` is saved (its heads are the editors). */
  policyFor(team: TeamSettings | null): ProtectionPolicy;
}

const SOLO: StructureAccess = { shared: false, policy: WARN_ONLY, policyFor: () => WARN_ONLY };

/** Throws a `UserFacingError` in `lang` when the active user may not change the shared template. */
export function authorizeStructureChange(lang: Lang): StructureAccess {
  if (!readSharing().enabled) return SOLO;
  const active = activeUserEmail();
  const owner = ownerEmail();
  const savedTeam = readTeamSettings();
  const authority: StructureAuthority = { owner, heads: headEmails(teamMembers(savedTeam)) };
  if (active === '') throw new UserFacingError(translate(sharingMessages, lang, 'unknown_user'));
  if (!mayChangeStructure(authority, active))
    throw new UserFacingError(structureLockedMessage(authority, savedTeam, lang));
  const policyFor = (team: TeamSettings | null): ProtectionPolicy => ({
    kind: 'locked',
    editors: lockedEditors({ owner, heads: headEmails(teamMembers(team)) }, active),
  });
  return { shared: true, policy: policyFor(savedTeam), policyFor };
}

/** Names the heads, so a teammate knows whom to ask. */
function structureLockedMessage(authority: StructureAuthority, team: TeamSettings | null, lang: Lang): string {
  const headNames = teamMembers(team)
    .filter((person) => authority.heads.includes(normalizeEmail(person.email)))
    .map((person) => person.name);
  if (headNames.length === 0) return translate(sharingMessages, lang, 'structure_locked_no_heads');
  return translate(sharingMessages, lang, 'structure_locked', { heads: headNames.join(', ') });
}

/**
 * Once shared, a team with no head who has an email would leave the
 * structure to the owner alone, and in a shared drive (where Sheets names
 * no owner) to the drive's managers: a save like that is refused, before
 * anything is written, so no save can lock the department out. The import
 * preview asks the same, so it never passes a file that then cannot be saved.
 */
export function refuseHeadlessTeamWhileLocked(team: TeamSettings, lang: Lang): void {
  if (readSharing().enabled && headEmails(teamMembers(team)).length === 0) {
    throw new UserFacingError(translate(sharingMessages, lang, 'locked_team_needs_head'));
  }
}

/**
 * Once shared, the protections' editors follow the team's heads at once
 * (a new head can change the structure, one who left cannot), on every
 * tab, whether or not the tabs are rebuilt now.
 */
export function followTeamHeads(access: StructureAccess, team: TeamSettings): void {
  const policy = access.policyFor(team);
  if (policy.kind === 'locked') relockOwnProtections(policy.editors);
}
