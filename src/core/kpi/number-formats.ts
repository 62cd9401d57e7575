import type { Currency } from '../../shared/template-settings';
import type { KpiColumnFormat } from './kpi-columns';

/** Sheets' "Automatic" format, as Apps Script reads it from an unformatted cell. */
const AUTOMATIC_FORMAT = 'General';

/**
 * "March 2026" / "март 2026": `mmmm` is the full month name and `yyyy` the
 * four-digit year (https://developers.google.com/sheets/api/guides/formats,
 * "Date and time format patterns"); the names follow the spreadsheet's locale.
 */
export const MONTH_NUMBER_FORMAT = 'mmmm yyyy';

/** A whole count with grouping ("1,200", "1 200" in a Russian spreadsheet). */
export const COUNT_NUMBER_FORMAT = '#,##0';
/** A ratio as per cent with one decimal ("12.5%"). */
export const PERCENT_NUMBER_FORMAT = '0.0%';

/** Sheets number formats for each kind of cell, in the template's currency. */
const CURRENCY_FORMATS: Record<Currency, { money: string; precise: string }> = {
  RUB: { money: '#,##0 "₽"', precise: '#,##0.00 "₽"' },
  USD: { money: '"$"#,##0', precise: '"$"#,##0.00' },
  EUR: { money: '"€"#,##0', precise: '"€"#,##0.00' },
};

export function numberFormatFor(format: KpiColumnFormat, currency: Currency): string {
  switch (format) {
    case 'month':
      // Stays a date (sorts, filters, compares with DATE()); Sheets writes the month's name in the spreadsheet's locale.
      return MONTH_NUMBER_FORMAT;
    case 'text':
      return '@';
    case 'formula_text':
      return AUTOMATIC_FORMAT;
    case 'money':
      return CURRENCY_FORMATS[currency].money;
    case 'money_precise':
      return CURRENCY_FORMATS[currency].precise;
    case 'count':
      return COUNT_NUMBER_FORMAT;
    case 'percent':
      return PERCENT_NUMBER_FORMAT;
  }
}
