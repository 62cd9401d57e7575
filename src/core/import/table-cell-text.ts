/**
 * A spreadsheet cell's value (as `Range.getValues()` returns it) → the text
 * the import core reads. Numbers keep every digit with a dot decimal (the
 * cell's number format, which may hide kopecks or show «1 234,50 ₽», plays
 * no part); booleans read as words; text stays as typed. Dates are turned
 * into ISO days by the server, on the spreadsheet's clock
 * (src/server/import/import-tabs.ts), before they reach this.
 */
export function numberCellText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // 1e-7 or 1e21: written out, so the amount reader sees digits.
  const fixed = value.toFixed(Math.abs(value) < 1 ? 12 : 0);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberCellText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}
