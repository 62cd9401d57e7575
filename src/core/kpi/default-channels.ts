import type { Lang } from '../i18n/lang';

export interface DefaultChannel {
  /** Stable; the import's source rules (src/core/import/channel-mapping.ts) and the sample data's profiles use it. */
  id: string;
  name: string;
}

/**
 * The starting list of channels, per template language: what an IT
 * company's marketing uses where it sells. A Russian one buys search ads in
 * Яндекс Директ and social ads in VK, writes on Хабр and runs a Telegram
 * channel; an English one buys Google Ads and LinkedIn ads and runs a blog.
 * Ids are shared where the channel plays the same part (paid search is
 * `ppc` in both), so the import's rules map either.
 */
export const DEFAULT_CHANNELS: Readonly<Record<Lang, readonly DefaultChannel[]>> = {
  ru: [
    { id: 'ppc', name: 'Яндекс Директ' },
    { id: 'smm', name: 'VK Реклама' },
    { id: 'telegram', name: 'Telegram Ads' },
    { id: 'seo', name: 'SEO' },
    { id: 'pr', name: 'Хабр и отраслевые СМИ' },
    { id: 'email', name: 'Email и Telegram-канал' },
    { id: 'events', name: 'Мероприятия' },
    { id: 'referrals', name: 'Рекомендации и повторные продажи' },
  ],
  en: [
    { id: 'ppc', name: 'Google Ads' },
    { id: 'seo', name: 'SEO' },
    { id: 'content', name: 'Content marketing and blog' },
    { id: 'smm', name: 'LinkedIn and social ads' },
    { id: 'email', name: 'Email newsletter' },
    { id: 'pr', name: 'PR and industry media' },
    { id: 'events', name: 'Events and webinars' },
    { id: 'referrals', name: 'Referrals and repeat sales' },
  ],
};
