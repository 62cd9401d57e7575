/**
 * Sources → channels: which of the template's channels (ids from
 * src/core/kpi/default-channels.ts, or the team's own) a row belongs to.
 * Rules are tried in order and the first that matches wins; every field a
 * rule names must match (case-insensitive), fields it leaves out match
 * anything. A row no rule matches is reported as unmapped, never dropped.
 */
import type { ExportKind, KnownFormatId } from './types';

export interface ChannelRule {
  channel: string;
  /** The export the row came from ('mapped' for a file read through a column mapping). */
  cabinet?: KnownFormatId | 'mapped';
  /** `*` matches any text: `brand*`, `*ретаргетинг*`. Without `*` the whole name must equal it. */
  campaignPattern?: string;
  utmSource?: string;
  utmMedium?: string;
  /** A CRM's own source field (amoCRM/Bitrix24 «Источник»). */
  source?: string;
}

export interface ChannelMapping {
  rules: ChannelRule[];
}

/** What one row says about where it came from. */
export interface RowSource {
  cabinet: KnownFormatId | 'mapped';
  kind: ExportKind;
  campaign: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  source: string;
}

/** Defaults for the template's channels: paid search to PPC, VK to SMM, and the CRM sources the channel names suggest. */
export const DEFAULT_CHANNEL_MAPPING: ChannelMapping = {
  rules: [
    { channel: 'ppc', cabinet: 'yandex_direct_wizard' },
    { channel: 'ppc', cabinet: 'yandex_direct_api' },
    { channel: 'ppc', cabinet: 'google_ads' },
    { channel: 'smm', cabinet: 'vk_ads' },
    { channel: 'ppc', utmSource: 'yandex', utmMedium: 'cpc' },
    { channel: 'ppc', utmSource: 'google', utmMedium: 'cpc' },
    { channel: 'ppc', utmSource: 'yandex_direct' },
    { channel: 'ppc', utmSource: 'direct' },
    { channel: 'smm', utmSource: 'vk' },
    { channel: 'smm', utmSource: 'vk_ads' },
    { channel: 'smm', utmSource: 'vkontakte' },
    { channel: 'telegram', utmSource: 'telegram' },
    { channel: 'telegram', utmSource: 'tg' },
    { channel: 'email', utmMedium: 'email' },
    { channel: 'email', utmSource: 'email' },
    { channel: 'seo', utmMedium: 'organic' },
    { channel: 'referrals', utmMedium: 'referral' },
    { channel: 'email', source: 'Электронная почта' },
    { channel: 'events', source: 'Выставка' },
    { channel: 'referrals', source: 'По рекомендации' },
    { channel: 'referrals', source: 'Существующий клиент' },
    { channel: 'seo', source: 'Веб-сайт' },
  ],
};

function equalsIgnoringCase(expected: string, actual: string): boolean {
  return expected.trim().toLowerCase() === actual.trim().toLowerCase();
}

function patternMatches(pattern: string, text: string): boolean {
  const escaped = pattern
    .trim()
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(text.trim().toLowerCase());
}

function ruleMatches(rule: ChannelRule, row: RowSource): boolean {
  const named =
    rule.cabinet !== undefined ||
    rule.campaignPattern !== undefined ||
    rule.utmSource !== undefined ||
    rule.utmMedium !== undefined ||
    rule.source !== undefined;
  if (!named) return false;
  if (rule.cabinet !== undefined && rule.cabinet !== row.cabinet) return false;
  if (rule.campaignPattern !== undefined && !patternMatches(rule.campaignPattern, row.campaign)) return false;
  if (rule.utmSource !== undefined && !equalsIgnoringCase(rule.utmSource, row.utmSource)) return false;
  if (rule.utmMedium !== undefined && !equalsIgnoringCase(rule.utmMedium, row.utmMedium)) return false;
  if (rule.source !== undefined && !equalsIgnoringCase(rule.source, row.source)) return false;
  return true;
}

export function channelOf(mapping: ChannelMapping, row: RowSource): string | null {
  return mapping.rules.find((rule) => ruleMatches(rule, row))?.channel ?? null;
}

/**
 * `channelOf` remembered per distinct source: an export of 100 000 rows has
 * a few dozen sources, so each is matched against the rules once.
 */
export function channelLookup(mapping: ChannelMapping): (row: RowSource) => string | null {
  const known = new Map<string, string | null>();
  return (row) => {
    const key = `${row.cabinet}\u0000${row.campaign}\u0000${row.utmSource}\u0000${row.utmMedium}\u0000${row.source}`;
    let channel = known.get(key);
    if (channel === undefined) {
      channel = channelOf(mapping, row);
      known.set(key, channel);
    }
    return channel;
  };
}

/** How an unmapped row's source is listed, so a person can map it. */
export function describeSource(row: RowSource): string {
  const parts: string[] = [];
  if (row.kind === 'cabinet') parts.push(`cabinet=${row.cabinet}`);
  if (row.campaign) parts.push(`campaign=${row.campaign}`);
  if (row.utmSource) parts.push(`utm_source=${row.utmSource}`);
  if (row.utmMedium) parts.push(`utm_medium=${row.utmMedium}`);
  if (row.utmCampaign) parts.push(`utm_campaign=${row.utmCampaign}`);
  if (row.source) parts.push(`source=${row.source}`);
  return parts.length > 0 ? parts.join(' ') : '—';
}

/** The rule fields that match rows from `row`'s source: its UTM tags, else its cabinet and campaign, else the CRM's own source. */
export function matchOfSource(row: RowSource): Omit<ChannelRule, 'channel'> {
  if (row.utmSource || row.utmMedium) {
    return {
      ...(row.utmSource ? { utmSource: row.utmSource } : {}),
      ...(row.utmMedium ? { utmMedium: row.utmMedium } : {}),
    };
  }
  // A `*` in a campaign's name stays a wildcard: the pattern still matches the name itself.
  if (row.kind === 'cabinet')
    return row.campaign ? { cabinet: row.cabinet, campaignPattern: row.campaign } : { cabinet: row.cabinet };
  return row.source ? { source: row.source } : { cabinet: row.cabinet };
}
