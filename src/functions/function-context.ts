import type { Lang } from '../core/i18n/lang';

/**
 * What a custom function may ask of its host. In Sheets the language comes
 * from the spreadsheet's locale; tests and HyperFormula pass it in. It is a
 * function so that the locale is read only when a message or label needs it.
 */
export interface FunctionContext {
  lang(): Lang;
}

export const ENGLISH_CONTEXT: FunctionContext = { lang: () => 'en' };
