/**
 * Builds or updates the KPI tab from the settings, keeping every value a user
 * typed: read the tab once, plan the rows in core, write them back in a few
 * batched calls.
 */
import { KPI_COLUMNS, KPI_HEADER_ROWS, KPI_TAB_NAME, kpiColumnIndex } from '../../core/kpi/kpi-columns';
import { planKpiRows, type KpiPlan } from '../../core/kpi/kpi-layout';
import { buildKpiSheetModel } from '../../core/kpi/kpi-sheet-model';
import { regionToRewrite } from '../../core/sheet-cells';
import type { SheetsScalar } from '../../core/sheet-values';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import type { TemplateSettings } from '../../shared/template-settings';
import { readBuiltChannelNames } from '../settings-store';
import { writeKpiSheet } from './kpi-sheet-writer';
import { datesAsSerials } from '../spreadsheet-dates';

export function findKpiSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
}

/** The tab's data rows (below the header) as they should be written back: formulas kept, text made safe. */
export function readKpiRows(sheet: GoogleAppsScript.Spreadsheet.Sheet): { rows: SheetsScalar[][]; lastRow: number; lastColumn: number } {
  const lastRow = sheet.getLastRow();
  const lastColumn = Math.max(sheet.getLastColumn(), KPI_COLUMNS.length);
  if (lastRow <= KPI_HEADER_ROWS) return { rows: [], lastRow, lastColumn };
  const region = sheet.getRange(KPI_HEADER_ROWS + 1, 1, lastRow - KPI_HEADER_ROWS, lastColumn);
  // Months as the serials the cells hold, on the spreadsheet's clock (a Date read on the script's may be the day before).
  const values = datesAsSerials(region.getValues() as SheetsScalar[][], kpiColumnIndex('month'), sheet.getParent());
  return { rows: regionToRewrite(values, region.getFormulas()), lastRow, lastColumn };
}

export interface KpiTabResult {
  created: boolean;
  plan: KpiPlan;
}

/**
 * @param policy how the tab's protections are made (see core/sharing/protection-policy.ts)
 * @param adjust a last change to the plan before it is written (sample data fills inputs this way)
 */
export function buildKpiTab(settings: TemplateSettings, policy: ProtectionPolicy, adjust: (plan: KpiPlan) => KpiPlan = (plan) => plan): KpiTabResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existingSheet = spreadsheet.getSheetByName(KPI_TAB_NAME);
  const sheet = existingSheet ?? spreadsheet.insertSheet(KPI_TAB_NAME);
  const existing = existingSheet ? readKpiRows(existingSheet) : { rows: [], lastRow: 0, lastColumn: KPI_COLUMNS.length };
  const plan = adjust(planKpiRows(settings, existing.rows, readBuiltChannelNames()));
  writeKpiSheet(sheet, buildKpiSheetModel(settings, plan), existing.lastRow, existing.lastColumn, policy);
  return { created: existingSheet === null, plan };
}
