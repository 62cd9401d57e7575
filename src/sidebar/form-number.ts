/**
 * Reads a number typed into a text field the way people write it in English
 * and Russian alike: "1200", "1 200", "1,200", "1,200.50", "1 200,50",
 * "12,5", "12.5". Spaces (also non-breaking) group thousands. When both a
 * comma and a dot appear, the last one is the decimal point. A lone comma is
 * the decimal point ("12,5"), except before exactly three digits ("1,200"),
 * where it groups thousands — money amounts with three decimals are rare,
 * and English thousands are common. The rule does not depend on the sidebar
 * language, so switching it never changes what a typed number means.
 *
 * Returns `null` for an empty field and `NaN` for text that is not a number,
 * which the schema then reports. Text inputs are used rather than
 * `type=number`, which hides what was typed and differs between browsers.
 */
export function parseFormNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const normalized = normalizeSeparators(compact);
  return /^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : Number.NaN;
}

function normalizeSeparators(compact: string): string {
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    return compact.split(grouping).join('').replace(decimal, '.');
  }
  const commas = compact.split(',').length - 1;
  if (commas > 1) return compact.replace(/,/g, '');
  if (commas === 1) return /,\d{3}$/.test(compact) ? compact.replace(',', '') : compact.replace(',', '.');
  const dots = compact.split('.').length - 1;
  return dots > 1 ? compact.replace(/\./g, '') : compact;
}

/** A field's initial text for a stored number: plain digits and a dot, which `parseFormNumber` reads back exactly. */
export function formatFormNumber(value: number): string {
  return String(value);
}
