/**
 * The template settings in document properties (shared by every
 * collaborator), stored with their schema version and checked on the way out
 * as well as in: a property edited by hand or by an older version must not
 * break the sidebar.
 */
import type { Lang } from '../core/i18n/lang';
import { templateSettingsSchema, type TemplateSettings } from '../shared/template-settings';
import { PROPERTY_KEYS } from './property-keys';

export function readSettings(): TemplateSettings | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(PROPERTY_KEYS.settings);
  if (!stored) return null;
  try {
    const parsed = templateSettingsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSettings(settings: TemplateSettings): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY_KEYS.settings, JSON.stringify(settings));
}

export function readBuiltChannelNames(): Record<string, string> {
  const stored = PropertiesService.getDocumentProperties().getProperty(PROPERTY_KEYS.builtChannelNames);
  if (!stored) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export function writeBuiltChannelNames(settings: TemplateSettings): void {
  const names = Object.fromEntries(settings.channels.map((channel) => [channel.id, channel.name]));
  PropertiesService.getDocumentProperties().setProperty(PROPERTY_KEYS.builtChannelNames, JSON.stringify(names));
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
