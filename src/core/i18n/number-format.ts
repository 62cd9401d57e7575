import type { Lang } from './lang';

/**
 * Formats a number for a sentence shown to a person ("CPL 1 200 is 40 % above
 * the target 857"). Written by hand rather than with Intl so that the text is
 * the same in Apps Script, Node and every browser.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction = ''] = rounded.toFixed(maxDecimals).split('.');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const groupSeparator = lang === 'ru' ? '\u00a0' : ',';
  const decimalSeparator = lang === 'ru' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (trimmedFraction ? decimalSeparator + trimmedFraction : '');
}

/** A ratio (0.4) as a percentage for a sentence ("40 %" / "40 %"). */
export function formatPercent(ratio: number, lang: Lang, maxDecimals = 0): string {
  return `${formatNumber(ratio * 100, lang, maxDecimals)}\u00a0%`;
}
