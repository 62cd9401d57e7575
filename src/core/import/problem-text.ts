/** An import problem as a sentence in the person's language. */
import { translate } from '../i18n/catalog';
import { importMessages, type ImportMessageKey } from '../i18n/import-messages';
import type { Lang } from '../i18n/lang';
import type { ImportProblem } from './types';

export function importProblemText(problem: ImportProblem, lang: Lang): string {
  const params = { ...problem.params };
  // A mapping problem names its role by key, so the role reads in the same language.
  if (typeof params.role === 'string')
    params.role = translate(importMessages, lang, `role_${params.role}` as ImportMessageKey);
  return translate(importMessages, lang, problem.key, params);
}
