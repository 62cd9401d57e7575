/**
 * A spreadsheet cell's value (as `Range.getValues()` returns it) → the text
 * the import core reads. Numbers keep every digit with a dot decimal (the
 * cell's number format, which may hide kopecks or show «1 234,50 ₽», plays
 * no part); booleans read as words; text stays as typed. Dates are turned
 * into ISO days by the server, on the spreadsheet's clock
 * (src/server/import/import-tabs.ts), before they reach this.
 */
/** '1.5e-7' → '0.00000015', '2e+21' → '2000000000000000000000': the same digits, the point moved. */
function withoutExponent(plain: string): string {
  const [mantissa = '', exponentText = '0'] = plain.toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  const text =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${negative ? '-' : ''}${text.replace(/^0+(?=\d)/, '')}`;
}

export function numberCellText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(value);
  // 1e-7 or 1e21: written out, so the amount reader sees digits.
  return /e/i.test(plain) ? withoutExponent(plain) : plain;
}

export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberCellText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}
