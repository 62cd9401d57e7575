/**
 * When a month's figures came from an import, the time of the newest
 * import behind them: pacing counts "so far" to that day rather than to
 * the day the report is generated (pacing.ts). An import counts while it
 * is not undone and one of its files covers the month; the month must
 * still hold imported figures (an undone or replaced import leaves none).
 */
import type { ImportLogEntry } from '../kpi-import/import-ledger';
import type { MonthKey } from '../kpi/month';
import type { ImportContributions } from './reconciliation';

/** The ISO time of the newest import behind `month`'s figures, or `null` when none of them was imported. */
export function lastImportOfMonth(
  ledger: { contributions: ImportContributions; log: readonly Pick<ImportLogEntry, 'at' | 'undone' | 'files'>[] },
  month: MonthKey,
): string | null {
  const imported = Object.values(ledger.contributions).some((byMonth) => Object.keys(byMonth[month] ?? {}).length > 0);
  if (!imported) return null;
  let newest: string | null = null;
  for (const entry of ledger.log) {
    if (entry.undone) continue;
    if (!entry.files.some((file) => file.from !== '' && file.from <= month && month <= file.to)) continue;
    if (newest === null || Date.parse(entry.at) > Date.parse(newest)) newest = entry.at;
  }
  return newest;
}
