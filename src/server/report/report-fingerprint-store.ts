/**
 * Each report tab carries, in its own sheet metadata, the fingerprint of the
 * values the add-on wrote (core/report/report-fingerprint.ts). Metadata on a
 * sheet stays with the sheet when it is renamed or moved (docs/emulator.md,
 * "Developer metadata"), and clearing the tab's cells does not remove it.
 */
import { fingerprintOfValues, reportTabState, type ReportTabState } from '../../core/report/report-fingerprint';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The metadata key a report tab carries its fingerprint under; the import's tab list knows report tabs by it. */
export const REPORT_FINGERPRINT_KEY = 'marketingKpi.reportFingerprint';

function storedMetadata(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet.getDeveloperMetadata().filter((metadata) => metadata.getKey() === REPORT_FINGERPRINT_KEY);
}

/** Reads the tab's values back (as Sheets now holds them) and keeps their fingerprint on the tab. */
export function recordReportFingerprint(sheet: Sheet): void {
  const fingerprint = fingerprintOfValues(sheet.getDataRange().getValues());
  const [first, ...others] = storedMetadata(sheet);
  for (const extra of others) extra.remove();
  if (first) first.setValue(fingerprint);
  else
    sheet.addDeveloperMetadata(REPORT_FINGERPRINT_KEY, fingerprint, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Whether a person changed the tab since the add-on wrote it. */
export function readReportTabState(sheet: Sheet): ReportTabState {
  const stored = storedMetadata(sheet)[0]?.getValue() ?? null;
  return reportTabState(stored, sheet.getDataRange().getValues());
}
