import type { Currency } from '../../shared/template-settings';
import type { KpiColumnFormat } from './kpi-columns';

/** Sheets' "Automatic" format, as Apps Script reads it from an unformatted cell. */
export const AUTOMATIC_FORMAT = 'General';

/** Sheets number formats for each kind of cell, in the template's currency. */
const CURRENCY_FORMATS: Record<Currency, { money: string; precise: string }> = {
  RUB: { money: '#,##0 "₽"', precise: '#,##0.00 "₽"' },
  USD: { money: '"$"#,##0', precise: '"$"#,##0.00' },
  EUR: { money: '"€"#,##0', precise: '"€"#,##0.00' },
};

export function numberFormatFor(format: KpiColumnFormat, currency: Currency): string {
  switch (format) {
    case 'month':
      return 'yyyy-mm';
    case 'text':
      return '@';
    case 'formula_text':
      return AUTOMATIC_FORMAT;
    case 'money':
      return CURRENCY_FORMATS[currency].money;
    case 'money_precise':
      return CURRENCY_FORMATS[currency].precise;
    case 'count':
      return '#,##0';
    case 'percent':
      return '0.0%';
  }
}
