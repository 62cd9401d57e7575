/**
 * A person's column mapping for a file no format recognises: which header
 * names the date, the source and the money. The same entry function reads
 * the file with it (format `mapped`).
 */
import type { ColumnRole } from './export-formats';
import type { ExportKind } from './types';

export interface ColumnMapping {
  /** `cabinet`: rows are spend; `crm`: rows are deals (leads, stages, won amounts). */
  kind: ExportKind;
  date: string;
  campaign?: string;
  source?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  /** Cabinet files: the spend column. */
  spend?: string;
  currency?: string;
  /** CRM files: the stage, the deal's amount and the date it was won. */
  stage?: string;
  amount?: string;
  wonDate?: string;
}

export function mappedRoles(mapping: ColumnMapping): [ColumnRole, string][] {
  const roles: ColumnRole[] = [
    'date',
    'campaign',
    'source',
    'utmSource',
    'utmMedium',
    'utmCampaign',
    'spend',
    'currency',
    'stage',
    'amount',
    'wonDate',
  ];
  return roles.flatMap((role) => {
    const column = mapping[role];
    return typeof column === 'string' && column.trim() !== '' ? [[role, column] as [ColumnRole, string]] : [];
  });
}
