/**
 * The KPI template's settings: what the sidebar edits, what the server
 * stores in document properties (one copy for every collaborator), and what
 * the KPI tab is built from. Checked with the same schema on both sides; the
 * server never trusts the client.
 */
import * as z from 'zod/mini';
import { DEFAULT_CHANNELS } from '../core/kpi/default-channels';
import type { Lang } from '../core/i18n/lang';
import { DEFAULT_MIN_LEADS, DEFAULT_TARGET_ROMI } from '../core/verdict';

export const SETTINGS_SCHEMA_VERSION = 1;
export const CURRENCIES = ['RUB', 'USD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const MAX_CHANNELS = 60;
/** Highest target ROMI the form takes: 100 is 10 000 %. */
export const MAX_TARGET_ROMI = 100;

/** A target ROMI as a ratio (1 = 100 %), 0 or more. */
const targetRomiSchema = z.number().check(z.gte(0), z.lte(MAX_TARGET_ROMI));

export const channelSchema = z.object({
  /** Stable across renames, so a renamed channel keeps its rows. */
  id: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** Target cost per lead; `null` judges the channel against the blended CPL. */
  targetCpl: z.nullable(z.number().check(z.positive())),
  /** The channel's own target ROMI; `null` uses the department's. Settings saved before it existed have none. */
  targetRomi: z._default(z.nullable(targetRomiSchema), null),
});

export const templateSettingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    departmentName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    year: z.int().check(z.gte(2000), z.lte(2100)),
    currency: z.enum(CURRENCIES),
    sheetLang: z.enum(['en', 'ru']),
    channels: z.array(channelSchema).check(z.minLength(1), z.maxLength(MAX_CHANNELS)),
    minLeads: z.int().check(z.gte(0), z.lte(100_000)),
    /** The ROMI a channel must reach to be scaled, department-wide; settings saved before it existed get the default. */
    targetRomi: z._default(targetRomiSchema, DEFAULT_TARGET_ROMI),
  })
  .check(
    z.refine((settings) => new Set(settings.channels.map((c) => c.name.trim().toLowerCase())).size === settings.channels.length, {
      message: 'duplicate_channel_name',
      path: ['channels'],
    }),
    z.refine((settings) => new Set(settings.channels.map((c) => c.id)).size === settings.channels.length, {
      message: 'duplicate_channel_id',
      path: ['channels'],
    }),
  );

export type ChannelSettings = z.infer<typeof channelSchema>;

/** The target ROMI a channel is judged by: its own, else the department's. */
export function channelTargetRomi(settings: Pick<TemplateSettings, 'targetRomi'>, channel: Pick<ChannelSettings, 'targetRomi'> | undefined): number {
  return channel?.targetRomi ?? settings.targetRomi;
}
export type TemplateSettings = z.infer<typeof templateSettingsSchema>;

export function defaultTemplateSettings(lang: Lang, year: number): TemplateSettings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    departmentName: lang === 'ru' ? 'Отдел маркетинга' : 'Marketing department',
    year,
    currency: lang === 'ru' ? 'RUB' : 'USD',
    sheetLang: lang,
    channels: DEFAULT_CHANNELS[lang].map((channel) => ({ id: channel.id, name: channel.name, targetCpl: null, targetRomi: null })),
    minLeads: DEFAULT_MIN_LEADS,
    targetRomi: DEFAULT_TARGET_ROMI,
  };
}
