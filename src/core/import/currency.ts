/**
 * Which currency an amount is in: a `Валюта`/`Currency` column, or the
 * header itself («Расход (руб.)», «Потрачено, ₽»). Spellings of the rouble
 * read as RUB, so `руб.` and `RUB` are not "mixed".
 */
const ROUBLE = new Set(['российский рубль', 'rub', 'rur', 'руб', 'руб.', 'рубль', 'рубли', '₽', 'р', 'р.']);

export function normalizeCurrency(text: string): string {
  const value = text.trim().toLowerCase();
  if (value === '') return '';
  if (ROUBLE.has(value)) return 'RUB';
  return value.toUpperCase();
}

export function currencyOfHeader(header: string): string {
  const lower = header.toLowerCase();
  if (lower.includes('₽') || /\(руб\.?\)/.test(lower)) return 'RUB';
  const code = /\((usd|eur|kzt|byn|uah|rub)\)|,\s*(usd|eur|kzt|byn|uah|rub)$/.exec(lower);
  return code ? (code[1] ?? code[2] ?? '').toUpperCase() : '';
}
