import { translate } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { teamMessages } from '../core/i18n/team-messages';
import { describeTeamIssues } from '../shared/team-issues';
import { teamSettingsSchema, type TeamSettings } from '../shared/team-settings';
import { parsePayload } from './parse-payload';

/** The server never trusts the sidebar: the team is checked again here, and a problem names its field. */
export function parseTeamSettings(input: unknown, lang: Lang): TeamSettings {
  return parsePayload(teamSettingsSchema(), input, (issues) =>
    translate(teamMessages, lang, 'invalid_team', { details: describeTeamIssues(issues, input, lang) }),
  );
}
