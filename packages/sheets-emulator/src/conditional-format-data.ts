/** A conditional-format rule as plain data: where, when (Apps Script's BooleanCriteria) and what it paints. */
import type { GridRange } from './grid-range';

export interface ConditionalFormatStyle {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface BooleanConditionData {
  criteriaType: string;
  criteriaValues: readonly (number | string | Date)[];
}

export interface ConditionalFormatRuleData {
  ranges: readonly GridRange[];
  condition: BooleanConditionData | null;
  style: ConditionalFormatStyle;
}
