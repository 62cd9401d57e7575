/**
 * The sidebar's template file actions: export the template as JSON, preview
 * what importing a file would change, and import it once the user confirms
 * that preview. An import is a structural change like a build: under the
 * document lock, by the owner or a head once shared, and it rebuilds the
 * KPI, Roles and Team tabs through the same builders.
 */
import { translate, type MessageParams } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { serverMessages } from '../../core/i18n/server-messages';
import { teamMessages } from '../../core/i18n/team-messages';
import { transferMessages } from '../../core/i18n/transfer-messages';
import { importChanges } from '../../core/template-transfer/import-changes';
import { importConfirmation } from '../../core/template-transfer/import-confirmation';
import { importPreviewText } from '../../core/template-transfer/import-preview-text';
import { readTemplateDocument } from '../../shared/read-template-document';
import {
  incomingTeam,
  templateDocumentOf,
  templateDocumentText,
  type TemplateParts,
} from '../../core/template-transfer/template-document-of';
import { exportOptionsSchema } from '../../shared/export-options';
import { check } from '../../shared/schema';
import type { ActionResult, ImportPreview, TemplateExport } from '../../shared/server-api';
import { defaultTeamSettings } from '../../shared/team-settings';
import type { TemplateDocument } from '../../shared/template-document';
import { withDocumentLock } from '../document-lock';
import { buildKpiTab } from '../kpi/kpi-tab';
import { kpiBuildMessage } from '../kpi/kpi-build-message';
import { buildRolesTab, buildTeamTab } from '../roles/roles-tab';
import { settingsTexts, writeBuiltChannelNames, writeSettings } from '../settings-store';
import { assertDocumentPropertiesHold } from '../property-room';
import { authorizeStructureChange, followTeamHeads, refuseHeadlessTeamWhileLocked } from '../sharing/structure-access';
import { teamTexts, writeTeamSettings } from '../team-store';
import { templateLocaleOf } from '../template-lang';
import { readCurrentTemplate } from '../transfer/current-template';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { checkedCall, entryPointCall } from '../entry-point-spec';

type TransferKey = keyof (typeof transferMessages)['en'];

export function exportTemplate(options: unknown): TemplateExport {
  const lang = currentUserLang();
  const parsed = check(exportOptionsSchema(), options);
  // Emails are personal data: anything but a clear yes leaves them out.
  const includeEmails = parsed.success && parsed.data.includeEmails;
  const current = readCurrentTemplate(lang);
  if (!current.settings) throw new UserFacingError(translate(serverMessages, lang, 'settings_not_saved'));
  const team = current.team ?? defaultTeamSettings(current.settings.sheetLang);
  const document = templateDocumentOf({ settings: current.settings, team, matrix: current.matrix }, includeEmails);
  const t = (key: TransferKey, params?: MessageParams) => translate(transferMessages, lang, key, params);
  return {
    json: templateDocumentText(document),
    fileName: 'marketing-kpi-template.json',
    message: t('exported', {
      channels: document.settings.channels.length,
      roles: team.roles.length,
      people: team.people.length,
    }),
    details: [
      t(includeEmails ? 'exported_with_emails' : 'exported_without_emails'),
      ...(current.matrix ? [] : [t('exported_no_matrix')]),
    ],
  };
}

export function previewImport(json: unknown): ImportPreview {
  const lang = currentUserLang();
  const document = readOrRefuse(json, lang);
  const current = readCurrentTemplate(lang);
  const incoming = incomingParts(document, current);
  // The same checks as applying: the preview never says "fine" about a file that will not save.
  refuseHeadlessTeamWhileLocked(incoming.team, lang);
  assertDocumentPropertiesHold(importedTexts(incoming), lang);
  const text = importPreviewText(importChanges(current, incoming, emailsKept(document, incoming)), lang);
  return { ...text, confirmation: importConfirmation(current, incoming) };
}

export function applyImport(json: unknown, confirmation: unknown): ActionResult {
  const userLang = currentUserLang();
  const document = readOrRefuse(json, userLang);
  return withDocumentLock(userLang, () => {
    const access = authorizeStructureChange(userLang);
    const current = readCurrentTemplate(userLang);
    const incoming = incomingParts(document, current);
    if (confirmation !== importConfirmation(current, incoming))
      throw new UserFacingError(translate(transferMessages, userLang, 'import_stale'));
    refuseHeadlessTeamWhileLocked(incoming.team, userLang);
    assertDocumentPropertiesHold(importedTexts(incoming), userLang);

    writeSettings(incoming.settings);
    writeTeamSettings(incoming.team);
    followTeamHeads(access, incoming.team);
    const policy = access.policyFor(incoming.team);
    const kpi = buildKpiTab(incoming.settings, policy, userLang);
    writeBuiltChannelNames(incoming.settings);
    const { lang, currency } = templateLocaleOf(incoming.settings, userLang);
    const roles = buildRolesTab(incoming.team, lang, policy, incoming.matrix);
    const teamTab = buildTeamTab(incoming.team, lang, currency, policy);

    const kpiMessage = kpiBuildMessage(kpi, userLang);
    const tm = (key: keyof (typeof teamMessages)['en'], params?: MessageParams) =>
      translate(teamMessages, userLang, key, params);
    return {
      message: translate(transferMessages, userLang, 'imported', {
        channels: incoming.settings.channels.length,
        roles: incoming.team.roles.length,
        people: incoming.team.people.length,
      }),
      details: [
        kpiMessage.message,
        ...kpiMessage.details,
        roles.ok
          ? tm(
              roles.created
                ? 'matrix_built'
                : roles.notKept.length > 0
                  ? 'matrix_updated_unchecked'
                  : roles.importedCells.length > 0
                    ? 'matrix_updated_imported'
                    : 'matrix_updated',
              {
                directions: roles.plan.rows.length,
                columns: roles.plan.columns.length,
                cells: roles.importedCells.join(', '),
              },
            )
          : tm('foreign_tab', { name: roles.tabName }),
        !teamTab.ok
          ? tm('team_tab_foreign', { name: teamTab.tabName })
          : teamTab.edited.length > 0
            ? tm('team_tab_edited', { cells: teamTab.edited.join(', ') })
            : tm('team_tab_written', { people: incoming.team.people.length }),
      ],
    };
  });
}

function readOrRefuse(json: unknown, lang: Lang): TemplateDocument {
  const reading = readTemplateDocument(json, lang);
  if (!reading.ok) throw new UserFacingError(reading.message);
  return reading.document;
}

/** Everything an import stores, by key. */
function importedTexts(incoming: TemplateParts): Record<string, string> {
  return { ...settingsTexts(incoming.settings), ...teamTexts(incoming.team) };
}

function incomingParts(document: TemplateDocument, current: { team: TemplateParts['team'] | null }): TemplateParts {
  return { settings: document.settings, team: incomingTeam(document, current.team), matrix: document.matrix };
}

/** People the file has no email for, who keep the one this spreadsheet has. */
function emailsKept(document: TemplateDocument, incoming: TemplateParts): number {
  return document.includesEmails ? 0 : incoming.team.people.filter((person) => person.email !== '').length;
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  /** The saved template as a file; `options` is ExportOptions (people's emails only when asked). */
  exportTemplate: checkedCall(exportTemplate, ['options'], 'Sidebar: the saved template as a JSON file.', [
    exportOptionsSchema,
  ]),
  /** Reads a pasted file and says what importing it would change; changes nothing. */
  previewImport: entryPointCall(
    previewImport,
    ['json'],
    'Sidebar: what importing a template file would change; changes nothing.',
  ),
  /** Applies the file, if `confirmation` is the one its preview gave, and rebuilds the tabs. */
  applyImport: entryPointCall(
    applyImport,
    ['json', 'confirmation'],
    'Sidebar: imports a template file the user saw previewed, and rebuilds the tabs.',
  ),
});
