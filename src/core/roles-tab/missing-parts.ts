/**
 * The parts of the Roles tab the add-on keeps (its frame columns, header,
 * load row, figures and legend), named as the tab shows them, for a message
 * that says which are gone.
 */
import { translate } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { rolesTabMessages } from '../i18n/roles-tab-messages';
import type { FrameAnchor } from './roles-projection';
import type { RolesTailRow } from './roles-tab-layout';

export type RolesTabPart = FrameAnchor | 'header' | 'load' | RolesTailRow;

/** «Direction», «Check», … once each, in the template's language. */
export function missingPartNames(lang: Lang, missing: readonly RolesTabPart[]): string {
  const t = (key: keyof (typeof rolesTabMessages)['en']) => translate(rolesTabMessages, lang, key);
  const names = missing.map((part) => {
    switch (part) {
      case 'label':
      case 'header':
        return `«${t('col_direction')}»`;
      case 'check':
        return `«${t('col_check')}»`;
      case 'figures':
        return `«${t('headcount_label')}»`;
      case 'load':
        return `«${t('load_label')}»`;
      case 'headcount':
      case 'people':
      case 'limit':
      case 'staffing':
        return `«${t(`${part}_label`)}»`;
      default:
        return `«${part.replace('legend_', '').toUpperCase().replace('RA', 'R/A')}»`;
    }
  });
  return [...new Set(names)].join(', ');
}
