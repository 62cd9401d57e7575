import type { Lang } from '../i18n/lang';

/** The typical channels of an IT company (DOMAIN.md), offered as the starting list. */
export const DEFAULT_CHANNELS: readonly { id: string; name: Record<Lang, string> }[] = [
  { id: 'ppc', name: { en: 'Contextual ads (PPC)', ru: 'Контекстная реклама' } },
  { id: 'seo', name: { en: 'SEO', ru: 'SEO' } },
  { id: 'content', name: { en: 'Content marketing / blog', ru: 'Контент-маркетинг / блог' } },
  { id: 'email', name: { en: 'Email', ru: 'Email-рассылки' } },
  { id: 'telegram', name: { en: 'Telegram', ru: 'Telegram' } },
  { id: 'smm', name: { en: 'SMM', ru: 'SMM' } },
  { id: 'pr', name: { en: 'PR and industry media', ru: 'PR и отраслевые СМИ' } },
  { id: 'events', name: { en: 'Events and conferences', ru: 'Мероприятия и конференции' } },
  { id: 'forums', name: { en: 'Forums and communities', ru: 'Форумы и сообщества' } },
  { id: 'referrals', name: { en: 'Referrals and repeat sales', ru: 'Рекомендации и повторные продажи' } },
];
