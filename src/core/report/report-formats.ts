/**
 * Number formats of the report's cells. Money is in the template's currency,
 * ratios are per cent; a change shows its sign, so "+12" and "−12" read at a
 * glance.
 */
import type { Currency } from '../../shared/template-settings';
import { numberFormatFor } from '../kpi/number-formats';
import type { FigureKind } from './headline';

export const COUNT_FORMAT = numberFormatFor('count', 'USD');
export const PERCENT_FORMAT = numberFormatFor('percent', 'USD');
export const MONTH_FORMAT = numberFormatFor('month', 'USD');
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A format that writes "+" before positive values (a negative section must write its own "-"). */
export function signedFormat(format: string): string {
  return `+${format};-${format};${format}`;
}

export const SIGNED_PERCENT_FORMAT = signedFormat(PERCENT_FORMAT);

/** A change of a ratio in percentage points, the value already multiplied by 100: "+3.5 pp". */
export function pointsFormat(unit: string): string {
  return signedFormat(`0.0" ${unit}"`);
}

export function figureFormat(kind: FigureKind, currency: Currency): string {
  switch (kind) {
    case 'count':
      return COUNT_FORMAT;
    case 'money':
      return numberFormatFor('money', currency);
    case 'money_precise':
      return numberFormatFor('money_precise', currency);
    case 'ratio':
      return PERCENT_FORMAT;
  }
}
