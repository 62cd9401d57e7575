import { translate } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { serverMessages } from '../core/i18n/server-messages';
import { templateSettingsSchema, type TemplateSettings } from '../shared/template-settings';
import { UserFacingError } from './user-facing-error';

/** The server never trusts the sidebar: settings are checked again here, with the same schema. */
export function parseSettings(input: unknown, lang: Lang): TemplateSettings {
  const parsed = templateSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`)
    .join('; ');
  throw new UserFacingError(translate(serverMessages, lang, 'invalid_settings', { details }));
}
