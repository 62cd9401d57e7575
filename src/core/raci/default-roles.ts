import type { Lang } from '../i18n/lang';

/**
 * The minimum department of article 000: a head, an internet marketer, a PR
 * manager, and a content engineer who works under contract. Ids are stable
 * so that a renamed column is still the same role.
 */
export type RoleId = 'head' | 'internet-marketer' | 'pr-manager' | 'content-engineer';

export interface Role {
  id: RoleId;
  name: Record<Lang, string>;
  /** Works under contract rather than on staff (the articles' way to widen the team without hiring). */
  contractor: boolean;
}

/** In the order of the Roles tab's columns. */
export const DEFAULT_ROLES: readonly Role[] = [
  { id: 'head', name: { en: 'Head of marketing', ru: 'Руководитель отдела' }, contractor: false },
  { id: 'internet-marketer', name: { en: 'Internet marketer', ru: 'Интернет-маркетолог' }, contractor: false },
  { id: 'pr-manager', name: { en: 'PR manager', ru: 'PR-менеджер' }, contractor: false },
  {
    id: 'content-engineer',
    name: { en: 'Content engineer (contractor)', ru: 'Контент-инженер (подряд)' },
    contractor: true,
  },
];
