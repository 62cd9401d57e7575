/**
 * The team in document properties: one copy every collaborator shares, and
 * the one source of truth for the department's people. The Team tab is a
 * view written from it; other features read people through
 * `readTeamMembers`, never from the tab. Stored with its schema version and
 * checked on the way out as well as in: a property edited by hand or by an
 * older version must not break anything that reads it.
 */
import type { TeamMember } from '../shared/team';
import { teamMembers, teamSettingsSchema, type TeamSettings } from '../shared/team-settings';
import { readDocumentRecord, writeDocumentRecord } from './document-record';
import { PROPERTY_KEYS } from './property-keys';

/** The saved team, or `null` when none is saved (or what is stored no longer reads as a team). */
export function readTeamSettings(): TeamSettings | null {
  return readDocumentRecord(PROPERTY_KEYS.team, teamSettingsSchema());
}

export function writeTeamSettings(team: TeamSettings): void {
  // A department of 50 is more than one property holds: the record is stored in parts.
  writeDocumentRecord(PROPERTY_KEYS.team, team);
}

/** What saving `team` stores, by key, for property-room.ts. */
export function teamTexts(team: TeamSettings): Record<string, string> {
  return { [PROPERTY_KEYS.team]: JSON.stringify(team) };
}

/**
 * The department's people (name, email, role id, monthly cost, staff or
 * contractor), in the team's order; empty when no team is saved. For the
 * monthly report's department cost and for sharing.
 */
export function readTeamMembers(): TeamMember[] {
  return teamMembers(readTeamSettings());
}
