/**
 * A data-validation rule as plain data, the form the emulator stores per
 * cell and the snapshot sends to the preview. Criteria names and argument
 * lists follow Apps Script (`getCriteriaType`, `getCriteriaValues`).
 */
import type { GridRange } from './grid-range';

/** A criteria argument that is a range (`requireValueInRange`), kept as coordinates. */
export interface RangeArgument {
  kind: 'range';
  range: GridRange;
}

export type CriteriaArgument = number | string | boolean | Date | readonly string[] | RangeArgument | null;

export interface DataValidationData {
  criteriaType: string;
  criteriaValues: readonly CriteriaArgument[];
  allowInvalid: boolean;
  helpText: string;
}

export function isRangeArgument(value: unknown): value is RangeArgument {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'range';
}
