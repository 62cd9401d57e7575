/**
 * Writes a KPI sheet model into a sheet with a fixed number of batched calls:
 * the count does not grow with channels or months (one setValues for the
 * whole table, one setNumberFormats, a call per column-wide rule).
 */
import { styleHeaderRow } from '../header-style';
import { widthToShow } from '../../core/text-width';
import { KPI_COLUMNS, kpiColumnIndex, type KpiColumnKey } from '../../core/kpi/kpi-columns';
import {
  KEPT_ROW_BACKGROUND,
  NEGATIVE_ROMI_COLOURS,
  VERDICT_COLOURS,
  type KpiSheetModel,
  type KpiValidation,
} from '../../core/kpi/kpi-sheet-model';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import { replaceOwnProtections } from '../own-protections';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

// Wide enough for the Russian labels too (МАСШТАБИРОВАТЬ, «Рекомендации и повторные продажи»).
const COLUMN_WIDTHS: Partial<Record<KpiColumnKey, number>> = { month: 120, channel: 240, verdict: 150, note: 260 };
const DEFAULT_COLUMN_WIDTH = 110;

/** @param policy how the tab's protections are made: with a warning, or locked once the spreadsheet is shared */
export function writeKpiSheet(sheet: Sheet, model: KpiSheetModel, previousLastRow: number, previousWidth: number, policy: ProtectionPolicy): void {
  const tableWidth = KPI_COLUMNS.length;
  const dataRows = model.rows.length;

  // Formats before values: a cell still plain text (`@`) from an earlier build would keep a formula as its text.
  if (dataRows > 0) {
    sheet.getRange(model.firstDataRow, 1, dataRows, tableWidth).setNumberFormats(model.rows.map(() => model.numberFormats));
  }
  // Only the table's own header cells: a header a user put above their extra columns stays.
  sheet.getRange(1, 1, 1, tableWidth).setValues([model.header]);
  if (dataRows > 0) sheet.getRange(model.firstDataRow, 1, dataRows, model.width).setValues(model.rows);
  clearLeftoverRows(sheet, model, previousLastRow, Math.max(previousWidth, model.width));

  styleHeaderRow(sheet.getRange(1, 1, 1, tableWidth));
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(2);
  for (const validation of model.validations) columnRange(sheet, model, validation.column).setDataValidation(validationRule(validation));
  sheet.setConditionalFormatRules([...foreignConditionalRules(sheet), ...conditionalRules(sheet, model)]);
  replaceOwnProtections(sheet, model.protections, policy);
  nameColumns(sheet, model);
  for (const column of KPI_COLUMNS) {
    const index = kpiColumnIndex(column.key);
    sheet.setColumnWidth(index + 1, Math.max(COLUMN_WIDTHS[column.key] ?? DEFAULT_COLUMN_WIDTH, kpiColumnFit(model, index)));
  }
}

/** Room for a column's header word by word (the header wraps) and for the channel names beside their figures, plus the drop-down's arrow. */
function kpiColumnFit(model: KpiSheetModel, index: number): number {
  const header = widthToShow(model.header[index] ?? '', { bold: true, wrap: true });
  if (index !== kpiColumnIndex('channel')) return header;
  const names = model.rows.map((row) => widthToShow(String(row[index] ?? '')) + DROPDOWN_ARROW_WIDTH);
  return Math.max(header, ...names);
}

const DROPDOWN_ARROW_WIDTH = 22;

/** The data cells of one column. */
function columnRange(sheet: Sheet, model: KpiSheetModel, key: KpiColumnKey): Range {
  return sheet.getRange(model.firstDataRow, kpiColumnIndex(key) + 1, model.lastDataRow - model.firstDataRow + 1, 1);
}

/** Rows the table no longer uses held no data (the plan carries every row that did), so they are emptied. */
function clearLeftoverRows(sheet: Sheet, model: KpiSheetModel, previousLastRow: number, width: number): void {
  const firstLeftover = model.firstDataRow + model.rows.length;
  if (previousLastRow >= firstLeftover) {
    sheet.getRange(firstLeftover, 1, previousLastRow - firstLeftover + 1, width).clearContent().clearDataValidations();
  }
}

function validationRule(validation: KpiValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setHelpText(validation.helpText);
  switch (validation.kind) {
    case 'non_negative':
      return builder.requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    case 'number':
      return builder.requireNumberBetween(-1e15, 1e15).setAllowInvalid(false).build();
    case 'list':
      // A kept row of a removed channel still shows its old name: warn rather than reject.
      return builder.requireValueInList(validation.values, true).setAllowInvalid(true).build();
  }
}

/** Our rules sit on our columns; a user's own rules elsewhere on the tab are kept. */
function foreignConditionalRules(sheet: Sheet): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const ours = new Set(['verdict', 'romi', 'note'].map((key) => kpiColumnIndex(key as KpiColumnKey) + 1));
  return sheet.getConditionalFormatRules().filter((rule) => !rule.getRanges().some((range) => ours.has(range.getColumn())));
}

function conditionalRules(sheet: Sheet, model: KpiSheetModel): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const verdicts = columnRange(sheet, model, 'verdict');
  const rules = model.verdictLabels.flatMap(({ verdict, labels }) =>
    labels.map((label) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(label)
        .setBackground(VERDICT_COLOURS[verdict].background)
        .setFontColor(VERDICT_COLOURS[verdict].font)
        .setRanges([verdicts])
        .build(),
    ),
  );
  rules.push(
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setBackground(NEGATIVE_ROMI_COLOURS.background)
      .setFontColor(NEGATIVE_ROMI_COLOURS.font)
      .setRanges([columnRange(sheet, model, 'romi')])
      .build(),
  );
  const note = columnRange(sheet, model, 'note');
  rules.push(
    SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground(KEPT_ROW_BACKGROUND)
      .setRanges([note])
      .build(),
  );
  return rules;
}

function nameColumns(sheet: Sheet, model: KpiSheetModel): void {
  const spreadsheet = sheet.getParent();
  const existing = new Map(spreadsheet.getNamedRanges().map((named) => [named.getName(), named]));
  for (const { name, column } of model.namedRanges) {
    const range = columnRange(sheet, model, column);
    const named = existing.get(name);
    if (named) named.setRange(range);
    else spreadsheet.setNamedRange(name, range);
  }
}
