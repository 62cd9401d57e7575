/**
 * The team's Sources → channels table and the CRM stages that count as a
 * qualified lead, kept in the document (shared by every collaborator) and
 * edited in the sidebar. Rules are tried in order, the first match wins
 * (core/import/channel-mapping.ts); a rule naming a channel the template no
 * longer has sends nothing anywhere (its rows show as unmapped).
 */
import * as v from 'valibot';
import { DEFAULT_CHANNEL_MAPPING } from '../core/import/channel-mapping';
import { IMPORT_FORMAT_IDS } from './data-import-request';
import { choice, type Infer } from './schema';

const MAX_SOURCE_RULES = 200;
const MAX_QUALIFIED_STAGES = 100;

function optionalText() {
  return v.optional(v.pipe(v.string(), v.maxLength(200)));
}

export function importSourcesSchema() {
  return v.object({
    rules: v.pipe(
      v.array(
        v.object({
          channel: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
          cabinet: v.optional(choice(IMPORT_FORMAT_IDS)),
          campaignPattern: optionalText(),
          utmSource: optionalText(),
          utmMedium: optionalText(),
          source: optionalText(),
        }),
      ),
      v.maxLength(MAX_SOURCE_RULES),
    ),
    qualifiedStages: v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
      v.maxLength(MAX_QUALIFIED_STAGES),
    ),
  });
}

export type ImportSources = Infer<ReturnType<typeof importSourcesSchema>>;

/** Before the team saves its own: the core's defaults (yandex/cpc → PPC, vk → SMM …), no stage marked qualified. */
export function defaultImportSources(): ImportSources {
  return { rules: DEFAULT_CHANNEL_MAPPING.rules.map((rule) => ({ ...rule })), qualifiedStages: [] };
}
