import type { RowSource } from './channel-mapping';

/**
 * Yandex says Direct's costs must not be uploaded to Metrica: Metrica
 * already has them, and a file holding them double-counts Direct
 * (yandex.com/support/metrica/ad/expenses.html, shared/EXPORTS.md). Rows
 * tagged the way Direct's campaigns are tagged are the ones to warn about.
 */
export function isDirectTagged(source: RowSource): boolean {
  const utmSource = source.utmSource.trim().toLowerCase();
  const utmMedium = source.utmMedium.trim().toLowerCase();
  if (utmSource === 'yandex_direct' || utmSource === 'direct') return true;
  return utmSource === 'yandex' && (utmMedium === 'cpc' || utmMedium === 'ppc');
}
