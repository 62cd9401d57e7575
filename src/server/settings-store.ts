/**
 * The template settings in document properties (shared by every
 * collaborator), stored with their schema version and checked on the way out
 * as well as in: a property edited by hand or by an older version must not
 * break the sidebar. Sixty channels with long names in Cyrillic or CJK are
 * more than the 9 KB one property holds, so settings and the built channel
 * names are stored in parts like the team (chunked-property.ts).
 */
import type { Lang } from '../core/i18n/lang';
import * as v from 'valibot';
import { templateSettingsSchema, type TemplateSettings } from '../shared/template-settings';
import { readDocumentRecord, writeDocumentRecord } from './document-record';
import { PROPERTY_KEYS } from './property-keys';

export function readSettings(): TemplateSettings | null {
  return readDocumentRecord(PROPERTY_KEYS.settings, templateSettingsSchema());
}

export function writeSettings(settings: TemplateSettings): void {
  writeDocumentRecord(PROPERTY_KEYS.settings, settings);
}

/** What saving and building `settings` stores, by key (the settings and the built channel names), for property-room.ts. */
export function settingsTexts(settings: TemplateSettings): Record<string, string> {
  return {
    [PROPERTY_KEYS.settings]: JSON.stringify(settings),
    [PROPERTY_KEYS.builtChannelNames]: JSON.stringify(builtNames(settings)),
  };
}

function builtNames(settings: TemplateSettings): Record<string, string> {
  return Object.fromEntries(settings.channels.map((channel) => [channel.id, channel.name]));
}

/** Channel id → the name the last build wrote; an entry that is not a name is left out, the others still count. */
export function readBuiltChannelNames(): Record<string, string> {
  const stored = readDocumentRecord(PROPERTY_KEYS.builtChannelNames, v.record(v.string(), v.unknown())) ?? {};
  return Object.fromEntries(
    Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export function writeBuiltChannelNames(settings: TemplateSettings): void {
  writeDocumentRecord(PROPERTY_KEYS.builtChannelNames, builtNames(settings));
}

export function readUserLang(): Lang | null {
  const stored = PropertiesService.getUserProperties().getProperty(PROPERTY_KEYS.userLang);
  return stored === 'en' || stored === 'ru' ? stored : null;
}

export function writeUserLang(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(PROPERTY_KEYS.userLang, lang);
}

/** The currency the KPI tab was last built in (`null` before the first build). */
export function readBuiltCurrency(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(PROPERTY_KEYS.builtKpiCurrency);
}

export function writeBuiltCurrency(currency: string): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY_KEYS.builtKpiCurrency, currency);
}
