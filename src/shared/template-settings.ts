/**
 * The KPI template's settings: what the sidebar edits, what the server
 * stores in document properties (one copy for every collaborator), and what
 * the KPI tab is built from. Checked with the same schema on both sides; the
 * server never trusts the client.
 */
import * as v from 'valibot';
import { DEFAULT_CHANNELS } from '../core/kpi/default-channels';
import type { Lang } from '../core/i18n/lang';
import { DEFAULT_MIN_LEADS, DEFAULT_TARGET_ROMI } from '../core/verdict';
import { choice, exactly, finiteNumber, objectRule, wholeNumber, type Infer } from './schema';

export const SETTINGS_SCHEMA_VERSION = 1;
export const CURRENCIES = ['RUB', 'USD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const MAX_CHANNELS = 60;
/** Highest target ROMI the form takes: 100 is 10 000 %. */
export const MAX_TARGET_ROMI = 100;

/** A target ROMI as a ratio (1 = 100 %), 0 or more. */
function targetRomiSchema() {
  return v.pipe(finiteNumber(), v.minValue(0), v.maxValue(MAX_TARGET_ROMI));
}

function buildChannelSchema() {
  return v.object({
    /** Stable across renames, so a renamed channel keeps its rows. */
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[a-z0-9-]+$/)),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
    /** Target cost per lead; `null` judges the channel against the blended CPL. */
    targetCpl: v.nullable(v.pipe(finiteNumber(), v.gtValue(0))),
    /** The channel's own target ROMI; `null` uses the department's. Settings saved before it existed have none. */
    targetRomi: v.optional(v.nullable(targetRomiSchema()), null),
  });
}

export type ChannelSettings = Infer<ReturnType<typeof buildChannelSchema>>;

function buildTemplateSettingsSchema() {
  const fields = v.object({
    schemaVersion: exactly(SETTINGS_SCHEMA_VERSION),
    departmentName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
    year: v.pipe(wholeNumber(), v.minValue(2000), v.maxValue(2100)),
    currency: choice(CURRENCIES),
    sheetLang: choice(['en', 'ru']),
    channels: v.pipe(v.array(buildChannelSchema()), v.minLength(1), v.maxLength(MAX_CHANNELS)),
    minLeads: v.pipe(wholeNumber(), v.minValue(0), v.maxValue(100_000)),
    /** The ROMI a channel must reach to be scaled, department-wide; settings saved before it existed get the default. */
    targetRomi: v.optional(targetRomiSchema(), DEFAULT_TARGET_ROMI),
  });
  return v.pipe(
    fields,
    objectRule<Infer<typeof fields>>((settings, report) => {
      if (new Set(settings.channels.map((c) => c.name.trim().toLowerCase())).size !== settings.channels.length)
        report('duplicate_channel_name', ['channels']);
      if (new Set(settings.channels.map((c) => c.id)).size !== settings.channels.length)
        report('duplicate_channel_id', ['channels']);
    }),
  );
}

let templateSettings: ReturnType<typeof buildTemplateSettingsSchema> | undefined;
/** Built on first use: each custom-function call loads the whole script, and none needs it. */
export function templateSettingsSchema(): ReturnType<typeof buildTemplateSettingsSchema> {
  return (templateSettings ??= buildTemplateSettingsSchema());
}

export { channelTargetRomi } from '../core/kpi/channel-target-romi';
export type TemplateSettings = Infer<ReturnType<typeof templateSettingsSchema>>;

export function defaultTemplateSettings(lang: Lang, year: number): TemplateSettings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    departmentName: lang === 'ru' ? 'Отдел маркетинга' : 'Marketing department',
    year,
    currency: lang === 'ru' ? 'RUB' : 'USD',
    sheetLang: lang,
    channels: DEFAULT_CHANNELS[lang].map((channel) => ({
      id: channel.id,
      name: channel.name,
      targetCpl: null,
      targetRomi: null,
    })),
    minLeads: DEFAULT_MIN_LEADS,
    targetRomi: DEFAULT_TARGET_ROMI,
  };
}
