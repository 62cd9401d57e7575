/**
 * Who may change the template's structure once it is shared: the people of
 * the team with the head role and an email, and the spreadsheet's owner.
 * Emails are compared as Google compares them, without regard to case.
 */
import type { TeamMember } from '../../shared/team';

/** The role id of the head of the department (core/raci's default roles). */
export const HEAD_ROLE_ID = 'head';

export interface StructureAuthority {
  /** `null` when Sheets does not say (a file in a shared drive has no single owner). */
  owner: string | null;
  /** The heads' emails, normalised. */
  heads: readonly string[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The emails of the team's heads, normalised, each once. */
export function headEmails(people: readonly TeamMember[]): string[] {
  return [
    ...new Set(
      people
        .filter((person) => person.roleId === HEAD_ROLE_ID && person.email.trim() !== '')
        .map((person) => normalizeEmail(person.email)),
    ),
  ];
}

export function mayChangeStructure(authority: StructureAuthority, activeEmail: string): boolean {
  const active = normalizeEmail(activeEmail);
  if (active === '') return false;
  return (authority.owner !== null && normalizeEmail(authority.owner) === active) || authority.heads.includes(active);
}

/**
 * The editors of a locked protection: the owner (Sheets keeps them anyway),
 * the heads, and the person making it — Sheets never removes the current
 * user from a protection, and only a head or the owner gets this far.
 */
export function lockedEditors(authority: StructureAuthority, activeEmail: string): string[] {
  const emails = [authority.owner, ...authority.heads, activeEmail].filter(
    (email): email is string => email !== null && email.trim() !== '',
  );
  return [...new Set(emails.map(normalizeEmail))];
}
