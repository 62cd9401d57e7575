/**
 * Number formats of the report's cells. Money is in the template's currency,
 * ratios are per cent; a change shows its sign, so "+12" and "−12" read at a
 * glance.
 */
import type { Currency } from '../../shared/template-settings';
import {
  COUNT_NUMBER_FORMAT,
  MONTH_NUMBER_FORMAT,
  numberFormatFor,
  PERCENT_NUMBER_FORMAT,
} from '../kpi/number-formats';
import type { FigureKind } from './headline';

// Constants, not calls: the script's top level runs on every custom-function call.
export const COUNT_FORMAT = COUNT_NUMBER_FORMAT;
export const PERCENT_FORMAT = PERCENT_NUMBER_FORMAT;
export const MONTH_FORMAT = MONTH_NUMBER_FORMAT;
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A format that writes "+" before positive values (a negative section must write its own "-"). */
export function signedFormat(format: string): string {
  return `+${format};-${format};${format}`;
}

/** `signedFormat(PERCENT_FORMAT)`, written out (tests/core/report-formats.test.ts keeps them equal). */
export const SIGNED_PERCENT_FORMAT = '+0.0%;-0.0%;0.0%';

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
