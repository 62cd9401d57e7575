import { translate } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { serverMessages } from '../core/i18n/server-messages';
import { describeSettingsIssue } from '../shared/read-template-document';
import { templateSettingsSchema, type TemplateSettings } from '../shared/template-settings';
import { parsePayload } from './parse-payload';

/** The server never trusts the sidebar: settings are checked again here, with the same schema, and a problem names its field. */
export function parseSettings(input: unknown, lang: Lang): TemplateSettings {
  return parsePayload(templateSettingsSchema(), input, (issues) =>
    translate(serverMessages, lang, 'invalid_settings', {
      details: issues.map((issue) => describeSettingsIssue(issue, input, lang)).join('; '),
    }),
  );
}
