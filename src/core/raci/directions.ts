import type { Lang } from '../i18n/lang';

/**
 * The twelve directions of an IT company's internet marketing (article 001,
 * with the outsourcing firms' community management as the twelfth). The ids
 * are stable: a renamed or translated row is still the same direction.
 */
export type DirectionId =
  | 'strategy'
  | 'analytics'
  | 'content'
  | 'email'
  | 'smm'
  | 'brand'
  | 'pr'
  | 'mobile'
  | 'design'
  | 'creative'
  | 'web-chat'
  | 'community';

export interface Direction {
  id: DirectionId;
  name: Record<Lang, string>;
}

/** In the article's order, which is the order of the Roles tab's rows. */
export const DIRECTIONS: readonly Direction[] = [
  { id: 'strategy', name: { en: 'Strategy', ru: 'Стратегия' } },
  { id: 'analytics', name: { en: 'Analytics and research', ru: 'Анализ, исследования' } },
  { id: 'content', name: { en: 'Content marketing', ru: 'Контент-маркетинг' } },
  // The article: Telegram is replacing email, yet mailings to the base still matter; both sit here, apart from SMM.
  { id: 'email', name: { en: 'Email and Telegram', ru: 'Email-рассылки и Telegram' } },
  { id: 'smm', name: { en: 'SMM', ru: 'SMM' } },
  { id: 'brand', name: { en: 'Brand management', ru: 'Бренд-менеджмент' } },
  { id: 'pr', name: { en: 'PR', ru: 'PR' } },
  { id: 'mobile', name: { en: 'Mobile marketing', ru: 'Мобильный маркетинг' } },
  { id: 'design', name: { en: 'Design and layout', ru: 'Дизайн, верстка' } },
  { id: 'creative', name: { en: 'Creative and copywriting', ru: 'Креатив, копирайтинг' } },
  { id: 'web-chat', name: { en: 'Web chat', ru: 'Веб-чат' } },
  { id: 'community', name: { en: 'Community management on forums', ru: 'Комьюнити-менеджмент на форумах' } },
];
