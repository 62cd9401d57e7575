/** The template file of a spreadsheet's saved template: what "Export" hands the user. */
import type { TeamSettings } from '../../shared/team-settings';
import type { MatrixDocument, TemplateDocument } from '../../shared/template-document';
import { TEMPLATE_DOCUMENT_FORMAT, TEMPLATE_DOCUMENT_VERSION } from './template-document-format';
import type { TemplateSettings } from '../../shared/template-settings';

export interface TemplateParts {
  settings: TemplateSettings;
  team: TeamSettings;
  matrix: MatrixDocument | null;
}

/** People's emails are personal data: they go into the file only when the user asks. */
export function templateDocumentOf(parts: TemplateParts, includeEmails: boolean): TemplateDocument {
  return {
    format: TEMPLATE_DOCUMENT_FORMAT,
    version: TEMPLATE_DOCUMENT_VERSION,
    settings: parts.settings,
    includesEmails: includeEmails,
    team: includeEmails
      ? parts.team
      : { ...parts.team, people: parts.team.people.map((person) => ({ ...person, email: '' })) },
    matrix: parts.matrix,
  };
}

/** Two-space indented, so a person can read and compare it. */
export function templateDocumentText(document: TemplateDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The team a file brings: as in the file, except that a file without
 * emails leaves each person the email this spreadsheet has for the same
 * person (matched by id), so importing a shared template never wipes them.
 */
export function incomingTeam(document: TemplateDocument, current: TeamSettings | null): TeamSettings {
  if (document.includesEmails) return document.team;
  const emails = new Map((current?.people ?? []).map((person) => [person.id, person.email]));
  return {
    ...document.team,
    people: document.team.people.map((person) => ({ ...person, email: emails.get(person.id) ?? '' })),
  };
}
