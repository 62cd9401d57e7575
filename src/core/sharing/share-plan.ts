/**
 * Whom a "Share with the team" run makes editors, worked out from the saved
 * team and the spreadsheet's editors before anything changes: people chosen
 * without an email are named rather than skipped silently, an editor is not
 * invited twice, and someone the add-on shared with who has since left the
 * team is named too (they keep their access to the file; the protections
 * no longer list them).
 */
import type { TeamMember } from '../../shared/team';
import { normalizeEmail } from './structure-authority';

export interface SharePlanInput {
  people: readonly TeamMember[];
  selectedIds: readonly string[];
  /** The spreadsheet's editors now (the owner among them). */
  editors: readonly string[];
  /** Whom the add-on made editors before (normalised). */
  previouslyShared: readonly string[];
}

export interface SharePlan {
  /** Chosen, with an email, not an editor yet: one per email. */
  toAdd: TeamMember[];
  alreadyEditors: TeamMember[];
  withoutEmail: TeamMember[];
  /** Chosen ids no one in the team has (the sidebar's list was stale). */
  unknownIds: string[];
  /** Shared with earlier, still editors, and nobody's email in the team now. */
  leftTeam: string[];
  /** Whom the add-on has made editors, once `toAdd` is shared. */
  sharedWith: string[];
}

export function planShare(input: SharePlanInput): SharePlan {
  const editors = new Set(input.editors.map(normalizeEmail));
  const byId = new Map(input.people.map((person) => [person.id, person]));
  const selected = [...new Set(input.selectedIds)];
  const chosen = selected.flatMap((id) => byId.get(id) ?? []);
  const toAdd: TeamMember[] = [];
  const adding = new Set<string>();
  const alreadyEditors: TeamMember[] = [];
  const withoutEmail: TeamMember[] = [];
  for (const person of chosen) {
    const email = normalizeEmail(person.email);
    if (email === '') withoutEmail.push(person);
    else if (editors.has(email)) alreadyEditors.push(person);
    else if (!adding.has(email)) {
      adding.add(email);
      toAdd.push(person);
    }
  }
  const teamEmails = new Set(
    input.people.map((person) => normalizeEmail(person.email)).filter((email) => email !== ''),
  );
  const stillEditors = input.previouslyShared.filter((email) => editors.has(email));
  return {
    toAdd,
    alreadyEditors,
    withoutEmail,
    unknownIds: selected.filter((id) => !byId.has(id)),
    leftTeam: stillEditors.filter((email) => !teamEmails.has(email)),
    sharedWith: [...new Set([...stillEditors, ...adding])],
  };
}

/** The address anyone can open to make their own copy of a spreadsheet (Sheets asks them to confirm). */
export function copyLinkOf(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/copy`;
}
