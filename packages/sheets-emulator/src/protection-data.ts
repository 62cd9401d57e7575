/** A protection as plain data: a protected range or sheet and who may still edit it. */
import type { GridRange } from './grid-range';

export type ProtectionKind = 'RANGE' | 'SHEET';

export interface ProtectionData {
  readonly id: number;
  readonly kind: ProtectionKind;
  /** The protected cells; for a sheet protection, the sheet (its extent is read at check time). */
  range: GridRange;
  description: string;
  warningOnly: boolean;
  /**
   * `null` while the list mirrors the spreadsheet's editors: Sheets starts a
   * new protection that way, so it protects nothing until a script changes
   * the list (`removeEditors`, `addEditor`).
   */
  editors: Set<string> | null;
  unprotectedRanges: GridRange[];
  domainEdit: boolean;
  /** Set by `setNamedRange`/`setRangeName`: the protection follows that named range. */
  rangeName: string | null;
}
