/**
 * The KPI tab's data rows as values, read once. The report needs what the
 * cells hold (a user's =1000*12 as 12 000), not the formulas that
 * readKpiRows keeps for rewriting the tab.
 */
import { KPI_COLUMNS, KPI_HEADER_ROWS, kpiColumnIndex } from '../../core/kpi/kpi-columns';
import { readKpiRecords, type KpiRecords } from '../../core/report/kpi-records';
import type { SheetsScalar } from '../../core/sheet-values';
import { findKpiSheet } from '../kpi/kpi-tab';
import { datesAsSerials } from '../spreadsheet-dates';

/** The KPI tab's figures, or `null` when the spreadsheet has no KPI tab. */
export function readKpiTabRecords(): KpiRecords | null {
  const sheet = findKpiSheet();
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  if (lastRow <= KPI_HEADER_ROWS) return readKpiRecords([]);
  // Only the table's own columns: whatever a user keeps to the right is not the report's business.
  const read = sheet.getRange(KPI_HEADER_ROWS + 1, 1, lastRow - KPI_HEADER_ROWS, KPI_COLUMNS.length).getValues() as SheetsScalar[][];
  // Months on the spreadsheet's clock, not the script's.
  const values = datesAsSerials(read, kpiColumnIndex('month'), sheet.getParent());
  return readKpiRecords(values, KPI_HEADER_ROWS + 1);
}
